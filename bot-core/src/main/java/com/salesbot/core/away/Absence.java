package com.salesbot.core.away;

import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Source;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A stretch of days a person is away, both ends inclusive and local to the person. The id comes from
 * the message that set it, so a second delivery of that message stores nothing new.
 */
public record Absence(String id, PersonId person, String teamId, Period days, Source source) {
    public Absence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(source, "source");
    }

    /** True when the person is away on {@code day}. */
    public boolean covers(LocalDate day) {
        return days.contains(day);
    }

    /** The first day back: the day after the last day away. */
    public LocalDate firstDayBack() {
        return days.end().plusDays(1);
    }

    /** The same absence ending on {@code lastDay} instead. */
    public Absence endingOn(LocalDate lastDay) {
        return new Absence(id, person, teamId, new Period(days.start(), lastDay), source);
    }
}
