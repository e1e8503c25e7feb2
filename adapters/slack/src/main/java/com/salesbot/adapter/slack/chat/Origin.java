package com.salesbot.adapter.slack.chat;

import com.salesbot.core.conversation.ChatMessage;
import java.math.BigDecimal;
import java.time.Instant;

/** Who said what where in Slack, before the sender's display name is known. */
record Origin(String team, String channel, String user, String text, String messageId, Instant at, boolean direct) {

    /** The sender's identity as the core knows it: {@code slack:TEAM/USER}. */
    String identity() {
        return "slack:" + team + "/" + user;
    }

    ChatMessage toMessage(String senderName) {
        return new ChatMessage("slack", team, channel, user, senderName, text, messageId, at, direct);
    }

    /** Slack's message timestamps ({@code 1732700000.000100}) are seconds with microseconds. */
    static Instant instantOf(String slackTs, Instant fallback) {
        if (slackTs == null) {
            return fallback;
        }
        try {
            BigDecimal seconds = new BigDecimal(slackTs);
            return Instant.ofEpochSecond(
                    seconds.longValue(),
                    seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
