package com.salesbot.core.reminder;

import com.salesbot.core.i18n.Messages;
import com.salesbot.core.kernel.Source;
import com.salesbot.core.kernel.StoreUnavailableException;
import com.salesbot.core.people.Person;
import com.salesbot.core.visit.FollowUps;
import com.salesbot.core.visit.Visit;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * Turns a visit's follow-up date into a one-off reminder: a direct message to the rep at 09:00 their
 * time that day, naming the customer and quoting the visit's note. It rides on the reminder scheduler,
 * so it is delivered exactly once, in the rep's zone, late with a note after downtime.
 */
public final class FollowUpReminders implements FollowUps {
    /** When the nudge comes, in the rep's zone. */
    public static final LocalTime NUDGE_TIME = LocalTime.of(9, 0);

    private static final Logger LOG = Logger.getLogger(FollowUpReminders.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NOTE_LENGTH = 120;

    private final ReminderStore reminders;
    private final Messages messages;
    private final Clock clock;

    public FollowUpReminders(ReminderStore reminders, Messages messages, Clock clock) {
        this.reminders = reminders;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void plan(Visit visit, Person rep) {
        Reminder nudge = Reminder.create(
                        String.format("%012d", RANDOM.nextLong(1_000_000_000_000L)),
                        rep.id(),
                        visit.teamId(),
                        messages.get(rep.lang(), "followup.nudge", visit.customer(), shortened(visit.notes())),
                        List.of(new Recipient.Person(rep.id())),
                        rep.zone(),
                        visit.followUp().atTime(NUDGE_TIME),
                        null,
                        // Keyed by the visit's message, so a second delivery of that message plans nothing new.
                        new Source(
                                rep.id(),
                                visit.source().messageKey() + "#follow-up",
                                visit.source().writtenAt()))
                .withKind(Reminder.Kind.FOLLOW_UP);
        if (!nudge.nextDue().isAfter(clock.instant())) {
            // A follow-up today after 09:00: the rep has just written it down; no nudge needed.
            return;
        }
        try {
            reminders.add(nudge);
        } catch (StoreUnavailableException e) {
            // The visit itself is stored; losing the nudge must not make the rep think the visit was lost.
            LOG.warning("follow-up nudge for visit " + visit.id() + " not planned: " + e.getMessage());
        }
    }

    private static String shortened(String note) {
        String oneLine = note.replaceAll("\\s+", " ").strip();
        if (oneLine.codePointCount(0, oneLine.length()) <= NOTE_LENGTH) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, NOTE_LENGTH - 1)) + "…";
    }
}
