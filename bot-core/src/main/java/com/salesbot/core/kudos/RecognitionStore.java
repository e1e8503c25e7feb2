package com.salesbot.core.kudos;

import com.salesbot.core.entry.UndoableStore;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import java.time.LocalDate;
import java.util.Map;

/** Port: kudos, kept once per source message; undone kudos stop counting. */
public interface RecognitionStore extends UndoableStore {
    /** Stores the kudos; false when its source message already stored one (nothing new written). */
    boolean add(Kudos kudos);

    /** How many recipients the giver has credited on that day (kudos to two people count two). */
    long givenOn(PersonId giver, LocalDate day);

    /** Kudos received per person of a team, dated in the period. */
    Map<PersonId, Long> receivedByPerson(String teamId, Period period);

    /** Kudos one person received, dated in the period. */
    long receivedBy(PersonId person, Period period);
}
