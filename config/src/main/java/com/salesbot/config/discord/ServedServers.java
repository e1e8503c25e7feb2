package com.salesbot.config.discord;

import com.salesbot.config.wiring.SalesbotProperties;
import com.salesbot.core.reminder.Recipient;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Which Discord servers the bot answers in: SALESBOT_DISCORD_GUILDS when set; otherwise every server
 * the configuration already names (the command server and the teams' {@code discord:GUILD/CHANNEL}
 * channels), since whoever wrote those meant the bot to work there. Never "any server the bot is in":
 * anyone can invite a bot.
 */
final class ServedServers {
    private ServedServers() {}

    static Set<String> of(DiscordProperties discord, SalesbotProperties salesbot) {
        if (!discord.guilds().isEmpty()) {
            return Set.copyOf(discord.guilds());
        }
        Set<String> named = new TreeSet<>();
        salesbot.teams().stream()
                .flatMap(team -> Stream.of(team.channel(), team.recognition().channel()))
                .filter(channel -> channel != null && !channel.isBlank())
                .map(Recipient.Channel::parse)
                .filter(channel -> channel.platform().equals("discord")
                        && !channel.workspace().isBlank())
                .forEach(channel -> named.add(channel.workspace()));
        return Set.copyOf(named);
    }

    /** For the start-up log: where the list came from. */
    static String source(DiscordProperties discord) {
        return discord.guilds().isEmpty()
                ? "derived from guild-id and the teams' Discord channels"
                : "SALESBOT_DISCORD_GUILDS";
    }

    static List<String> sorted(Set<String> ids) {
        return List.copyOf(new TreeSet<>(ids));
    }
}
