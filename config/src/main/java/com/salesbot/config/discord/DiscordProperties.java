package com.salesbot.config.discord;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Everything under {@code salesbot.discord:}; the token is not here, it is read from DISCORD_TOKEN only.
 *
 * @param apiUrl REST base URL (SALESBOT_DISCORD_API_URL), empty for Discord's
 * @param gatewayUrl gateway URL (SALESBOT_DISCORD_GATEWAY_URL), empty for Discord's
 * @param guildId register slash commands in this server only (SALESBOT_DISCORD_GUILD_ID), empty for globally
 * @param ackBudget how long an interaction waits for an answer before it is deferred
 */
@ConfigurationProperties(prefix = "salesbot.discord")
public record DiscordProperties(String apiUrl, String gatewayUrl, String guildId, Duration ackBudget) {}
