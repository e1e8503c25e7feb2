package com.salesbot.core.fakes;

import com.salesbot.core.entry.EntryKind;
import com.salesbot.core.entry.EntryRef;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.report.DailyReport;
import com.salesbot.core.report.ReportOutcome;
import com.salesbot.core.report.ReportStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@link ReportStore} in memory: one live report per rep and date. A later report of the same date
 * replaces the live one ({@link ReportOutcome#REPLACED}); the same source message again changes nothing
 * ({@link ReportOutcome#DUPLICATE}). Replaced and undone reports are kept but are no longer live;
 * undoing a replacement does not bring the earlier report back.
 */
public final class InMemoryReportStore implements ReportStore {
    private final List<DailyReport> reports = new ArrayList<>();
    private final Set<String> replaced = new HashSet<>();
    private final Set<String> undone = new HashSet<>();
    private final DatabaseSwitch database;

    public InMemoryReportStore() {
        this(new DatabaseSwitch());
    }

    public InMemoryReportStore(DatabaseSwitch database) {
        this.database = database;
    }

    public DatabaseSwitch database() {
        return database;
    }

    @Override
    public synchronized ReportOutcome save(DailyReport report) {
        database.check();
        String key = report.source().messageKey();
        if (reports.stream().anyMatch(r -> r.source().messageKey().equals(key))) {
            return ReportOutcome.DUPLICATE;
        }
        Optional<DailyReport> earlier = liveOf(report.rep(), report.date());
        earlier.ifPresent(r -> replaced.add(r.id()));
        reports.add(report);
        return earlier.isPresent() ? ReportOutcome.REPLACED : ReportOutcome.CREATED;
    }

    @Override
    public synchronized Optional<DailyReport> find(PersonId rep, LocalDate date) {
        database.check();
        return liveOf(rep, date);
    }

    @Override
    public synchronized Optional<EntryRef> latestBy(PersonId author, Instant since) {
        database.check();
        return liveStream()
                .filter(r -> r.source().author().equals(author)
                        && !r.source().writtenAt().isBefore(since))
                .reduce((a, b) -> b.source().writtenAt().isBefore(a.source().writtenAt()) ? a : b)
                .map(r -> new EntryRef(EntryKind.REPORT, r.id(), r.source().writtenAt(), summary(r)));
    }

    @Override
    public synchronized boolean undo(EntryRef entry) {
        database.check();
        if (entry.kind() != EntryKind.REPORT || liveStream().noneMatch(r -> r.id().equals(entry.id()))) {
            return false;
        }
        return undone.add(entry.id());
    }

    /** How undo names a report: its date. */
    public static String summary(DailyReport report) {
        return report.date().toString();
    }

    /** Test view, works while the database is down: every report ever saved. */
    public synchronized List<DailyReport> all() {
        return List.copyOf(reports);
    }

    /** Test view: the live reports (neither replaced nor undone). */
    public synchronized List<DailyReport> live() {
        return liveStream().toList();
    }

    private Optional<DailyReport> liveOf(PersonId rep, LocalDate date) {
        return liveStream()
                .filter(r -> r.rep().equals(rep) && r.date().equals(date))
                .findFirst();
    }

    private Stream<DailyReport> liveStream() {
        return reports.stream().filter(r -> !replaced.contains(r.id()) && !undone.contains(r.id()));
    }
}
