package com.salesbot.core.conversation;

import java.time.Instant;
import java.util.Objects;

/**
 * One message as a chat platform delivered it.
 *
 * @param platform {@code slack}, {@code discord} or {@code console}
 * @param workspace the Slack workspace or Discord guild id; empty for direct-only platforms
 * @param senderName the display name the platform gave, or null when unknown
 * @param direct true for a direct message to the bot
 */
public record ChatMessage(
        String platform,
        String workspace,
        String channel,
        String senderId,
        String senderName,
        String text,
        String messageId,
        Instant timestamp,
        boolean direct) {
    public ChatMessage {
        Objects.requireNonNull(platform, "platform");
        workspace = workspace == null ? "" : workspace;
        channel = channel == null ? "" : channel;
        Objects.requireNonNull(senderId, "senderId");
        text = text == null ? "" : text;
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(timestamp, "timestamp");
    }

    /** The sender's identity on its platform, e.g. {@code slack:T0123/U0456} or {@code console:alice}. */
    public String identity() {
        return workspace.isEmpty() ? platform + ":" + senderId : platform + ":" + workspace + "/" + senderId;
    }

    /** The name to show for the sender: the platform's display name, else the sender id. */
    public String displayName() {
        return senderName == null || senderName.isBlank() ? senderId : senderName;
    }

    /** A key unique to this delivery's message across platforms, for idempotent writes. */
    public String messageKey() {
        return channelKey(platform, workspace, channel) + messageId;
    }

    /**
     * The start every message key of one channel shares, {@code platform:workspace:channel:}, so a key
     * tells which channel its message was written in.
     */
    public static String channelKey(String platform, String workspace, String channel) {
        return platform + ":" + (workspace == null ? "" : workspace) + ":" + (channel == null ? "" : channel) + ":";
    }
}
