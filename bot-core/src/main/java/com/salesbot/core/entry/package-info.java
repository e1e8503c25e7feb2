/** Entries: any record a person wrote through the bot, and how the last one is taken back. */
package com.salesbot.core.entry;
