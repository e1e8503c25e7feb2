package com.salesbot.core.report;

import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Source;
import java.time.LocalDate;
import java.util.Objects;

/** A rep's end-of-day report for one date. */
public record DailyReport(String id, PersonId rep, String teamId, LocalDate date, String text, Source source) {
    public DailyReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rep, "rep");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
    }
}
