package com.salesbot.adapter.discord;

import com.salesbot.core.conversation.DeliveryFailedException;
import com.salesbot.core.conversation.OutboundChat;
import com.salesbot.core.conversation.Reply;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.attribute.IThreadContainer;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages the bot starts itself (reminders, shout-outs, charts), sent through JDA. Calls block until
 * Discord answered; JDA waits out rate limits itself, so a failure here is final and becomes a
 * {@link DeliveryFailedException} naming the Discord error.
 */
final class DiscordOutboundChat implements OutboundChat {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordOutboundChat.class);
    /** Discord's limit for a thread name. */
    private static final int THREAD_NAME_MAX = 100;
    /** How many recent channel posts keep their first line, to name a thread started under one later. */
    private static final int REMEMBERED_POSTS = 256;

    private final ShardManager shards;
    private final DiscordRenderer renderer;
    private final Map<String, String> firstLines = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED_POSTS;
        }
    });

    DiscordOutboundChat(ShardManager shards, DiscordRenderer renderer) {
        this.shards = shards;
        this.renderer = renderer;
    }

    @Override
    public String platform() {
        return DiscordMessageMapper.PLATFORM;
    }

    @Override
    public void sendDirect(String identity, Reply reply) {
        String prefix = DiscordMessageMapper.PLATFORM + ":";
        if (identity == null || !identity.startsWith(prefix) || identity.length() == prefix.length()) {
            throw new DeliveryFailedException("not a Discord identity: " + identity);
        }
        String userId = identity.substring(prefix.length());
        MessageCreateData data = renderer.render(reply, userId);
        deliver(
                "direct message to user " + userId,
                () -> anyShard()
                        .openPrivateChannelById(userId)
                        .flatMap(channel -> channel.sendMessage(data))
                        .complete());
    }

    /**
     * Posts to the channel, or in the thread {@code thread} names: a thread the bot can see, or else one
     * started now under the channel's message of that id (such a thread takes the message's id, so the
     * next reply finds it), named after that message's first line.
     */
    @Override
    public Optional<String> postToChannel(String workspace, String channel, String thread, Reply reply) {
        MessageCreateData data = renderer.render(reply, "");
        if (thread == null || thread.isBlank()) {
            Message sent = deliver(
                    "post to channel " + channel,
                    () -> channel(channel).sendMessage(data).complete());
            firstLines.put(sent.getId(), firstLine(reply.text()));
            return Optional.of(sent.getId());
        }
        Message sent = deliver(
                "post in thread " + thread,
                () -> thread(channel, thread).sendMessage(data).complete());
        return Optional.of(sent.getId());
    }

    private MessageChannel thread(String channel, String thread) {
        MessageChannel existing = find(thread);
        if (existing != null) {
            return existing;
        }
        if (!(channel(channel) instanceof IThreadContainer parent)) {
            throw new DeliveryFailedException("Discord channel " + channel + " cannot hold threads");
        }
        return parent.createThreadChannel(firstLines.getOrDefault(thread, "Replies"), thread)
                .complete();
    }

    private static String firstLine(String text) {
        String line = text == null ? "" : text.strip().lines().findFirst().orElse("");
        line = line.length() > THREAD_NAME_MAX ? line.substring(0, THREAD_NAME_MAX) : line;
        return line.isBlank() ? "Replies" : line;
    }

    @Override
    public void postImage(String workspace, String channel, String title, byte[] png) {
        MessageCreateData data = renderer.image(title, png);
        deliver(
                "image to channel " + channel,
                () -> channel(channel).sendMessage(data).complete());
    }

    private MessageChannel find(String id) {
        try {
            // Only this instance's shards are searched (JDA sends to channels it has cached): a channel in a
            // server on another instance's shard is unknown here; see docs/scale-out.md.
            return shards.getChannelById(MessageChannel.class, id);
        } catch (NumberFormatException e) {
            // Not a snowflake: not a channel the bot can see.
            return null;
        }
    }

    private MessageChannel channel(String id) {
        MessageChannel found = find(id);
        if (found == null) {
            throw new DeliveryFailedException("unknown Discord channel " + id + " (not one the bot can see)");
        }
        return found;
    }

    /** Direct messages are not tied to a server, so any running shard can open one (over REST). */
    private JDA anyShard() {
        return shards.getShardCache().stream()
                .findFirst()
                .orElseThrow(() -> new DeliveryFailedException("no Discord shard is running"));
    }

    private static <T> T deliver(String what, Supplier<T> send) {
        try {
            return send.get();
        } catch (DeliveryFailedException e) {
            LOG.error("Discord {} failed: {}", what, e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            String reason = ApiErrors.describe(e);
            LOG.error("Discord {} failed: {}", what, reason);
            throw new DeliveryFailedException("Discord " + what + " failed: " + reason, e);
        }
    }
}
