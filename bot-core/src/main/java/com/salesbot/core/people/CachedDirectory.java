package com.salesbot.core.people;

import com.salesbot.core.kernel.PersonId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A directory that remembers what it read for a short while. Every message asks who sent it and what
 * their team is; under load those two reads were a quarter of the database round trips, for answers
 * that change a few times a month.
 *
 * <p>Writes through this directory forget everything at once, so this instance sees its own changes
 * immediately; another instance's changes show within the time to live. "Nobody" is never remembered:
 * a person added on another instance can talk at once.
 */
public final class CachedDirectory implements Directory {
    private final Directory directory;
    private final long ttlNanos;
    private final LongSupplier nanoTime;
    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();

    /** An answer and when it stops being trusted. */
    private record Entry(Object value, long expiresAt) {}

    private record IdentityKey(String identity) {}

    private record TeamKey(String teamId) {}

    private record MembersKey(String teamId) {}

    /** Remembers answers of {@code directory} for {@code ttl}, timed by {@code nanoTime} (real time in production). */
    public CachedDirectory(Directory directory, Duration ttl, LongSupplier nanoTime) {
        this.directory = directory;
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
    }

    @Override
    public Optional<Person> byIdentity(String identity) {
        return remembered(new IdentityKey(identity), key -> directory.byIdentity(identity));
    }

    @Override
    public Optional<Person> byId(PersonId id) {
        return remembered(id, key -> directory.byId(id));
    }

    @Override
    public List<Person> byName(String teamId, String name) {
        return directory.byName(teamId, name);
    }

    @Override
    public List<Person> members(String teamId) {
        MembersKey key = new MembersKey(teamId);
        long now = nanoTime.getAsLong();
        @SuppressWarnings("unchecked")
        List<Person> members = (List<Person>) fresh(key, now);
        if (members == null) {
            members = List.copyOf(directory.members(teamId));
            entries.put(key, new Entry(members, now + ttlNanos));
        }
        return members;
    }

    @Override
    public void save(Person person) {
        try {
            directory.save(person);
        } finally {
            entries.clear();
        }
    }

    @Override
    public Optional<Team> team(String teamId) {
        return remembered(new TeamKey(teamId), key -> directory.team(teamId));
    }

    @Override
    public List<Team> teams() {
        return directory.teams();
    }

    @Override
    public void saveTeam(Team team) {
        try {
            directory.saveTeam(team);
        } finally {
            entries.clear();
        }
    }

    private <T> Optional<T> remembered(Object key, Function<Object, Optional<T>> read) {
        long now = nanoTime.getAsLong();
        @SuppressWarnings("unchecked")
        T value = (T) fresh(key, now);
        if (value != null) {
            return Optional.of(value);
        }
        Optional<T> found = read.apply(key);
        found.ifPresentOrElse(v -> entries.put(key, new Entry(v, now + ttlNanos)), () -> entries.remove(key));
        return found;
    }

    // the remembered value while it is still trusted, else null
    private Object fresh(Object key, long now) {
        Entry entry = entries.get(key);
        return entry != null && now - entry.expiresAt() < 0 ? entry.value() : null;
    }
}
