package com.salesbot.adapter.discord;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How to reach Discord, which servers to serve, and which shards this instance runs.
 *
 * @param token the bot token (a secret: from the environment only, never logged or printed)
 * @param apiUrl the REST base URL, Discord's by default; a stand-in's in tests
 * @param gatewayUrl the gateway WebSocket URL, Discord's by default
 * @param guildId the server to register slash commands in (instant updates while developing), or null
 *     to register them globally; it is always one of the servers served
 * @param ackBudget how long an interaction waits for the core before it is deferred; Discord allows three
 *     seconds for the first answer
 * @param guilds the servers (guild ids) the bot serves besides {@code guildId}; anything from another server
 *     is refused before the core sees it. Empty (and no {@code guildId}): direct messages only
 * @param shardsTotal how many shards the whole deployment runs (one gateway session each), at least 1
 * @param shardIds the shards this instance runs, each below {@code shardsTotal}; empty: all of them
 */
public record DiscordSettings(
        String token,
        String apiUrl,
        String gatewayUrl,
        String guildId,
        Duration ackBudget,
        Set<String> guilds,
        int shardsTotal,
        List<Integer> shardIds) {
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
        guildId = guildId == null || guildId.isBlank() ? null : snowflake(guildId, "guildId");
        ackBudget = ackBudget == null ? DEFAULT_ACK_BUDGET : ackBudget;
        if (ackBudget.isNegative() || ackBudget.compareTo(Duration.ofMillis(2500)) > 0) {
            throw new IllegalArgumentException("ackBudget must be between 0 and 2.5 s: Discord allows 3 s in all");
        }
        guilds = guilds == null
                ? Set.of()
                : guilds.stream()
                        .filter(g -> g != null && !g.isBlank())
                        .map(g -> snowflake(g, "guilds"))
                        .collect(Collectors.toUnmodifiableSet());
        if (shardsTotal < 1) {
            throw new IllegalArgumentException("shardsTotal must be at least 1, was " + shardsTotal);
        }
        shardIds = shardIds == null || shardIds.isEmpty()
                ? java.util.stream.IntStream.range(0, shardsTotal).boxed().toList()
                : List.copyOf(new TreeSet<>(shardIds));
        for (int id : shardIds) {
            if (id < 0 || id >= shardsTotal) {
                throw new IllegalArgumentException("shard id " + id + " is outside 0.." + (shardsTotal - 1)
                        + " (shardsTotal " + shardsTotal + ")");
            }
        }
    }

    /** One shard, no servers besides {@code guildId}: as before servers were configured. */
    public DiscordSettings(String token, String apiUrl, String gatewayUrl, String guildId, Duration ackBudget) {
        this(token, apiUrl, gatewayUrl, guildId, ackBudget, Set.of(), 1, List.of());
    }

    /** Discord's own endpoints, commands registered globally, direct messages only. */
    public static DiscordSettings of(String token) {
        return new DiscordSettings(token, null, null, null, null);
    }

    /** These settings serving {@code servers} (guild ids) too. */
    public DiscordSettings withGuilds(Set<String> servers) {
        return new DiscordSettings(token, apiUrl, gatewayUrl, guildId, ackBudget, servers, shardsTotal, shardIds);
    }

    /** These settings running shards {@code ids} of {@code total} (empty ids: all of them). */
    public DiscordSettings withShards(int total, List<Integer> ids) {
        return new DiscordSettings(token, apiUrl, gatewayUrl, guildId, ackBudget, guilds, total, ids);
    }

    /** Every server the bot answers in: {@link #guilds} and the command server {@link #guildId}. */
    public Set<String> servedGuilds() {
        Set<String> all = new TreeSet<>(guilds);
        if (guildId != null) {
            all.add(guildId);
        }
        return Set.copyOf(all);
    }

    /** True when the gateway is Discord's own (which compresses); a stand-in speaks plain JSON. */
    boolean discordsGateway() {
        return gatewayUrl.equals(DEFAULT_GATEWAY_URL);
    }

    /** Never shows the token. */
    @Override
    public String toString() {
        return "DiscordSettings[apiUrl=" + apiUrl + ", gatewayUrl=" + gatewayUrl + ", guildId=" + guildId
                + ", ackBudget=" + ackBudget + ", guilds=" + new TreeSet<>(guilds) + ", shards=" + shardIds + " of "
                + shardsTotal + "]";
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    /** Guild ids are snowflakes: a typo (a name, a URL) fails at start-up instead of refusing every server. */
    private static String snowflake(String id, String what) {
        String stripped = id.strip();
        if (!stripped.matches("\\d{1,20}")) {
            throw new IllegalArgumentException(what + " must be Discord server ids (digits), not '" + stripped + "'");
        }
        return stripped;
    }
}
