/** Greetings, thanks and goodbyes. */
package com.salesbot.core.smalltalk;
