package com.salesbot.core.fakes;

import com.salesbot.core.conversation.DeliveryFailedException;
import com.salesbot.core.conversation.OutboundChat;
import com.salesbot.core.conversation.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link OutboundChat} that records every delivery as "to: text" ({@code #channel: text} for channels,
 * {@code #channel (thread ID): text} in a thread; a channel post's id is {@code post-N}, N counting
 * deliveries), and fails the next N deliveries when told to, as a platform API error would.
 */
public final class RecordingOutboundChat implements OutboundChat {
    private final String platform;
    private final List<String> sent = new ArrayList<>();
    private int failNext;
    private int okBeforeFailure = -1;

    public RecordingOutboundChat(String platform) {
        this.platform = platform;
    }

    @Override
    public String platform() {
        return platform;
    }

    @Override
    public synchronized void sendDirect(String identity, Reply reply) {
        record(identity, reply);
    }

    @Override
    public synchronized Optional<String> postToChannel(String workspace, String channel, String thread, Reply reply) {
        record(thread == null ? "#" + channel : "#" + channel + " (thread " + thread + ")", reply);
        return Optional.of("post-" + sent.size());
    }

    @Override
    public void postImage(String workspace, String channel, String title, byte[] png) {
        throw new UnsupportedOperationException("no images in these tests");
    }

    /** The next {@code count} deliveries throw as a platform error. */
    public synchronized void failNext(int count) {
        failNext = count;
    }

    /** The next {@code ok} deliveries go through, then one throws as a platform error. */
    public synchronized void failAfter(int ok) {
        okBeforeFailure = ok;
    }

    /** Every delivery so far, "identity: text". */
    public synchronized List<String> sent() {
        return List.copyOf(sent);
    }

    private void record(String to, Reply reply) {
        if (failNext > 0) {
            failNext--;
            throw new DeliveryFailedException("platform said no (test)");
        }
        if (okBeforeFailure == 0) {
            okBeforeFailure = -1;
            throw new DeliveryFailedException("platform said no (test)");
        }
        if (okBeforeFailure > 0) {
            okBeforeFailure--;
        }
        sent.add(to + ": " + reply.text());
    }
}
