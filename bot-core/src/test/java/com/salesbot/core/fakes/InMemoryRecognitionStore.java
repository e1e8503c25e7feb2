package com.salesbot.core.fakes;

import com.salesbot.core.entry.EntryKind;
import com.salesbot.core.entry.EntryRef;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kudos.Kudos;
import com.salesbot.core.kudos.RecognitionStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** {@link RecognitionStore} in memory: one kudos per source message; undone kudos stop counting. */
public final class InMemoryRecognitionStore implements RecognitionStore {
    private final List<Kudos> kudos = new ArrayList<>();
    private final Set<String> undone = new HashSet<>();
    private final DatabaseSwitch database;

    public InMemoryRecognitionStore() {
        this(new DatabaseSwitch());
    }

    public InMemoryRecognitionStore(DatabaseSwitch database) {
        this.database = database;
    }

    @Override
    public synchronized boolean add(Kudos given) {
        database.check();
        String key = given.source().messageKey();
        if (kudos.stream().anyMatch(k -> k.source().messageKey().equals(key))) {
            return false;
        }
        kudos.add(given);
        return true;
    }

    @Override
    public synchronized long givenOn(PersonId giver, LocalDate day) {
        database.check();
        return live().filter(k -> k.giver().equals(giver) && k.date().equals(day))
                .mapToLong(k -> k.recipients().size())
                .sum();
    }

    @Override
    public synchronized Map<PersonId, Long> receivedByPerson(String teamId, Period period) {
        database.check();
        Map<PersonId, Long> counts = new HashMap<>();
        live().filter(k -> period.contains(k.date()))
                .flatMap(k -> k.recipients().stream())
                .filter(r -> r.teamId().equals(teamId))
                .forEach(r -> counts.merge(r.person(), 1L, Long::sum));
        return counts;
    }

    @Override
    public synchronized long receivedBy(PersonId person, Period period) {
        database.check();
        return live().filter(k -> period.contains(k.date()))
                .flatMap(k -> k.recipients().stream())
                .filter(r -> r.person().equals(person))
                .count();
    }

    @Override
    public synchronized Optional<EntryRef> latestBy(PersonId author, Instant since) {
        database.check();
        return live().filter(k -> k.source().author().equals(author)
                        && !k.source().writtenAt().isBefore(since))
                .reduce((a, b) -> b.source().writtenAt().isBefore(a.source().writtenAt()) ? a : b)
                .map(k -> new EntryRef(EntryKind.KUDOS, k.id(), k.source().writtenAt(), k.reason()));
    }

    @Override
    public synchronized boolean undo(EntryRef entry) {
        database.check();
        if (entry.kind() != EntryKind.KUDOS || kudos.stream().noneMatch(k -> k.id().equals(entry.id()))) {
            return false;
        }
        return undone.add(entry.id());
    }

    /** Test view, works while the database is down: every kudos ever added, undone ones included. */
    public synchronized List<Kudos> all() {
        return List.copyOf(kudos);
    }

    private Stream<Kudos> live() {
        return kudos.stream().filter(k -> !undone.contains(k.id()));
    }
}
