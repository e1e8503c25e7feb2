package com.salesbot.core.report;

import com.salesbot.core.entry.UndoableStore;
import com.salesbot.core.kernel.PersonId;
import java.time.LocalDate;
import java.util.Optional;

/** Port: daily reports, one live report per rep and date. */
public interface ReportStore extends UndoableStore {
    /** Saves the report as the rep's report of its date, replacing an earlier one of that date. */
    ReportOutcome save(DailyReport report);

    /** The rep's live report of that date. */
    Optional<DailyReport> find(PersonId rep, LocalDate date);
}
