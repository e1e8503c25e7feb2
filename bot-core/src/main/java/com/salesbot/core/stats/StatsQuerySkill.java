package com.salesbot.core.stats;

import com.salesbot.core.chart.Chart;
import com.salesbot.core.chart.ChartRenderer;
import com.salesbot.core.chart.ChartRequest;
import com.salesbot.core.conversation.Block;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.Person;
import com.salesbot.core.people.PersonLookup;
import com.salesbot.core.people.Team;
import com.salesbot.core.skill.SideEffect;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.skill.SkillSpec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Answers a number question: a metric (sales, visits, deals, kudos, conversion, average deal size) for
 * some people, a team or everyone, over a period (default: this month), optionally with one customer,
 * optionally against the previous period or the same period last year. One line plus a small table, and
 * bars when a chart is asked for. Reps get their own numbers only; managers their team's; admins anyone's.
 */
public final class StatsQuerySkill implements Skill {
    private static final SkillSpec SPEC = new SkillSpec(
            Intent.STATS_QUERY,
            List.of("how many visits did the team log last week?", "conversion rate this quarter vs last quarter"),
            List.of("本季度总销售额多少", "张伟这个月拜访量，环比"),
            List.of(),
            Role.REP,
            SideEffect.READS);

    /** The table lists the leaders only; the line above it always has the total. */
    static final int TABLE_ROWS = 10;

    private static final Pattern EVERYONE = Pattern.compile(
            "(?i)\\beveryone\\b|\\ball (?:the )?teams\\b|\\b(?:whole|entire) company\\b|\\bcompany[- ]wide\\b|全公司|所有团队|各(?:个)?团队|全部团队");

    private final StatsStore stats;
    private final Directory directory;
    private final PersonLookup people;
    private final ChartRenderer charts;

    /** With {@code charts} null, requests for a chart get the text answer only. */
    public StatsQuerySkill(StatsStore stats, Directory directory, PersonLookup people, ChartRenderer charts) {
        this.stats = stats;
        this.directory = directory;
        this.people = people;
        this.charts = charts;
    }

    @Override
    public SkillSpec spec() {
        return SPEC;
    }

    /** Whose numbers: some people, one team (its members listed) or every team. */
    private sealed interface Scope {
        record People(List<Person> persons) implements Scope {}

        record OneTeam(Team team) implements Scope {}

        record AllTeams(List<Team> teams) implements Scope {}
    }

    /** One table line: who, and what they achieved. */
    private record Row(String label, PersonId person, Tally tally) {}

    @Override
    public Reply handle(SkillContext asked) {
        SkillContext ctx = asked.withEntities(
                QuestionCleanup.clean(asked.entities(), directory, asked.team().id()));
        StatMetric metric = StatMetric.of(ctx.text(), ctx.entities().metric());
        if (metric.needsKudos() && !stats.countsKudos()) {
            return ctx.reply("ranking.metric_not_tracked", ctx.say(metric.nameKey()));
        }
        Object scopeOrRefusal = scope(ctx);
        if (scopeOrRefusal instanceof Reply refusal) {
            return refusal;
        }
        Scope scope = (Scope) scopeOrRefusal;
        Period period = ctx.entities().period().orElse(Period.monthOf(ctx.today()));
        // kudos are given between colleagues, never at a customer: "West team kudos" names no account
        Optional<String> customer =
                metric.needsKudos() ? Optional.empty() : ctx.entities().customer();
        Comparison comparison = Comparison.in(ctx.text());
        String currency = ctx.team().currency();

        // Read once: on the embedded server finding a team's members scans everyone.
        List<Person> members =
                scope instanceof Scope.OneTeam t ? directory.members(t.team().id()) : List.of();
        Figures now = figures(scope, members, period, customer);
        String metricName = ctx.say(metric.nameKey());
        String about = customer.map(c -> ctx.say("stats.with_customer", c)).orElse("");
        StringBuilder line = new StringBuilder(ctx.say(
                "stats.answer",
                who(ctx, scope),
                metricName,
                about,
                period.start(),
                period.end(),
                shown(ctx, metric, now.total(), currency)));
        Optional<Period> baseline = comparison.baseline(period);
        List<Row> before = List.of();
        if (baseline.isPresent()) {
            Figures earlier = figures(scope, members, baseline.get(), customer);
            before = earlier.rows();
            line.append(ctx.say(
                    "stats.versus",
                    ctx.say(comparison.labelKey()),
                    baseline.get().start(),
                    baseline.get().end(),
                    shown(ctx, metric, earlier.total(), currency),
                    change(ctx, metric.value(now.total()), metric.value(earlier.total()))));
        }
        List<Row> rows = now.rows();
        Reply reply = Reply.text(line.toString()).with(table(ctx, metric, metricName, rows, before, currency));
        if (charts == null || !ChartRequest.asked(ctx.text())) {
            return reply;
        }
        List<Row> shownRows = ranked(metric, rows);
        Chart bars = new Chart.Bars(
                metricName + " " + period.start() + " – " + period.end(),
                Chart.pngFile("stats"),
                metricName,
                metricName,
                shownRows.stream().map(Row::label).toList(),
                shownRows.stream()
                        .map(r -> metric.value(r.tally()).orElse(BigDecimal.ZERO))
                        .toList());
        return reply.with(new Block.Image(bars.title(), bars.fileName(), charts.png(bars)));
    }

    /** The scope the asker may see, or a refusal that names nobody and shows no number. */
    private Object scope(SkillContext ctx) {
        Person asker = ctx.speaker();
        List<String> named = ctx.entities().persons();
        if (named.isEmpty()) {
            if (asker.role() == Role.REP) {
                return new Scope.People(List.of(asker));
            }
            if (asker.role() == Role.ADMIN && EVERYONE.matcher(ctx.text()).find()) {
                return new Scope.AllTeams(directory.teams());
            }
            return new Scope.OneTeam(ctx.team());
        }
        List<Person> persons = new ArrayList<>();
        for (String name : named) {
            PersonLookup.Subject subject = people.subject(List.of(name), asker);
            if (subject instanceof PersonLookup.Subject.Found found
                    && (asker.role() != Role.REP || found.person().id().equals(asker.id()))) {
                if (!persons.contains(found.person())) {
                    persons.add(found.person());
                }
            } else if (asker.role() == Role.REP || subject instanceof PersonLookup.Subject.NotAllowed) {
                // A rep hears the same refusal whether the colleague exists or not.
                return ctx.reply(asker.role() == Role.REP ? "stats.only_own" : "stats.only_team");
            } else {
                return ctx.reply("person.unknown", ((PersonLookup.Subject.Unknown) subject).name());
            }
        }
        return new Scope.People(persons);
    }

    /** The table's rows and the total, which for a team also counts former members' records. */
    private record Figures(List<Row> rows, Tally total) {}

    private Figures figures(Scope scope, List<Person> members, Period period, Optional<String> customer) {
        List<Row> rows = new ArrayList<>();
        if (scope instanceof Scope.OneTeam t) {
            Map<PersonId, Tally> byRep = tallies(t.team().id(), period, customer);
            for (Person member : members) {
                if (member.role() == Role.REP || byRep.containsKey(member.id())) {
                    rows.add(new Row(member.displayName(), member.id(), byRep.getOrDefault(member.id(), Tally.NONE)));
                }
            }
            return new Figures(rows, byRep.values().stream().reduce(Tally.NONE, Tally::plus));
        }
        if (scope instanceof Scope.People p) {
            for (Person person : p.persons()) {
                Tally tally = customer.isPresent()
                        ? stats.byRepForCustomer(person.teamId(), customer.get(), period)
                                .getOrDefault(person.id(), Tally.NONE)
                        : stats.forRep(person.id(), period);
                rows.add(new Row(person.displayName(), person.id(), tally));
            }
        } else if (scope instanceof Scope.AllTeams all) {
            for (Team team : all.teams()) {
                Tally sum =
                        tallies(team.id(), period, customer).values().stream().reduce(Tally.NONE, Tally::plus);
                rows.add(new Row(team.name(), null, sum));
            }
        }
        return new Figures(rows, rows.stream().map(Row::tally).reduce(Tally.NONE, Tally::plus));
    }

    private Map<PersonId, Tally> tallies(String teamId, Period period, Optional<String> customer) {
        return customer.isPresent()
                ? stats.byRepForCustomer(teamId, customer.get(), period)
                : stats.byRep(teamId, period);
    }

    private static String who(SkillContext ctx, Scope scope) {
        if (scope instanceof Scope.People p) {
            return String.join(
                    ctx.lang() == Lang.ZH ? "、" : ", ",
                    p.persons().stream().map(Person::displayName).toList());
        }
        if (scope instanceof Scope.OneTeam t) {
            return ctx.say("stats.who.team", t.team().name());
        }
        return ctx.say("stats.who.all");
    }

    private static String shown(SkillContext ctx, StatMetric metric, Tally tally, String currency) {
        return metric.value(tally).map(v -> metric.display(v, currency)).orElseGet(() -> ctx.say("stats.no_value"));
    }

    /** "+25%", "-10%", "no change", or "nothing before" when the baseline is zero or has no value. */
    private static String change(SkillContext ctx, Optional<BigDecimal> now, Optional<BigDecimal> before) {
        if (now.isEmpty() || before.isEmpty() || before.get().signum() == 0) {
            return ctx.say("stats.change.no_base");
        }
        BigDecimal percent = now.get()
                .subtract(before.get())
                .multiply(BigDecimal.valueOf(100))
                .divide(before.get().abs(), 0, RoundingMode.HALF_UP);
        if (percent.signum() == 0) {
            return ctx.say("stats.change.flat");
        }
        return (percent.signum() > 0 ? "+" : "") + percent.toPlainString() + "%";
    }

    private static List<Row> ranked(StatMetric metric, List<Row> rows) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((Row r) -> metric.value(r.tally()).orElse(BigDecimal.valueOf(-1)))
                .reversed()
                .thenComparing(Row::label));
        return sorted.subList(0, Math.min(TABLE_ROWS, sorted.size()));
    }

    private static Block.Table table(
            SkillContext ctx, StatMetric metric, String metricName, List<Row> rows, List<Row> before, String currency) {
        List<String> header = new ArrayList<>(List.of(ctx.say("stats.col.who"), metricName));
        if (!before.isEmpty()) {
            header.add(ctx.say("stats.col.before"));
        }
        List<List<String>> lines = new ArrayList<>();
        int mine = -1;
        for (Row row : ranked(metric, rows)) {
            List<String> line = new ArrayList<>(List.of(row.label(), shown(ctx, metric, row.tally(), currency)));
            if (!before.isEmpty()) {
                Tally earlier = before.stream()
                        .filter(b -> b.label().equals(row.label()))
                        .map(Row::tally)
                        .findFirst()
                        .orElse(Tally.NONE);
                line.add(shown(ctx, metric, earlier, currency));
            }
            if (ctx.speaker().id().equals(row.person())) {
                mine = lines.size();
            }
            lines.add(line);
        }
        return new Block.Table(header, lines, mine);
    }
}
