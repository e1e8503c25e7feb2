package com.salesbot.adapter.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.junit.jupiter.api.Test;

class DiscordAdapterTest {

    @Test
    void theInviteUrlAsksForTheCommandsScopeAndExactlyTheSixPermissionsTheReadmeNames() {
        assertThat(DiscordAdapter.inviteUrl("123"))
                .isEqualTo("https://discord.com/oauth2/authorize?client_id=123"
                        + "&scope=bot+applications.commands&permissions=309237763072");
    }

    @Test
    void theBotAsksForGuildMessagesDirectMessagesMessageContentAndServerReactionsOnly() {
        assertThat(DiscordAdapter.INTENTS)
                .containsExactlyInAnyOrder(
                        GatewayIntent.GUILD_MESSAGES,
                        GatewayIntent.DIRECT_MESSAGES,
                        GatewayIntent.MESSAGE_CONTENT,
                        GatewayIntent.GUILD_MESSAGE_REACTIONS);
    }

    @Test
    void settingsDefaultToDiscordsOwnEndpointsAndNeverShowTheToken() {
        DiscordSettings settings = DiscordSettings.of("very-secret");

        assertThat(settings.apiUrl()).isEqualTo("https://discord.com/api/v10/");
        assertThat(settings.gatewayUrl()).isEqualTo("wss://gateway.discord.gg/");
        assertThat(settings.guildId()).isNull();
        assertThat(settings.toString()).doesNotContain("very-secret");
    }

    @Test
    void anEmptyTokenOrAnAckBudgetBeyondDiscordsLimitIsRefusedAtStartUp() {
        assertThatThrownBy(() -> DiscordSettings.of(" ")).hasMessageContaining("token is empty");
        assertThatThrownBy(() -> new DiscordSettings("t", null, null, null, Duration.ofSeconds(3)))
                .hasMessageContaining("2.5 s");
    }

    @Test
    void byDefaultNoServerIsServedAndOneShardRuns() {
        DiscordSettings settings = DiscordSettings.of("t");

        assertThat(settings.servedGuilds()).isEmpty();
        assertThat(settings.shardsTotal()).isEqualTo(1);
        assertThat(settings.shardIds()).containsExactly(0);
    }

    @Test
    void theCommandServerIsAlwaysServedBesidesTheListedOnes() {
        DiscordSettings settings = new DiscordSettings("t", null, null, "42", null).withGuilds(Set.of(" 43 ", ""));

        assertThat(settings.servedGuilds()).containsExactlyInAnyOrder("42", "43");
    }

    @Test
    void aServerThatIsNotAnIdOrAShardOutsideTheTotalIsRefusedAtStartUp() {
        DiscordSettings settings = DiscordSettings.of("t");

        assertThatThrownBy(() -> settings.withGuilds(Set.of("West Sales")))
                .hasMessageContaining("Discord server ids (digits), not 'West Sales'");
        assertThatThrownBy(() -> settings.withShards(2, List.of(2))).hasMessageContaining("outside 0..1");
        assertThatThrownBy(() -> settings.withShards(0, List.of())).hasMessageContaining("at least 1");
        assertThat(settings.withShards(4, List.of(3, 2)).shardIds()).containsExactly(2, 3);
        assertThat(settings.withShards(3, List.of()).shardIds()).containsExactly(0, 1, 2);
    }

    @Test
    void aStandInApiUrlGetsItsTrailingSlash() {
        assertThat(new DiscordSettings("t", "http://127.0.0.1:1/api/v10", "ws://127.0.0.1:2/", " ", null).apiUrl())
                .isEqualTo("http://127.0.0.1:1/api/v10/");
    }

    @Test
    void anUnreachableDiscordStopsStartUpWithAMessageNamingTheAddress() throws Exception {
        int closedPort;
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        DiscordSettings settings = new DiscordSettings(
                "t", "http://127.0.0.1:" + closedPort + "/api/v10/", "ws://127.0.0.1:" + closedPort + "/", null, null);

        assertThatThrownBy(() -> DiscordAdapter.start(
                        settings, com.salesbot.core.fakes.TestWorld.create().engine(), null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Could not log in to Discord at http://127.0.0.1:" + closedPort + "/api/v10/");
    }
}
