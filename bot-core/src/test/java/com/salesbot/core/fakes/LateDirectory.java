package com.salesbot.core.fakes;

import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.Person;
import com.salesbot.core.people.Team;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A {@link Directory} that asks another one found later: lets an extra skill of a {@link TestWorld}
 * use the directory of the very world it is being registered in.
 */
public final class LateDirectory implements Directory {
    private final Supplier<Directory> target;

    public LateDirectory(Supplier<Directory> target) {
        this.target = target;
    }

    @Override
    public Optional<Person> byIdentity(String identity) {
        return target.get().byIdentity(identity);
    }

    @Override
    public Optional<Person> byId(PersonId id) {
        return target.get().byId(id);
    }

    @Override
    public List<Person> byName(String teamId, String name) {
        return target.get().byName(teamId, name);
    }

    @Override
    public List<Person> members(String teamId) {
        return target.get().members(teamId);
    }

    @Override
    public void save(Person person) {
        target.get().save(person);
    }

    @Override
    public Optional<Team> team(String teamId) {
        return target.get().team(teamId);
    }

    @Override
    public List<Team> teams() {
        return target.get().teams();
    }

    @Override
    public void saveTeam(Team team) {
        target.get().saveTeam(team);
    }
}
