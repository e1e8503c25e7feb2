/** Help and the fallback for messages the bot does not understand, both derived from the skill specs. */
package com.salesbot.core.help;
