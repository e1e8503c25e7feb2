package com.salesbot.config.recognition;

import com.salesbot.core.conversation.Announcements;
import com.salesbot.core.conversation.ChatMessage;
import com.salesbot.core.conversation.DeliveryFailedException;
import com.salesbot.core.conversation.OutboundChat;
import com.salesbot.core.conversation.Reply;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a team's public recognition to the channel configured for it, through the chat platform that
 * serves that channel. A team without a channel, or whose platform is not running, gets no extra post.
 */
public final class ChannelAnnouncements implements Announcements {
    private static final Logger LOG = LoggerFactory.getLogger(ChannelAnnouncements.class);

    private final Map<String, Channel> channelByTeam;
    private final Supplier<List<OutboundChat>> platforms;

    /**
     * @param channelByTeam team id → channel such as {@code slack:T0123/C0456} or {@code discord:GUILD/CHANNEL}
     * @param platforms the running chat platforms, asked at each post (they start after the core)
     */
    public ChannelAnnouncements(Map<String, String> channelByTeam, Supplier<List<OutboundChat>> platforms) {
        this.channelByTeam = channelByTeam.entrySet().stream()
                .filter(e -> !e.getValue().isBlank())
                .collect(java.util.stream.Collectors.toUnmodifiableMap(
                        Map.Entry::getKey, e -> Channel.parse(e.getValue())));
        this.platforms = platforms;
    }

    @Override
    public boolean isChannelOf(String teamId, String messageKey) {
        Channel channel = channelByTeam.get(teamId);
        if (channel == null) {
            return false;
        }
        // Discord keys carry no server (channel ids are global); Slack keys carry the workspace.
        return messageKey.startsWith(ChatMessage.channelKey(channel.platform(), channel.workspace(), channel.channel()))
                || messageKey.startsWith(ChatMessage.channelKey(channel.platform(), "", channel.channel()));
    }

    @Override
    public boolean reaches(String teamId) {
        return platformFor(teamId).isPresent();
    }

    private Optional<OutboundChat> platformFor(String teamId) {
        Channel channel = channelByTeam.get(teamId);
        if (channel == null) {
            return Optional.empty();
        }
        return platforms.get().stream()
                .filter(p -> p.platform().equals(channel.platform()))
                .findFirst();
    }

    @Override
    public boolean toTeam(String teamId, Reply reply) {
        Optional<OutboundChat> platform = platformFor(teamId);
        if (platform.isEmpty()) {
            return false;
        }
        Channel channel = channelByTeam.get(teamId);
        try {
            platform.get().postToChannel(channel.workspace(), channel.channel(), null, reply);
            return true;
        } catch (DeliveryFailedException e) {
            // The answer in the chat where it happened is still public; the extra post is best effort.
            LOG.warn("could not post recognition to {} for team {}: {}", channel, teamId, e.getMessage());
            return false;
        }
    }

    /** A channel on one platform: {@code platform:workspace/channel}, or {@code platform:channel} without a workspace. */
    record Channel(String platform, String workspace, String channel) {
        static Channel parse(String text) {
            int colon = text.indexOf(':');
            if (colon <= 0 || colon == text.length() - 1) {
                throw new IllegalArgumentException(
                        "a recognition channel looks like slack:T0123/C0456 or discord:GUILD/CHANNEL, not " + text);
            }
            String rest = text.substring(colon + 1);
            int slash = rest.lastIndexOf('/');
            return slash < 0
                    ? new Channel(text.substring(0, colon), "", rest)
                    : new Channel(text.substring(0, colon), rest.substring(0, slash), rest.substring(slash + 1));
        }

        @Override
        public String toString() {
            return platform + ":" + (workspace.isEmpty() ? "" : workspace + "/") + channel;
        }
    }
}
