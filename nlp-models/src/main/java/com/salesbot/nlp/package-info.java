/** Natural-language understanding behind the core's IntentParser port. */
package com.salesbot.nlp;
