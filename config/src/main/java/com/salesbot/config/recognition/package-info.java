/** Recognition and incentives wiring: kudos caps, the recognition channel, commission plans from YAML. */
package com.salesbot.config.recognition;
