package com.salesbot.core.reminder;

import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Source;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something to say to some recipients at a local time in a zone, once or by a recurrence.
 *
 * @param id short and unique; people cancel by it
 * @param owner who set it (only they can cancel it)
 * @param anchor the first occurrence, local to {@code zone}; it fixes the time of day
 * @param recurrence null for a one-off reminder
 * @param nextDue the next occurrence not yet handed to the scheduler, or null when none is left
 */
public record Reminder(
        String id,
        PersonId owner,
        String teamId,
        String text,
        List<Recipient> recipients,
        ZoneId zone,
        LocalDateTime anchor,
        Recurrence recurrence,
        Instant nextDue,
        Status status,
        Source source,
        Kind kind) {
    /** What the reminder says: its own text, or a message composed when it is due (a report prompt). */
    public enum Kind {
        NOTE,
        REPORT_PROMPT,
        RISK_DIGEST,
        /** A visit's follow-up nudge: its own text, held back while the rep is away. */
        FOLLOW_UP,
        /** A manager's daily digest of the team's reports, composed when due. */
        DIGEST,
        /** A tip or quiz; the text is the training item's id (issue 7). */
        TRAINING,
        /**
         * A team meeting's agenda, composed when due from last week's numbers and deal moves; it is due
         * {@link Reminder#AGENDA_LEAD} before the meeting, and its text names the meeting.
         */
        AGENDA
    }

    /** How long before its meeting an agenda is posted. */
    public static final Duration AGENDA_LEAD = Duration.ofMinutes(15);

    /** ACTIVE until its last occurrence is handed out (DONE) or its owner cancels it. */
    public enum Status {
        ACTIVE,
        DONE,
        CANCELLED
    }

    public Reminder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(text, "text");
        recipients = List.copyOf(recipients);
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("a reminder needs a recipient");
        }
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        if (status == Status.ACTIVE && nextDue == null) {
            throw new IllegalArgumentException("an active reminder needs its next due time");
        }
    }

    /** A new active reminder whose first occurrence is the anchor itself, or the rule's first one after it. */
    public static Reminder create(
            String id,
            PersonId owner,
            String teamId,
            String text,
            List<Recipient> recipients,
            ZoneId zone,
            LocalDateTime anchor,
            Recurrence recurrence,
            Source source) {
        LocalDateTime first = recurrence == null
                ? anchor
                : recurrence.firstOnOrAfter(anchor, anchor).orElse(anchor);
        return new Reminder(
                id,
                owner,
                teamId,
                text,
                recipients,
                zone,
                first,
                recurrence,
                instantOf(first, zone),
                Status.ACTIVE,
                source,
                Kind.NOTE);
    }

    /**
     * The first occurrence strictly after {@code after}, or empty for a one-off reminder. Occurrences
     * are local times: a time the zone skips (spring forward) moves forward by the gap, a time it
     * repeats (fall back) is the first of the two.
     */
    public Optional<Instant> occurrenceAfter(Instant after) {
        if (recurrence == null) {
            return Optional.empty();
        }
        LocalDateTime from = LocalDateTime.ofInstant(after, zone);
        for (int guard = 0; guard < 1000; guard++) {
            Optional<LocalDateTime> local = recurrence.firstOnOrAfter(anchor, from);
            if (local.isEmpty()) {
                return Optional.empty();
            }
            Instant candidate = instantOf(local.get(), zone);
            if (candidate.isAfter(after)) {
                return Optional.of(candidate);
            }
            from = local.get().plusMinutes(1);
        }
        return Optional.empty();
    }

    /** The same reminder with another status and next due time. */
    public Reminder advancedTo(Instant next) {
        return new Reminder(
                id,
                owner,
                teamId,
                text,
                recipients,
                zone,
                anchor,
                recurrence,
                next,
                next == null ? Status.DONE : status,
                source,
                kind);
    }

    /** The same reminder with another status. */
    public Reminder withStatus(Status newStatus) {
        return new Reminder(
                id, owner, teamId, text, recipients, zone, anchor, recurrence, nextDue, newStatus, source, kind);
    }

    /** The same reminder of another kind. */
    public Reminder withKind(Kind newKind) {
        return new Reminder(
                id, owner, teamId, text, recipients, zone, anchor, recurrence, nextDue, status, source, newKind);
    }

    /** When the meeting of an occurrence due at {@code due} starts: {@link #AGENDA_LEAD} later for an agenda. */
    public Instant meetingTime(Instant due) {
        return kind == Kind.AGENDA ? due.plus(AGENDA_LEAD) : due;
    }

    /** The local time of an instant in this reminder's zone. */
    public ZonedDateTime local(Instant instant) {
        return instant.atZone(zone);
    }

    /** The daylight-saving rule: a skipped local time moves forward by the gap, a repeated one takes the first. */
    public static Instant instantOf(LocalDateTime local, ZoneId zone) {
        // ofLocal with no preferred offset does exactly that: the earlier offset in an overlap, a shift
        // by the gap's length in a gap.
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
    }
}
