package com.salesbot.core.reminder;

import com.salesbot.core.kernel.PersonId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: reminders and their occurrences. Every state change the scheduler makes is a compare-and-set
 * on one record, so several schedulers on one database never hand out or deliver an occurrence twice.
 */
public interface ReminderStore {
    /** Stores a new reminder; false when its source message already stored one (nothing written). */
    boolean add(Reminder reminder);

    Optional<Reminder> find(String id);

    /** Active reminders the person set or receives, soonest first. */
    List<Reminder> activeFor(PersonId person);

    /** Cancels an active reminder and its undelivered occurrences; false when it was not active. */
    boolean cancel(String id);

    /** Active reminders whose next occurrence is due at or before {@code horizon}, at most {@code limit}. */
    List<Reminder> dueBy(Instant horizon, int limit);

    /**
     * Moves a reminder's next due time from {@code expected} to {@code next} (null: no occurrence left,
     * the reminder is done). False when another scheduler moved it first or it was cancelled.
     */
    boolean advance(String id, Instant expected, Instant next);

    /** Stores an occurrence; false when one with its id exists (someone materialised it first). */
    boolean addOccurrence(Occurrence occurrence);

    /**
     * Atomically claims the earliest occurrence that may be tried at {@code now}: a pending one, or one
     * whose previous claimant's lease ran out. The claim lasts until {@code leaseUntil}.
     */
    Optional<Occurrence> claim(Instant now, String worker, Instant leaseUntil);

    /** Records a delivered occurrence. */
    void markSent(String occurrenceId, Instant at);

    /** Puts a failed attempt back to pending, to be tried again at {@code retryAt}. */
    void markRetry(String occurrenceId, int attempts, Instant retryAt, String error);

    /** Records an occurrence that will not be delivered (failed for good, or its reminder cancelled). */
    void markFinal(String occurrenceId, Occurrence.Status status, int attempts, String error);

    /** The earliest time anything is due: an active reminder's next occurrence or a pending try. */
    Optional<Instant> nextDue();

    /** Occurrences that failed for good or were missed, newest first, for admins. */
    List<Occurrence> problems(int limit);
}
