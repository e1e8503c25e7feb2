package com.salesbot.core.people;

import com.salesbot.core.kernel.PersonId;
import java.util.List;
import java.util.Optional;

/** Port: the people and teams the bot knows, with their roles and platform identities. */
public interface Directory {
    Optional<Person> byIdentity(String identity);

    Optional<Person> byId(PersonId id);

    /** People of a team whose display name equals {@code name}, ignoring case. */
    List<Person> byName(String teamId, String name);

    /** Everyone in a team, reps and managers. */
    List<Person> members(String teamId);

    /** Inserts or replaces a person by id. */
    void save(Person person);

    Optional<Team> team(String teamId);

    /** Every team, for an admin's questions about everyone. */
    List<Team> teams();

    /** Inserts or replaces a team by id. */
    void saveTeam(Team team);
}
