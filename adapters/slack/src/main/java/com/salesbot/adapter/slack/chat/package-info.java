/** What users do in Slack (messages, mentions, slash commands, button clicks, the visit form) turned into core messages. */
package com.salesbot.adapter.slack.chat;
