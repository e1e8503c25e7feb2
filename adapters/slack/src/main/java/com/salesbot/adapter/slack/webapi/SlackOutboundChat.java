package com.salesbot.adapter.slack.webapi;

import com.salesbot.adapter.slack.render.BlockKitRenderer;
import com.salesbot.core.conversation.Block;
import com.salesbot.core.conversation.DeliveryFailedException;
import com.salesbot.core.conversation.OutboundChat;
import com.salesbot.core.conversation.Reply;
import java.util.List;
import java.util.Optional;

/**
 * The core's outbound port on Slack: chat.postMessage for text and blocks, conversations.open to find a
 * person's direct-message channel, and the files upload v2 flow for images.
 */
public final class SlackOutboundChat implements OutboundChat {
    private static final String PREFIX = "slack:";

    private final WebApi api;
    private final BlockKitRenderer renderer;

    public SlackOutboundChat(WebApi api, BlockKitRenderer renderer) {
        this.api = api;
        this.renderer = renderer;
    }

    @Override
    public String platform() {
        return "slack";
    }

    @Override
    public void sendDirect(String identity, Reply reply) {
        String user = userOf(identity);
        String channel = api.call("conversations.open", c -> c.conversationsOpen(r -> r.users(List.of(user))))
                .getChannel()
                .getId();
        post(channel, null, reply);
    }

    @Override
    public Optional<String> postToChannel(String workspace, String channel, String thread, Reply reply) {
        return Optional.ofNullable(post(channel, thread, reply));
    }

    @Override
    public void postImage(String workspace, String channel, String title, byte[] png) {
        api.call(
                "files.uploadV2",
                c -> c.filesUploadV2(r -> r.channel(channel)
                        .fileData(png)
                        .filename(fileName(title))
                        .title(title)));
    }

    /**
     * Posts one reply to a channel, in a thread when {@code thread} is not null; images (charts) and files
     * (CSV exports) follow as uploads in the same place, since a message's blocks cannot carry bytes.
     * Returns the posted message's {@code ts}, which names the thread of replies under it.
     */
    public String post(String channel, String thread, Reply reply) {
        String ts = api.call(
                        "chat.postMessage",
                        c -> c.chatPostMessage(r -> r.channel(channel)
                                .threadTs(thread)
                                .text(reply.text())
                                .blocks(renderer.render(reply))))
                .getTs();
        for (Block block : reply.blocks()) {
            if (block instanceof Block.Image image) {
                api.call(
                        "files.uploadV2",
                        c -> c.filesUploadV2(r -> r.channel(channel)
                                .threadTs(thread)
                                .fileData(image.png())
                                .filename(image.fileName())
                                .title(image.title())));
            } else if (block instanceof Block.Attachment file) {
                api.call(
                        "files.uploadV2",
                        c -> c.filesUploadV2(r -> r.channel(channel)
                                .threadTs(thread)
                                .fileData(file.bytes())
                                .filename(file.fileName())
                                .title(file.title())));
            }
        }
        return ts;
    }

    /** The user id in {@code slack:TEAM/USER} (or {@code slack:USER}). */
    static String userOf(String identity) {
        if (!identity.startsWith(PREFIX)) {
            throw new DeliveryFailedException("not a Slack identity: " + identity);
        }
        String rest = identity.substring(PREFIX.length());
        return rest.substring(rest.indexOf('/') + 1);
    }

    private static String fileName(String title) {
        String safe =
                title == null ? "" : title.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return (safe.isEmpty() ? "image" : safe) + ".png";
    }
}
