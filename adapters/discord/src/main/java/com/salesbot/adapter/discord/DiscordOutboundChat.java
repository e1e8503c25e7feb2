package com.salesbot.adapter.discord;

import com.salesbot.core.conversation.DeliveryFailedException;
import com.salesbot.core.conversation.OutboundChat;
import com.salesbot.core.conversation.Reply;
import net.dv8tion.jda.api.JDA;
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

    private final ShardManager shards;
    private final DiscordRenderer renderer;

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

    @Override
    public void postToChannel(String workspace, String channel, String thread, Reply reply) {
        // A Discord thread is a channel of its own: posting "in the thread" is posting to its id.
        String target = thread == null || thread.isBlank() ? channel : thread;
        MessageCreateData data = renderer.render(reply, "");
        deliver(
                "post to channel " + target,
                () -> channel(target).sendMessage(data).complete());
    }

    @Override
    public void postImage(String workspace, String channel, String title, byte[] png) {
        MessageCreateData data = renderer.image(title, png);
        deliver(
                "image to channel " + channel,
                () -> channel(channel).sendMessage(data).complete());
    }

    private MessageChannel channel(String id) {
        MessageChannel found = null;
        try {
            // Only this instance's shards are searched (JDA sends to channels it has cached): a channel in a
            // server on another instance's shard is unknown here; see docs/scale-out.md.
            found = shards.getChannelById(MessageChannel.class, id);
        } catch (NumberFormatException e) {
            // Not a snowflake: reported as unknown below.
        }
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

    private static void deliver(String what, Runnable send) {
        try {
            send.run();
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
