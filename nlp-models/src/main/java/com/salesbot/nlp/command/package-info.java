/** A keyword recogniser for command-style input, the fallback behind the IntentParser port. */
package com.salesbot.nlp.command;
