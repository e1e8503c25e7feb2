package com.salesbot.core.customer;

import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.people.Person;
import java.util.Optional;

/**
 * Whose records a reader may see: a rep their own, a manager their team's, an admin everyone's.
 *
 * @param teamId only this team's records, or null for every team
 * @param rep only this rep's records, or null for everyone in scope
 */
public record RecordScope(String teamId, PersonId rep) {
    /** Every record of every team. */
    public static RecordScope all() {
        return new RecordScope(null, null);
    }

    /** Every record of one team. */
    public static RecordScope team(String teamId) {
        return new RecordScope(teamId, null);
    }

    /** The scope a person's role grants. */
    public static RecordScope of(Person viewer) {
        if (viewer.role() == Role.ADMIN) {
            return all();
        }
        if (viewer.role() == Role.MANAGER) {
            return team(viewer.teamId());
        }
        return new RecordScope(viewer.teamId(), viewer.id());
    }

    /** True when a record of {@code author} in {@code recordTeam} lies in this scope. */
    public boolean includes(PersonId author, String recordTeam) {
        return (teamId == null || teamId.equals(recordTeam)) && (rep == null || rep.equals(author));
    }

    public Optional<String> team() {
        return Optional.ofNullable(teamId);
    }

    public Optional<PersonId> person() {
        return Optional.ofNullable(rep);
    }
}
