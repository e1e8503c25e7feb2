package com.salesbot.core.report;

import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Source;
import java.time.LocalDate;
import java.util.Objects;

/** A rep's end-of-day report for one date; {@code late} when sent for an earlier day or after the team's cut-off. */
public record DailyReport(
        String id, PersonId rep, String teamId, LocalDate date, String text, Source source, boolean late) {
    /** A report sent on time. */
    public DailyReport(String id, PersonId rep, String teamId, LocalDate date, String text, Source source) {
        this(id, rep, teamId, date, text, source, false);
    }

    public DailyReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rep, "rep");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
    }
}
