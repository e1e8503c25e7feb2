package com.salesbot.config.discord;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Everything under {@code salesbot.discord:}; the token is not here, it is read from DISCORD_TOKEN only.
 *
 * @param apiUrl REST base URL (SALESBOT_DISCORD_API_URL), empty for Discord's
 * @param gatewayUrl gateway URL (SALESBOT_DISCORD_GATEWAY_URL), empty for Discord's
 * @param guildId register slash commands in this server only (SALESBOT_DISCORD_GUILD_ID), empty for globally
 * @param ackBudget how long an interaction waits for an answer before it is deferred
 * @param guilds the servers the bot answers in (SALESBOT_DISCORD_GUILDS, comma-separated ids); empty: the
 *     servers named in {@code guildId} and in the teams' Discord channels, and otherwise direct messages only
 * @param shards how many shards the whole deployment runs (SALESBOT_DISCORD_SHARDS), default 1
 * @param shardIds the shards this instance runs (SALESBOT_DISCORD_SHARD_IDS, e.g. {@code 0,1}); empty: all
 */
@ConfigurationProperties(prefix = "salesbot.discord")
public record DiscordProperties(
        String apiUrl,
        String gatewayUrl,
        String guildId,
        Duration ackBudget,
        List<String> guilds,
        Integer shards,
        List<Integer> shardIds) {
    public DiscordProperties {
        guilds = guilds == null
                ? List.of()
                : guilds.stream()
                        .filter(g -> g != null && !g.isBlank())
                        .map(String::strip)
                        .toList();
        shards = shards == null ? 1 : shards;
        shardIds = shardIds == null ? List.of() : List.copyOf(shardIds);
    }
}
