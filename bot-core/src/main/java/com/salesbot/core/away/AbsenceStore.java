package com.salesbot.core.away;

import com.salesbot.core.kernel.PersonId;
import java.time.LocalDate;
import java.util.List;

/** Port: people's absences. A person may have several; they are away on any day one of them covers. */
public interface AbsenceStore {
    /** Nobody is ever away: for callers that do not track absences. */
    AbsenceStore NONE = new AbsenceStore() {
        @Override
        public void save(Absence absence) {}

        @Override
        public List<Absence> endingOnOrAfter(PersonId person, LocalDate day) {
            return List.of();
        }

        @Override
        public boolean remove(String id) {
            return false;
        }
    };

    /** Stores the absence, replacing one with the same id. */
    void save(Absence absence);

    /** The person's absences whose last day is {@code day} or later, earliest first. */
    List<Absence> endingOnOrAfter(PersonId person, LocalDate day);

    /** Deletes an absence; false when there was none with that id. */
    boolean remove(String id);

    /** True when the person is away on {@code day}. */
    default boolean isAway(PersonId person, LocalDate day) {
        return endingOnOrAfter(person, day).stream().anyMatch(a -> a.covers(day));
    }
}
