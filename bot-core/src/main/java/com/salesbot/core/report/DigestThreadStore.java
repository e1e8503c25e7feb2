package com.salesbot.core.report;

import com.salesbot.core.kernel.PersonId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Port: each team's digest thread per day, and which reps already have their line in it, so another
 * instance, or this one after a restart, adds a late report to the right thread exactly once.
 */
public interface DigestThreadStore {
    /** Records the day's thread of a team; false when one was recorded already (nothing written). */
    boolean open(DigestThread thread);

    /** The team's thread for that day, once its summary was posted. */
    Optional<DigestThread> find(String teamId, LocalDate day);

    /** Claims the rep's line in the day's thread; false when it was claimed before (or there is no thread). */
    boolean claimLine(String teamId, LocalDate day, PersonId rep);

    /** Gives back a claimed line whose post failed, so the next try posts it. */
    void releaseLine(String teamId, LocalDate day, PersonId rep);
}
