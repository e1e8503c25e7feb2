package com.salesbot.core.fakes;

import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.Person;
import com.salesbot.core.people.Team;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link Directory} in memory: people and teams by id, kept in insertion order. */
public final class InMemoryDirectory implements Directory {
    private final Map<PersonId, Person> people = new LinkedHashMap<>();
    private final Map<String, Team> teams = new LinkedHashMap<>();
    private final DatabaseSwitch database;

    public InMemoryDirectory() {
        this(new DatabaseSwitch());
    }

    public InMemoryDirectory(DatabaseSwitch database) {
        this.database = database;
    }

    /** The switch that takes this fake down. */
    public DatabaseSwitch database() {
        return database;
    }

    @Override
    public synchronized Optional<Person> byIdentity(String identity) {
        database.check();
        return people.values().stream()
                .filter(p -> p.identities().contains(identity))
                .findFirst();
    }

    @Override
    public synchronized Optional<Person> byId(PersonId id) {
        database.check();
        return Optional.ofNullable(people.get(id));
    }

    @Override
    public synchronized List<Person> byName(String teamId, String name) {
        database.check();
        return people.values().stream()
                .filter(p -> p.teamId().equals(teamId) && p.displayName().equalsIgnoreCase(name))
                .toList();
    }

    @Override
    public synchronized List<Person> members(String teamId) {
        database.check();
        return people.values().stream().filter(p -> p.teamId().equals(teamId)).toList();
    }

    @Override
    public synchronized void save(Person person) {
        database.check();
        people.put(person.id(), person);
    }

    @Override
    public synchronized Optional<Team> team(String teamId) {
        database.check();
        return Optional.ofNullable(teams.get(teamId));
    }

    @Override
    public synchronized List<Team> teams() {
        database.check();
        return List.copyOf(teams.values());
    }

    @Override
    public synchronized void saveTeam(Team team) {
        database.check();
        teams.put(team.id(), team);
    }

    /** Test view, works while the database is down: everyone saved so far. */
    public synchronized List<Person> everyone() {
        return new ArrayList<>(people.values());
    }

    /** Test view, works while the database is down: one person as currently saved. */
    public synchronized Optional<Person> peek(PersonId id) {
        return Optional.ofNullable(people.get(id));
    }
}
