package com.salesbot.config.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.config.wiring.SalesbotProperties;
import com.salesbot.config.wiring.SalesbotProperties.TeamRecognition;
import com.salesbot.config.wiring.SalesbotProperties.TeamSeed;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServedServersTest {

    private static SalesbotProperties teams(TeamSeed... teams) {
        return new SalesbotProperties(null, null, null, null, List.of(teams), null, null, null);
    }

    private static TeamSeed team(String channel, String recognitionChannel) {
        return new TeamSeed(
                "sales",
                "Sales",
                "USD",
                null,
                Map.of(),
                new TeamRecognition(null, recognitionChannel, null, null),
                null,
                channel);
    }

    private static DiscordProperties discord(List<String> guilds) {
        return new DiscordProperties(null, null, null, null, guilds, null, null);
    }

    @Test
    void theConfiguredListIsServedAsItIs() {
        assertThat(ServedServers.of(discord(List.of("111", " 222 ")), teams(team("discord:333/444", ""))))
                .containsExactlyInAnyOrder("111", "222");
    }

    @Test
    void withoutAListTheServersOfTheTeamsDiscordChannelsAreServed() {
        assertThat(ServedServers.of(
                        discord(List.of()),
                        teams(team("discord:333/444", "discord:555/666"), team("slack:T0123/C0456", ""))))
                .containsExactlyInAnyOrder("333", "555");
    }

    @Test
    void withoutAListOrDiscordChannelsNoServerIsServed() {
        assertThat(ServedServers.of(discord(List.of("")), teams(team("", "")))).isEmpty();
    }
}
