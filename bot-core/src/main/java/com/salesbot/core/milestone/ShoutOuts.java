package com.salesbot.core.milestone;

import com.salesbot.core.chart.Chart;
import com.salesbot.core.chart.ChartRenderer;
import com.salesbot.core.conversation.Announcements;
import com.salesbot.core.conversation.Block;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.i18n.Messages;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.Person;
import com.salesbot.core.people.Team;
import com.salesbot.core.ranking.MetricFormat;
import com.salesbot.core.ranking.Scoreboard;
import com.salesbot.core.target.Target;
import com.salesbot.core.target.TargetStore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Automatic shout-outs of top performers. There is no timer here: the scheduler calls
 * {@link #postDue(Instant)} every minute or so, and each weekly or monthly honour roll is posted to the
 * team's recognition channel once, the first time it is due, whichever process asks first.
 */
public final class ShoutOuts {
    private final List<String> teamIds;
    private final Directory directory;
    private final Scoreboard scoreboard;
    private final TargetStore targets;
    private final CelebrationStore celebrations;
    private final Announcements announcements;
    private final RecognitionSettings settings;
    private final ShoutOutSchedules schedules;
    private final Messages messages;
    private final ChartRenderer charts;

    public ShoutOuts(
            List<String> teamIds,
            Directory directory,
            Scoreboard scoreboard,
            TargetStore targets,
            CelebrationStore celebrations,
            Announcements announcements,
            RecognitionSettings settings,
            ShoutOutSchedule schedule,
            Messages messages) {
        this(
                teamIds,
                directory,
                scoreboard,
                targets,
                celebrations,
                announcements,
                settings,
                ShoutOutSchedules.everyTeam(schedule),
                messages);
    }

    /** As above, with each team's own schedule and metrics. */
    public ShoutOuts(
            List<String> teamIds,
            Directory directory,
            Scoreboard scoreboard,
            TargetStore targets,
            CelebrationStore celebrations,
            Announcements announcements,
            RecognitionSettings settings,
            ShoutOutSchedules schedules,
            Messages messages) {
        this(teamIds, directory, scoreboard, targets, celebrations, announcements, settings, schedules, messages, null);
    }

    /**
     * As above; with {@code charts}, each honour roll that shows figures also carries its first metric's
     * leaderboard as bars (a team hiding figures gets none: bars would show the amounts).
     */
    public ShoutOuts(
            List<String> teamIds,
            Directory directory,
            Scoreboard scoreboard,
            TargetStore targets,
            CelebrationStore celebrations,
            Announcements announcements,
            RecognitionSettings settings,
            ShoutOutSchedules schedules,
            Messages messages,
            ChartRenderer charts) {
        this.charts = charts;
        this.teamIds = List.copyOf(teamIds);
        this.directory = directory;
        this.scoreboard = scoreboard;
        this.targets = targets;
        this.celebrations = celebrations;
        this.announcements = announcements;
        this.settings = settings;
        this.schedules = schedules;
        this.messages = messages;
    }

    /** One honour roll that was posted. */
    public record Posted(String teamId, Period period, Reply reply) {}

    /** Posts every shout-out that is due at {@code now} and was not posted before; returns what it posted. */
    public List<Posted> postDue(Instant now) {
        List<Posted> posted = new ArrayList<>();
        for (String teamId : teamIds) {
            Optional<Team> team = directory.team(teamId);
            if (team.isEmpty() || !announcements.reaches(teamId)) {
                continue;
            }
            ZonedDateTime local = now.atZone(team.get().zone());
            ShoutOutSchedule schedule = schedules.forTeam(teamId);
            weeklyDue(local, schedule)
                    .ifPresent(week ->
                            post(team.get(), schedule, "week", week, now).ifPresent(posted::add));
            monthlyDue(local, schedule)
                    .ifPresent(month ->
                            post(team.get(), schedule, "month", month, now).ifPresent(posted::add));
        }
        return posted;
    }

    /** The week so far, once this week's slot has passed. */
    Optional<Period> weeklyDue(ZonedDateTime local) {
        return weeklyDue(local, schedules.fallback());
    }

    /** The week so far, once this week's slot of {@code schedule} has passed. */
    static Optional<Period> weeklyDue(ZonedDateTime local, ShoutOutSchedule schedule) {
        LocalDate monday = local.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate slotDay = monday.with(TemporalAdjusters.nextOrSame(schedule.weeklyDay()));
        ZonedDateTime slot = slotDay.atTime(schedule.weeklyAt()).atZone(local.getZone());
        return local.isBefore(slot) ? Optional.empty() : Optional.of(new Period(monday, slotDay));
    }

    /** Last month, once this month's first workday slot has passed. */
    Optional<Period> monthlyDue(ZonedDateTime local) {
        return monthlyDue(local, schedules.fallback());
    }

    /** Last month, once this month's first workday slot of {@code schedule} has passed. */
    static Optional<Period> monthlyDue(ZonedDateTime local, ShoutOutSchedule schedule) {
        LocalDate first = local.toLocalDate().withDayOfMonth(1);
        while (first.getDayOfWeek() == DayOfWeek.SATURDAY || first.getDayOfWeek() == DayOfWeek.SUNDAY) {
            first = first.plusDays(1);
        }
        ZonedDateTime slot = first.atTime(schedule.monthlyAt()).atZone(local.getZone());
        return local.isBefore(slot)
                ? Optional.empty()
                : Optional.of(
                        Period.monthOf(YearMonth.from(local).minusMonths(1).atDay(1)));
    }

    private Optional<Posted> post(Team team, ShoutOutSchedule schedule, String kind, Period period, Instant now) {
        if (!celebrations.claim("shout-out:" + kind + ":" + team.id() + ":" + period.start(), now)) {
            return Optional.empty();
        }
        List<Person> members = directory.members(team.id());
        Lang lang = teamLanguage(members);
        boolean hide = settings.hidesFigures(team.id());
        List<String> lines = new ArrayList<>();
        Chart.Bars bars = null;
        for (Metric metric : schedule.metrics()) {
            Ranking ranking = rank(team, members, metric, period, schedule.top());
            List<String> entries = entries(team, ranking, period, hide, lang);
            if (!entries.isEmpty()) {
                String metricName = messages.get(lang, "metric." + metric.code());
                lines.add(messages.get(
                        lang,
                        "shoutout.metric_line",
                        metricName,
                        String.join(messages.get(lang, "shoutout.separator"), entries)));
                if (bars == null) {
                    bars = new Chart.Bars(
                            messages.get(lang, "shoutout.chart_title", metricName, period.start(), period.end()),
                            Chart.pngFile("honour-roll"),
                            metricName,
                            metricName,
                            ranking.people().stream().map(Person::displayName).toList(),
                            ranking.people().stream()
                                    .map(p -> ranking.values().get(p.id()))
                                    .toList());
                }
            }
        }
        if (lines.isEmpty()) {
            // Nothing to celebrate; the slot is used up all the same, so no empty post follows later.
            return Optional.empty();
        }
        String text = messages.get(lang, "shoutout." + kind + ".title", period.start(), period.end()) + "\n"
                + String.join("\n", lines);
        Reply reply = Reply.text(text);
        if (charts != null && bars != null && !hide) {
            reply = reply.with(new Block.Image(bars.title(), bars.fileName(), charts.png(bars)));
        }
        announcements.toTeam(team.id(), reply);
        return Optional.of(new Posted(team.id(), period, reply));
    }

    /** The top people for one metric, best first, with everyone's values. */
    private record Ranking(Metric metric, List<Person> people, Map<PersonId, BigDecimal> values) {}

    private Ranking rank(Team team, List<Person> members, Metric metric, Period period, int top) {
        Map<PersonId, BigDecimal> values = scoreboard.byRep(team.id(), metric, period);
        List<Person> ranked = members.stream()
                .filter(p -> values.containsKey(p.id()))
                .sorted(Comparator.comparing((Person p) -> values.get(p.id()))
                        .reversed()
                        .thenComparing(Person::displayName))
                .limit(top)
                .toList();
        return new Ranking(metric, ranked, values);
    }

    private List<String> entries(Team team, Ranking ranking, Period period, boolean hide, Lang lang) {
        Metric metric = ranking.metric();
        Map<PersonId, BigDecimal> values = ranking.values();
        List<Person> ranked = ranking.people();
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Person p = ranked.get(i);
            String figure = hide
                    ? percentOfTarget(p, metric, period, values.get(p.id()))
                            .map(pct -> messages.get(lang, "shoutout.percent_of_target", pct))
                            .orElse("")
                    : " " + MetricFormat.display(metric, values.get(p.id()), team.currency());
            entries.add((i + 1) + ". " + p.displayName() + figure);
        }
        return entries;
    }

    private Optional<Integer> percentOfTarget(Person p, Metric metric, Period period, BigDecimal achieved) {
        return targets.overlapping(p.id(), metric, period).stream()
                .filter(t -> t.period().contains(period.end()))
                .findFirst()
                .map(Target::amount)
                .map(t -> achieved.multiply(BigDecimal.valueOf(100))
                        .divide(t, 0, RoundingMode.DOWN)
                        .intValue());
    }

    /** The language most of the team speaks; English on a tie. */
    private static Lang teamLanguage(List<Person> members) {
        long zh = members.stream().filter(p -> p.lang() == Lang.ZH).count();
        return zh * 2 > members.size() ? Lang.ZH : Lang.EN;
    }
}
