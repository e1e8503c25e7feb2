package com.salesbot.core.people;

import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Role;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Someone the bot knows: one person, possibly with identities on several platforms. */
public record Person(
        PersonId id, String displayName, String teamId, Role role, ZoneId zone, Lang lang, List<String> identities) {
    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(lang, "lang");
        identities = List.copyOf(identities);
    }

    /** The same person with another role. */
    public Person withRole(Role newRole) {
        return new Person(id, displayName, teamId, newRole, zone, lang, identities);
    }

    /** The same person in another team. */
    public Person withTeam(String newTeamId) {
        return new Person(id, displayName, newTeamId, role, zone, lang, identities);
    }

    /** The same person with one more platform identity. */
    public Person withIdentity(String identity) {
        if (identities.contains(identity)) {
            return this;
        }
        List<String> all = new ArrayList<>(identities);
        all.add(identity);
        return new Person(id, displayName, teamId, role, zone, lang, all);
    }
}
