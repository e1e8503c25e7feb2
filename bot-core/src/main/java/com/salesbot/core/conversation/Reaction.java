package com.salesbot.core.conversation;

import java.time.Instant;
import java.util.Objects;

/**
 * One emoji reaction a person added to a message, as a chat platform delivered it.
 *
 * @param workspace the Slack workspace id; empty on Discord, whose user ids are global
 * @param messageId the reacted message (Slack's timestamp, Discord's snowflake)
 * @param authorId the platform user id of the reacted message's author; blank when the platform does not say
 * @param emoji the reaction as the platform names it: Slack's short name ({@code trophy}), Discord's
 *     unicode emoji or custom emoji name
 */
public record Reaction(
        String platform,
        String workspace,
        String channel,
        String messageId,
        String reactorId,
        String reactorName,
        String authorId,
        String authorName,
        String emoji,
        Instant at) {
    public Reaction {
        Objects.requireNonNull(platform, "platform");
        workspace = workspace == null ? "" : workspace;
        channel = channel == null ? "" : channel;
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(reactorId, "reactorId");
        authorId = authorId == null ? "" : authorId;
        emoji = emoji == null ? "" : emoji;
        Objects.requireNonNull(at, "at");
    }

    /** The reacting person's identity, e.g. {@code slack:T0123/U0456}. */
    public String reactorIdentity() {
        return identity(reactorId);
    }

    /** The reacted message's author's identity. */
    public String authorIdentity() {
        return identity(authorId);
    }

    /**
     * The key of what this reaction writes: one per reactor and message, whatever the emoji event's own id,
     * so a redelivered event, or a reaction removed and added again, is recognised as the same. It starts
     * like the reacted message's key ({@link ChatMessage#messageKey()}), so it names the channel too.
     */
    public String key() {
        return ChatMessage.channelKey(platform, workspace, channel) + messageId + ":reaction:" + reactorId;
    }

    private String identity(String userId) {
        return workspace.isEmpty() ? platform + ":" + userId : platform + ":" + workspace + "/" + userId;
    }
}
