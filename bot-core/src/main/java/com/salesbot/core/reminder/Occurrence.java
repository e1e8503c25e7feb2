package com.salesbot.core.reminder;

import java.time.Instant;
import java.util.Objects;

/**
 * One delivery of a reminder to one recipient at one due time. Its id is made of the reminder, the
 * due time and the recipient's position, so materialising the same occurrence twice yields the same id.
 *
 * @param notBefore when it may be (re)tried: the due time, later after a failed attempt
 * @param lastError why the last attempt failed, or null
 */
public record Occurrence(
        String id,
        String reminderId,
        int recipientIndex,
        Instant due,
        Status status,
        int attempts,
        Instant notBefore,
        String lastError) {
    /** PENDING until claimed (SENDING), then SENT, FAILED after the last try, or MISSED when too late. */
    public enum Status {
        PENDING,
        SENDING,
        SENT,
        FAILED,
        MISSED,
        CANCELLED,
        /** Nothing to say this time (a report prompt to someone who already reported). */
        SKIPPED
    }

    public Occurrence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reminderId, "reminderId");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(notBefore, "notBefore");
    }

    /** A pending occurrence, due at {@code due}. */
    public static Occurrence pending(String reminderId, int recipientIndex, Instant due) {
        return new Occurrence(
                idOf(reminderId, due, recipientIndex), reminderId, recipientIndex, due, Status.PENDING, 0, due, null);
    }

    /** An occurrence that was already too late to deliver when it was found; kept so it is visible. */
    public static Occurrence missed(String reminderId, int recipientIndex, Instant due) {
        return new Occurrence(
                idOf(reminderId, due, recipientIndex),
                reminderId,
                recipientIndex,
                due,
                Status.MISSED,
                0,
                due,
                "later than the allowed lateness");
    }

    /** "reminder|epoch-millis|recipient": deterministic, so two schedulers agree on it. */
    public static String idOf(String reminderId, Instant due, int recipientIndex) {
        return reminderId + "|" + due.toEpochMilli() + "|" + recipientIndex;
    }
}
