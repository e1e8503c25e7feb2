package com.salesbot.core.fakes;

import com.salesbot.core.competitor.CompetitorNote;
import com.salesbot.core.competitor.CompetitorNoteStore;
import com.salesbot.core.customer.RecordScope;
import com.salesbot.core.entry.EntryKind;
import com.salesbot.core.entry.EntryRef;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@link CompetitorNoteStore} in memory: once per source message, undone notes kept but not listed. */
public final class InMemoryCompetitorNoteStore implements CompetitorNoteStore {
    private final List<CompetitorNote> notes = new ArrayList<>();
    private final Set<String> undone = new HashSet<>();
    private final DatabaseSwitch database;

    public InMemoryCompetitorNoteStore(DatabaseSwitch database) {
        this.database = database;
    }

    @Override
    public synchronized boolean add(CompetitorNote note) {
        database.check();
        if (notes.stream()
                .anyMatch(n -> n.source().messageKey().equals(note.source().messageKey()))) {
            return false;
        }
        notes.add(note);
        return true;
    }

    @Override
    public synchronized List<CompetitorNote> inPeriod(RecordScope scope, Period period) {
        database.check();
        return notes.stream()
                .filter(n -> !undone.contains(n.id()))
                .filter(n -> scope.includes(n.author(), n.teamId()) && period.contains(n.date()))
                .sorted(Comparator.comparing(CompetitorNote::date))
                .toList();
    }

    @Override
    public synchronized Optional<EntryRef> latestBy(PersonId author, Instant since) {
        database.check();
        return notes.stream()
                .filter(n -> !undone.contains(n.id()) && n.author().equals(author))
                .filter(n -> !n.source().writtenAt().isBefore(since))
                .max(Comparator.comparing(n -> n.source().writtenAt()))
                .map(n -> new EntryRef(
                        EntryKind.COMPETITOR_NOTE, n.id(), n.source().writtenAt(), n.competitor()));
    }

    @Override
    public synchronized boolean undo(EntryRef entry) {
        database.check();
        return notes.stream().anyMatch(n -> n.id().equals(entry.id())) && undone.add(entry.id());
    }

    /** Test view: every note ever added. */
    public synchronized List<CompetitorNote> all() {
        return List.copyOf(notes);
    }
}
