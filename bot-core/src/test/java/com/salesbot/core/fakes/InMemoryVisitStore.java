package com.salesbot.core.fakes;

import com.salesbot.core.entry.EntryKind;
import com.salesbot.core.entry.EntryRef;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.visit.Visit;
import com.salesbot.core.visit.VisitStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@link VisitStore} in memory: one visit per source message (a second add with the same message key
 * writes nothing), undone visits kept but excluded from every count.
 */
public final class InMemoryVisitStore implements VisitStore {
    private final List<Visit> visits = new ArrayList<>();
    private final Set<String> undone = new HashSet<>();
    private final DatabaseSwitch database;

    public InMemoryVisitStore() {
        this(new DatabaseSwitch());
    }

    public InMemoryVisitStore(DatabaseSwitch database) {
        this.database = database;
    }

    public DatabaseSwitch database() {
        return database;
    }

    @Override
    public synchronized boolean add(Visit visit) {
        database.check();
        String key = visit.source().messageKey();
        if (visits.stream().anyMatch(v -> v.source().messageKey().equals(key))) {
            return false;
        }
        visits.add(visit);
        return true;
    }

    @Override
    public synchronized Map<PersonId, Long> countsByRep(String teamId, Period period) {
        database.check();
        return liveStream()
                .filter(v -> v.teamId().equals(teamId) && period.contains(v.date()))
                .collect(Collectors.groupingBy(Visit::rep, Collectors.counting()));
    }

    @Override
    public synchronized long countFor(PersonId rep, Period period) {
        database.check();
        return liveStream()
                .filter(v -> v.rep().equals(rep) && period.contains(v.date()))
                .count();
    }

    @Override
    public synchronized List<Visit> followUpsOn(PersonId rep, LocalDate day) {
        database.check();
        return liveStream()
                .filter(v -> v.rep().equals(rep) && day.equals(v.followUp()))
                .toList();
    }

    @Override
    public synchronized Optional<EntryRef> latestBy(PersonId author, Instant since) {
        database.check();
        return liveStream()
                .filter(v -> v.source().author().equals(author)
                        && !v.source().writtenAt().isBefore(since))
                .reduce((a, b) -> b.source().writtenAt().isBefore(a.source().writtenAt()) ? a : b)
                .map(v -> new EntryRef(EntryKind.VISIT, v.id(), v.source().writtenAt(), summary(v)));
    }

    @Override
    public synchronized boolean undo(EntryRef entry) {
        database.check();
        if (entry.kind() != EntryKind.VISIT || visits.stream().noneMatch(v -> v.id().equals(entry.id()))) {
            return false;
        }
        return undone.add(entry.id());
    }

    /** How undo names a visit: customer and date. */
    public static String summary(Visit visit) {
        return visit.customer() + ", " + visit.date();
    }

    /** Test view, works while the database is down: every visit ever added, undone ones included. */
    public synchronized List<Visit> all() {
        return List.copyOf(visits);
    }

    /** Test view: the visits that still count. */
    public synchronized List<Visit> live() {
        return liveStream().toList();
    }

    /** Test view: true when the visit with that id was undone. */
    public synchronized boolean isUndone(String id) {
        return undone.contains(id);
    }

    private Stream<Visit> liveStream() {
        return visits.stream().filter(v -> !undone.contains(v.id()));
    }
}
