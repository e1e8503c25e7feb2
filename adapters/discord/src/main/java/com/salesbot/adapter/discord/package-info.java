/**
 * Discord through JDA: messages, slash commands, buttons and modals become the core's chat messages,
 * and its replies become Discord messages with embeds and buttons.
 */
package com.salesbot.adapter.discord;
