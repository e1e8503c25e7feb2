/** The port through which the core reports what it did (messages, intents, reminders), for metrics. */
package com.salesbot.core.telemetry;
