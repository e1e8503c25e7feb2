package com.salesbot.core.reminder;

import com.salesbot.core.away.AbsenceStore;
import com.salesbot.core.conversation.LanguageDetector;
import com.salesbot.core.conversation.OutboundChat;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.i18n.Messages;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.Person;
import com.salesbot.core.telemetry.Telemetry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Delivers reminders when they fall due, driven by the clock port: each {@link #tick()} turns reminders
 * due within the horizon into occurrences (one per recipient), then claims due occurrences one at a
 * time and sends them through the platform of the recipient. Claims and hand-outs are compare-and-set
 * operations in the store, so any number of schedulers may tick against one database.
 */
public final class Scheduler {
    private static final Logger LOG = Logger.getLogger(Scheduler.class.getName());
    private static final int BATCH = 200;
    private static final int MAX_BATCHES = 50;
    private static final int OCCURRENCES_PER_REMINDER = 1000;
    private static final int MAX_STEPS = 100_000;

    private final ReminderStore store;
    private final Directory directory;
    private final Map<String, OutboundChat> outbound = new LinkedHashMap<>();
    private final Messages messages;
    private final Clock clock;
    private final SchedulerSettings settings;
    private final String worker;
    private final Map<Reminder.Kind, ReminderComposer> composers = new EnumMap<>(Reminder.Kind.class);
    private final List<ReminderPlanner> planners;
    private final Telemetry telemetry;
    private final AbsenceStore absences;

    public Scheduler(
            ReminderStore store,
            Directory directory,
            List<OutboundChat> chats,
            Messages messages,
            Clock clock,
            SchedulerSettings settings,
            String worker) {
        this(store, directory, chats, messages, clock, settings, worker, List.of(), List.of());
    }

    /** With composers for reminders whose words are written when due, and planners run before each tick. */
    public Scheduler(
            ReminderStore store,
            Directory directory,
            List<OutboundChat> chats,
            Messages messages,
            Clock clock,
            SchedulerSettings settings,
            String worker,
            List<ReminderComposer> composers,
            List<ReminderPlanner> planners) {
        this(store, directory, chats, messages, clock, settings, worker, composers, planners, AbsenceStore.NONE);
    }

    /** With people's absences: follow-up nudges due while the rep is away wait for their return. */
    public Scheduler(
            ReminderStore store,
            Directory directory,
            List<OutboundChat> chats,
            Messages messages,
            Clock clock,
            SchedulerSettings settings,
            String worker,
            List<ReminderComposer> composers,
            List<ReminderPlanner> planners,
            AbsenceStore absences) {
        this(store, directory, chats, messages, clock, settings, worker, composers, planners, Telemetry.NONE, absences);
    }

    /** With a telemetry sink counting reminders sent, late, missed and failed, and people's absences. */
    public Scheduler(
            ReminderStore store,
            Directory directory,
            List<OutboundChat> chats,
            Messages messages,
            Clock clock,
            SchedulerSettings settings,
            String worker,
            List<ReminderComposer> composers,
            List<ReminderPlanner> planners,
            Telemetry telemetry,
            AbsenceStore absences) {
        this.telemetry = telemetry;
        this.absences = absences;
        for (ReminderComposer composer : composers) {
            this.composers.put(composer.kind(), composer);
        }
        this.planners = List.copyOf(planners);
        this.store = store;
        this.directory = directory;
        for (OutboundChat chat : chats) {
            outbound.put(chat.platform(), chat);
        }
        this.messages = messages;
        this.clock = clock;
        this.settings = settings;
        this.worker = worker;
    }

    /** Hands out and delivers everything due now; returns how many deliveries were attempted. */
    public int tick() {
        Instant now = clock.instant();
        for (ReminderPlanner planner : planners) {
            planner.plan(now);
        }
        materialise(now);
        return deliverDue(now);
    }

    /**
     * Delivers what earlier ticks handed out and is due now, without planning or handing out anything: one
     * claim scan when nothing is due, so a caller can run it several times a second between ticks and keep
     * the firing lag well under a second. Returns how many deliveries were attempted.
     */
    public int deliverDue() {
        return deliverDue(clock.instant());
    }

    private int deliverDue(Instant now) {
        int attempted = 0;
        Optional<Occurrence> claimed;
        while ((claimed = store.claim(now, worker, now.plus(settings.lease()))).isPresent()) {
            deliver(claimed.get(), now);
            attempted++;
        }
        return attempted;
    }

    /**
     * For a clock the caller controls (the console's {@code @time}, tests): moves it forward to
     * {@code target}, stopping at every moment something falls due on the way and ticking there, so
     * deliveries happen in order and each sees the time it was due. Returns the deliveries attempted.
     */
    public int advanceTo(Instant target, Consumer<Instant> setClock) {
        // Planned reminders (report prompts) must exist before the first due time is looked up.
        for (ReminderPlanner planner : planners) {
            planner.plan(clock.instant());
        }
        int attempted = 0;
        for (int step = 0; step < MAX_STEPS; step++) {
            Optional<Instant> next = store.nextDue();
            if (next.isEmpty() || next.get().isAfter(target)) {
                break;
            }
            if (next.get().isAfter(clock.instant())) {
                setClock.accept(next.get());
            }
            int done = tick();
            attempted += done;
            if (done == 0 && !store.nextDue().map(clock.instant()::isBefore).orElse(true)) {
                // Nothing could be done at this moment (a claim held by someone else): go on to the target.
                break;
            }
        }
        if (target.isAfter(clock.instant())) {
            setClock.accept(target);
        }
        return attempted + tick();
    }

    /** The earliest moment something is due, for a caller that moves a clock (the console's {@code @time}). */
    public Optional<Instant> nextDue() {
        return store.nextDue();
    }

    private void materialise(Instant now) {
        Instant horizon = now.plus(settings.horizon());
        Instant tooLate = now.minus(settings.maxLateness());
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            List<Reminder> due = store.dueBy(horizon, BATCH);
            for (Reminder reminder : due) {
                handOut(reminder, horizon, tooLate);
            }
            if (due.size() < BATCH) {
                return;
            }
        }
    }

    /**
     * Writes the reminder's occurrences up to the horizon, then moves its next due time past them. The
     * occurrences go first: if this scheduler stops in between, the next tick writes the same ids again
     * (which changes nothing) and moves the reminder on, so no occurrence is lost or doubled.
     */
    private void handOut(Reminder reminder, Instant horizon, Instant tooLate) {
        Instant expected = reminder.nextDue();
        Instant next = expected;
        for (int n = 0; next != null && !next.isAfter(horizon) && n < OCCURRENCES_PER_REMINDER; n++) {
            for (int i = 0; i < reminder.recipients().size(); i++) {
                if (next.isBefore(tooLate)) {
                    if (store.addOccurrence(Occurrence.missed(reminder.id(), i, next))) {
                        telemetry.reminderMissed();
                        LOG.warning("reminder " + reminder.id() + " due " + next
                                + " was missed: found later than the allowed lateness");
                    }
                } else {
                    store.addOccurrence(Occurrence.pending(reminder.id(), i, next));
                }
            }
            next = reminder.occurrenceAfter(next).orElse(null);
        }
        store.advance(reminder.id(), expected, next);
    }

    private void deliver(Occurrence occurrence, Instant now) {
        Optional<Reminder> found = store.find(occurrence.reminderId());
        if (found.isEmpty() || found.get().status() == Reminder.Status.CANCELLED) {
            store.markFinal(occurrence.id(), Occurrence.Status.CANCELLED, occurrence.attempts(), null);
            return;
        }
        Reminder reminder = found.get();
        Optional<Instant> heldUntil = heldWhileAway(reminder, occurrence, now);
        if (heldUntil.isPresent()) {
            // Not a failed try: the attempt count stays, only the time moves.
            store.markRetry(occurrence.id(), occurrence.attempts(), heldUntil.get(), "held: recipient away");
            return;
        }
        int attempts = occurrence.attempts() + 1;
        try {
            if (send(reminder, occurrence, now)) {
                store.markSent(occurrence.id(), now);
                telemetry.reminderSent(Duration.between(occurrence.due(), now));
            } else {
                store.markFinal(occurrence.id(), Occurrence.Status.SKIPPED, occurrence.attempts(), null);
            }
        } catch (UndeliverableException e) {
            LOG.warning("reminder " + reminder.id() + " cannot be delivered: " + e.getMessage());
            store.markFinal(occurrence.id(), Occurrence.Status.FAILED, attempts, e.getMessage());
            telemetry.reminderFailed();
        } catch (RuntimeException e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (attempts >= settings.maxAttempts()) {
                LOG.warning("reminder " + reminder.id() + " failed after " + attempts + " tries: " + error);
                store.markFinal(occurrence.id(), Occurrence.Status.FAILED, attempts, error);
                telemetry.reminderFailed();
            } else {
                Duration wait = settings.backoff().multipliedBy(1L << Math.min(attempts - 1, 20));
                store.markRetry(occurrence.id(), attempts, now.plus(wait), error);
            }
        }
    }

    /**
     * A follow-up nudge to a rep who is away today is held until the next nudge time (09:00 local):
     * checked again each morning, so it arrives on the first morning back, late with a note, never dropped.
     */
    private Optional<Instant> heldWhileAway(Reminder reminder, Occurrence occurrence, Instant now) {
        if (reminder.kind() != Reminder.Kind.FOLLOW_UP
                || !(reminder.recipients().get(occurrence.recipientIndex()) instanceof Recipient.Person to)) {
            return Optional.empty();
        }
        Optional<Person> person = directory.byId(to.id());
        if (person.isEmpty()) {
            return Optional.empty();
        }
        ZonedDateTime local = now.atZone(person.get().zone());
        LocalDate today = local.toLocalDate();
        if (!absences.isAway(to.id(), today)) {
            return Optional.empty();
        }
        ZonedDateTime nextMorning = today.atTime(FollowUpReminders.NUDGE_TIME).atZone(local.getZone());
        if (!nextMorning.isAfter(local)) {
            nextMorning = today.plusDays(1).atTime(FollowUpReminders.NUDGE_TIME).atZone(local.getZone());
        }
        return Optional.of(nextMorning.toInstant());
    }

    /** Sends the occurrence; false when its composer had nothing to say this time. */
    private boolean send(Reminder reminder, Occurrence occurrence, Instant now) {
        Recipient recipient = reminder.recipients().get(occurrence.recipientIndex());
        Person owner = directory.byId(reminder.owner()).orElse(null);
        if (recipient instanceof Recipient.Person to) {
            Person person =
                    directory.byId(to.id()).orElseThrow(() -> new UndeliverableException("unknown person " + to.id()));
            String identity = person.identities().stream()
                    .filter(id -> outbound.containsKey(platformOf(id)))
                    .findFirst()
                    .orElseThrow(() -> new UndeliverableException("no served platform for " + person.id()));
            Optional<Reply> reply = reminder.kind() == Reminder.Kind.NOTE || reminder.kind() == Reminder.Kind.FOLLOW_UP
                    ? Optional.of(text(reminder, occurrence, now, person.lang(), owner, person))
                    : composed(reminder, person, occurrence);
            if (reply.isEmpty()) {
                return false;
            }
            outbound.get(platformOf(identity)).sendDirect(identity, reply.get());
            return true;
        } else if (recipient instanceof Recipient.Channel channel) {
            OutboundChat chat = outbound.get(channel.platform());
            if (chat == null) {
                throw new UndeliverableException("platform not served: " + channel.platform());
            }
            // A channel has no language of its own: the reminder's words show the one its team speaks there.
            Lang lang = LanguageDetector.detect(reminder.text());
            if (composers.get(reminder.kind()) instanceof ChannelPoster poster) {
                return poster.post(reminder, channel, chat, occurrence.due(), lang);
            }
            Optional<Reply> reply;
            if (reminder.kind() == Reminder.Kind.NOTE || reminder.kind() == Reminder.Kind.FOLLOW_UP) {
                reply = Optional.of(text(reminder, occurrence, now, lang, owner, null));
            } else {
                // Composers write for a person: in a channel the one who set it stands in, in that language.
                if (owner == null) {
                    throw new UndeliverableException("unknown owner " + reminder.owner());
                }
                reply = composed(reminder, inLanguage(owner, lang), occurrence);
            }
            if (reply.isEmpty()) {
                return false;
            }
            chat.postToChannel(channel.workspace(), channel.channel(), null, reply.get());
        }
        return true;
    }

    private static Person inLanguage(Person person, Lang lang) {
        return new Person(
                person.id(),
                person.displayName(),
                person.teamId(),
                person.role(),
                person.zone(),
                lang,
                person.identities());
    }

    private Optional<Reply> composed(Reminder reminder, Person person, Occurrence occurrence) {
        ReminderComposer composer = composers.get(reminder.kind());
        if (composer == null) {
            throw new UndeliverableException("no composer for " + reminder.kind());
        }
        return composer.compose(reminder, person, occurrence.due());
    }

    private Reply text(Reminder reminder, Occurrence occurrence, Instant now, Lang lang, Person owner, Person to) {
        boolean fromSomeoneElse = owner != null && (to == null || !owner.id().equals(to.id()));
        String text = fromSomeoneElse
                ? messages.get(
                        lang,
                        to == null ? "reminder.deliver_channel" : "reminder.deliver_from",
                        reminder.text(),
                        owner.displayName())
                : messages.get(lang, "reminder.deliver", reminder.text());
        if (Duration.between(occurrence.due(), now).compareTo(settings.lateNoteAfter()) > 0) {
            ZonedDateTime dueAt = occurrence.due().atZone(to != null ? to.zone() : reminder.zone());
            String due = ReminderFormat.time(dueAt, lang);
            boolean held = reminder.kind() == Reminder.Kind.FOLLOW_UP
                    && to != null
                    && absences.isAway(to.id(), dueAt.toLocalDate());
            text = text
                    + (lang == Lang.ZH ? "" : " ")
                    + messages.get(lang, held ? "reminder.held" : "reminder.late", due);
        }
        return Reply.text(text);
    }

    private static String platformOf(String identity) {
        int colon = identity.indexOf(':');
        return colon < 0 ? identity : identity.substring(0, colon);
    }

    /** A delivery that no retry can fix: the person or the platform is not known. */
    private static final class UndeliverableException extends RuntimeException {
        UndeliverableException(String message) {
            super(message);
        }
    }
}
