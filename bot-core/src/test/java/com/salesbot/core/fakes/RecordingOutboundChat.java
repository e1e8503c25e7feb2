package com.salesbot.core.fakes;

import com.salesbot.core.conversation.DeliveryFailedException;
import com.salesbot.core.conversation.OutboundChat;
import com.salesbot.core.conversation.Reply;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link OutboundChat} that records every delivery as "to: text" ({@code #channel: text} for channels),
 * and fails the next N deliveries when told to, as a platform API error would.
 */
public final class RecordingOutboundChat implements OutboundChat {
    private final String platform;
    private final List<String> sent = new ArrayList<>();
    private int failNext;

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
    public synchronized void postToChannel(String workspace, String channel, String thread, Reply reply) {
        record("#" + channel, reply);
    }

    @Override
    public void postImage(String workspace, String channel, String title, byte[] png) {
        throw new UnsupportedOperationException("no images in these tests");
    }

    /** The next {@code count} deliveries throw as a platform error. */
    public synchronized void failNext(int count) {
        failNext = count;
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
        sent.add(to + ": " + reply.text());
    }
}
