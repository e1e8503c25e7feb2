package com.salesbot.core.meeting;

import com.salesbot.core.conversation.Reply;
import com.salesbot.core.deal.Deal;
import com.salesbot.core.deal.DealStage;
import com.salesbot.core.deal.DealStore;
import com.salesbot.core.deal.StageEntry;
import com.salesbot.core.i18n.Messages;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.milestone.RecognitionSettings;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.Person;
import com.salesbot.core.people.Team;
import com.salesbot.core.ranking.MetricFormat;
import com.salesbot.core.reminder.Reminder;
import com.salesbot.core.reminder.ReminderComposer;
import com.salesbot.core.stats.StatsStore;
import com.salesbot.core.stats.Tally;
import com.salesbot.core.target.Target;
import com.salesbot.core.target.TargetStore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a team meeting's agenda when its reminder falls due ({@link Reminder#AGENDA_LEAD} before the
 * meeting): when the meeting starts, last week's visits, won deals and sales per rep with the team's total,
 * and the deals that changed stage last week. Written at that moment, so it shows the numbers as they are.
 * A team that hides figures (as its shout-outs do) sees each rep's % of their sales target instead.
 */
public final class MeetingAgenda implements ReminderComposer {
    /** More deal moves than this are summed up in one line, so the post stays readable. */
    static final int MAX_DEAL_LINES = 10;

    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    private final Directory directory;
    private final StatsStore stats;
    private final DealStore deals;
    private final Messages messages;
    private final TargetStore targets;
    private final RecognitionSettings settings;

    public MeetingAgenda(
            Directory directory,
            StatsStore stats,
            DealStore deals,
            Messages messages,
            TargetStore targets,
            RecognitionSettings settings) {
        this.directory = directory;
        this.stats = stats;
        this.deals = deals;
        this.messages = messages;
        this.targets = targets;
        this.settings = settings;
    }

    @Override
    public Reminder.Kind kind() {
        return Reminder.Kind.AGENDA;
    }

    @Override
    public Optional<Reply> compose(Reminder reminder, Person recipient, Instant due) {
        Lang lang = recipient.lang();
        ZonedDateTime meeting = reminder.meetingTime(due).atZone(recipient.zone());
        // Weeks start on Monday: "last week" is the whole week before the meeting's, as the NLU reads it.
        Period lastWeek = Period.weekOf(meeting.toLocalDate().minusWeeks(1));
        List<String> lines = new ArrayList<>();
        lines.add(messages.get(lang, "agenda.head", reminder.text(), HOUR_MINUTE.format(meeting)));
        if (settings.hidesFigures(reminder.teamId())) {
            lines.add(messages.get(lang, "agenda.numbers_hidden", lastWeek.start(), lastWeek.end()));
            lines.addAll(percentOfTarget(reminder.teamId(), lastWeek, lang));
        } else {
            lines.add(messages.get(lang, "agenda.numbers", lastWeek.start(), lastWeek.end()));
            lines.addAll(numbers(reminder.teamId(), lastWeek, lang));
        }
        lines.addAll(dealMoves(reminder.teamId(), lastWeek, reminder.zone(), lang));
        return Optional.of(Reply.text(String.join("\n", lines)));
    }

    private List<String> numbers(String teamId, Period week, Lang lang) {
        String currency = directory.team(teamId).map(Team::currency).orElse("USD");
        List<Person> reps = reps(teamId);
        if (reps.isEmpty()) {
            return List.of(messages.get(lang, "agenda.no_reps"));
        }
        Map<PersonId, Tally> byRep = stats.byRep(teamId, week);
        List<String> lines = new ArrayList<>();
        Tally total = Tally.NONE;
        for (Person rep : reps) {
            Tally tally = byRep.getOrDefault(rep.id(), Tally.NONE);
            total = total.plus(tally);
            lines.add(line(lang, "agenda.rep", rep.displayName(), tally, currency));
        }
        lines.add(line(lang, "agenda.total", null, total, currency));
        return lines;
    }

    /** Each rep's progress on the sales target covering the end of the week: a share, never an amount. */
    private List<String> percentOfTarget(String teamId, Period week, Lang lang) {
        List<Person> reps = reps(teamId);
        if (reps.isEmpty()) {
            return List.of(messages.get(lang, "agenda.no_reps"));
        }
        List<String> lines = new ArrayList<>();
        for (Person rep : reps) {
            Optional<Target> target = targets.covering(rep.id(), Metric.SALES, week.end()).stream()
                    .findFirst()
                    .filter(t -> t.amount().signum() > 0);
            lines.add(target.map(t -> messages.get(
                            lang,
                            "agenda.rep_percent",
                            rep.displayName(),
                            percent(stats.forRep(rep.id(), t.period()).sales(), t.amount())))
                    .orElseGet(() -> messages.get(lang, "agenda.rep_no_target", rep.displayName())));
        }
        return lines;
    }

    private static int percent(BigDecimal achieved, BigDecimal target) {
        return achieved.multiply(BigDecimal.valueOf(100))
                .divide(target, 0, RoundingMode.DOWN)
                .intValue();
    }

    private List<Person> reps(String teamId) {
        return directory.members(teamId).stream()
                .filter(p -> p.role() == Role.REP)
                .sorted(Comparator.comparing(Person::displayName))
                .toList();
    }

    private String line(Lang lang, String key, String name, Tally tally, String currency) {
        String sales = MetricFormat.display(Metric.SALES, tally.sales(), currency);
        return name == null
                ? messages.get(lang, key, tally.visits(), tally.deals(), sales)
                : messages.get(lang, key, name, tally.visits(), tally.deals(), sales);
    }

    private List<String> dealMoves(String teamId, Period week, ZoneId zone, Lang lang) {
        List<Move> moves = new ArrayList<>();
        for (Deal deal : deals.ofTeam(teamId)) {
            move(deal, week, zone).ifPresent(moves::add);
        }
        if (moves.isEmpty()) {
            return List.of(messages.get(lang, "agenda.no_deals"));
        }
        moves.sort(Comparator.comparing(Move::owner).thenComparing(Move::customer));
        List<String> lines = new ArrayList<>();
        lines.add(messages.get(lang, "agenda.deals"));
        for (Move m : moves.subList(0, Math.min(moves.size(), MAX_DEAL_LINES))) {
            String to = messages.get(lang, m.to().messageKey());
            lines.add(
                    m.from() == null
                            ? messages.get(lang, "agenda.deal_new", m.customer(), m.owner(), to)
                            : messages.get(
                                    lang,
                                    "agenda.deal_moved",
                                    m.customer(),
                                    m.owner(),
                                    messages.get(lang, m.from().messageKey()),
                                    to));
        }
        if (moves.size() > MAX_DEAL_LINES) {
            lines.add(messages.get(lang, "agenda.more_deals", moves.size() - MAX_DEAL_LINES));
        }
        return lines;
    }

    /**
     * The deal's stage before the week and at its end, when it moved during the week and ended somewhere
     * else; a deal first entered that week moved from nothing. Undone moves do not count.
     */
    private Optional<Move> move(Deal deal, Period week, ZoneId zone) {
        List<StageEntry> live = deal.live();
        int first = -1;
        int last = -1;
        for (int i = 0; i < live.size(); i++) {
            LocalDate day = live.get(i).enteredAt().atZone(zone).toLocalDate();
            if (week.contains(day)) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return Optional.empty();
        }
        DealStage from = first == 0 ? null : live.get(first - 1).stage();
        DealStage to = live.get(last).stage();
        if (from == to) {
            return Optional.empty();
        }
        String owner = directory
                .byId(deal.owner())
                .map(Person::displayName)
                .orElse(deal.owner().value());
        return Optional.of(new Move(deal.customer(), owner, from, to));
    }

    /** One deal's change over the week; {@code from} is null for a deal that is new. */
    private record Move(String customer, String owner, DealStage from, DealStage to) {}
}
