package com.salesbot.adapter.discord;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach Discord.
 *
 * @param token the bot token (a secret: from the environment only, never logged or printed)
 * @param apiUrl the REST base URL, Discord's by default; a stand-in's in tests
 * @param gatewayUrl the gateway WebSocket URL, Discord's by default
 * @param guildId the server to register slash commands in (instant updates while developing), or null
 *     to register them globally
 * @param ackBudget how long an interaction waits for the core before it is deferred; Discord allows three
 *     seconds for the first answer
 */
public record DiscordSettings(String token, String apiUrl, String gatewayUrl, String guildId, Duration ackBudget) {
    public static final String DEFAULT_API_URL = "https://discord.com/api/v10/";
    public static final String DEFAULT_GATEWAY_URL = "wss://gateway.discord.gg/";
    public static final Duration DEFAULT_ACK_BUDGET = Duration.ofMillis(2000);

    public DiscordSettings {
        Objects.requireNonNull(token, "token");
        if (token.isBlank()) {
            throw new IllegalArgumentException("the Discord token is empty");
        }
        apiUrl = apiUrl == null || apiUrl.isBlank() ? DEFAULT_API_URL : withSlash(apiUrl.strip());
        gatewayUrl = gatewayUrl == null || gatewayUrl.isBlank() ? DEFAULT_GATEWAY_URL : gatewayUrl.strip();
        guildId = guildId == null || guildId.isBlank() ? null : guildId.strip();
        ackBudget = ackBudget == null ? DEFAULT_ACK_BUDGET : ackBudget;
        if (ackBudget.isNegative() || ackBudget.compareTo(Duration.ofMillis(2500)) > 0) {
            throw new IllegalArgumentException("ackBudget must be between 0 and 2.5 s: Discord allows 3 s in all");
        }
    }

    /** Discord's own endpoints, commands registered globally. */
    public static DiscordSettings of(String token) {
        return new DiscordSettings(token, null, null, null, null);
    }

    /** True when the gateway is Discord's own (which compresses); a stand-in speaks plain JSON. */
    boolean discordsGateway() {
        return gatewayUrl.equals(DEFAULT_GATEWAY_URL);
    }

    /** Never shows the token. */
    @Override
    public String toString() {
        return "DiscordSettings[apiUrl=" + apiUrl + ", gatewayUrl=" + gatewayUrl + ", guildId=" + guildId
                + ", ackBudget=" + ackBudget + "]";
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}
