package com.salesbot.config.wiring;

import com.salesbot.core.conversation.OutboundChat;
import com.salesbot.core.reminder.Recipient;
import com.salesbot.core.reminder.TeamChannels;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Each team's channel from {@code salesbot.teams[].channel}, used only while the platform it lives on is
 * running, so "remind the team" on the console never targets a Slack channel nobody can post to.
 */
final class ConfiguredTeamChannels implements TeamChannels {
    private final Map<String, Recipient.Channel> byTeam;
    private final Supplier<List<OutboundChat>> platforms;

    /**
     * @param channelByTeam team id → {@code slack:T0123/C0456}, {@code discord:GUILD/CHANNEL} or {@code console:name}
     * @param platforms the running chat platforms, asked each time (they start after the core)
     */
    ConfiguredTeamChannels(Map<String, String> channelByTeam, Supplier<List<OutboundChat>> platforms) {
        // A malformed channel fails start-up here, not at the first reminder.
        this.byTeam = channelByTeam.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Recipient.Channel.parse(e.getValue())));
        this.platforms = platforms;
    }

    @Override
    public Optional<Recipient.Channel> of(String teamId) {
        Recipient.Channel channel = byTeam.get(teamId);
        if (channel == null
                || platforms.get().stream().noneMatch(p -> p.platform().equals(channel.platform()))) {
            return Optional.empty();
        }
        return Optional.of(channel);
    }
}
