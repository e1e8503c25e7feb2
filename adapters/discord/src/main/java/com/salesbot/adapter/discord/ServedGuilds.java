package com.salesbot.adapter.discord;

import java.util.Set;
import net.dv8tion.jda.api.entities.Guild;

/**
 * The servers the bot answers in. Direct messages are always served (who may use the bot there is the
 * directory's decision); anything from another server is refused before it reaches the core, because
 * anyone can invite a bot, or use a user-installed command, in a server of their own.
 */
record ServedGuilds(Set<String> ids) {
    ServedGuilds {
        ids = Set.copyOf(ids);
    }

    /** True for a direct message ({@code fromGuild} false) or a server on the list. */
    boolean serves(boolean fromGuild, Guild guild) {
        if (!fromGuild) {
            return true;
        }
        // A server interaction always names its server; one that does not is refused, not guessed.
        return guild != null && ids.contains(guild.getId());
    }
}
