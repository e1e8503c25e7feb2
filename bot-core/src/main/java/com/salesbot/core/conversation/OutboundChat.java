package com.salesbot.core.conversation;

import java.util.Optional;

/**
 * Port: messages the bot starts on its own (reminders, shout-outs, digests), sent through one chat platform.
 *
 * <p>Implementations report a delivery that failed for good with {@link DeliveryFailedException}; transient
 * platform errors (rate limits) are retried inside the adapter, so the caller never loops on them.
 */
public interface OutboundChat {
    /** The platform this port serves: {@code slack}, {@code discord} or {@code console}. */
    String platform();

    /** Sends a direct message to the person behind a platform identity, e.g. {@code slack:T0123/U0456}. */
    void sendDirect(String identity, Reply reply);

    /**
     * Posts to a channel of a workspace (a Slack channel id, a Discord channel id); in a thread when
     * {@code thread} is given. Returns the posted message's id, to start a thread under it (Slack's
     * {@code ts}, Discord's message id), or empty where the platform gives none.
     */
    Optional<String> postToChannel(String workspace, String channel, String thread, Reply reply);

    /** Posts a PNG image with a title to a channel, e.g. a chart. */
    void postImage(String workspace, String channel, String title, byte[] png);
}
