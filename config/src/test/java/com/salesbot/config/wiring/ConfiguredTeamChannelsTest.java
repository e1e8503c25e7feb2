package com.salesbot.config.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.adapter.console.ConsoleOutboundChat;
import com.salesbot.core.conversation.OutboundChat;
import com.salesbot.core.reminder.Recipient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfiguredTeamChannelsTest {
    private final List<OutboundChat> consoleOnly = List.of(new ConsoleOutboundChat());

    @Test
    void aTeamsChannelIsUsedWhileItsPlatformRuns() {
        ConfiguredTeamChannels channels = new ConfiguredTeamChannels(
                Map.of("west", "console:team-west", "east", "slack:T0123/C0456", "north", ""), () -> consoleOnly);

        assertThat(channels.of("west")).contains(new Recipient.Channel("console", "", "team-west"));
        // Slack is not running: "remind the team" falls back to direct messages.
        assertThat(channels.of("east")).isEmpty();
        assertThat(channels.of("north")).isEmpty();
        assertThat(channels.of("south")).isEmpty();
    }

    @Test
    void aMalformedChannelFailsAtStartUp() {
        assertThatThrownBy(() -> new ConfiguredTeamChannels(Map.of("west", "team-west"), () -> consoleOnly))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("console:team-west");
    }
}
