package com.salesbot.core.visit;

import com.salesbot.core.entry.UndoableStore;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Port: visits, kept once per source message. */
public interface VisitStore extends UndoableStore {
    /** Stores the visit; false when its source message already stored one (nothing new written). */
    boolean add(Visit visit);

    /** Visits per rep of a team with a date in the period, undone ones excluded. */
    Map<PersonId, Long> countsByRep(String teamId, Period period);

    /** One rep's visits with a date in the period, undone ones excluded. */
    long countFor(PersonId rep, Period period);

    /** One rep's visits whose follow-up date is {@code day}, undone ones excluded. */
    List<Visit> followUpsOn(PersonId rep, LocalDate day);
}
