/** Discord wiring: the bot starts only when DISCORD_TOKEN is set, and then serves instead of the console. */
package com.salesbot.config.discord;
