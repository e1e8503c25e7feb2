package com.salesbot.core.target;

import com.salesbot.core.chart.Chart;
import com.salesbot.core.chart.ChartRenderer;
import com.salesbot.core.chart.ChartRequest;
import com.salesbot.core.conversation.Block;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.people.Person;
import com.salesbot.core.people.PersonLookup;
import com.salesbot.core.ranking.MetricFormat;
import com.salesbot.core.ranking.Scoreboard;
import com.salesbot.core.skill.SideEffect;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.skill.SkillSpec;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Shows a rep's target and progress for a period (default: this month, sales). A manager may name
 * one of their people; a rep only ever sees their own. Asked for a chart ("show me a chart", "画个图"),
 * it attaches progress against the even pace, or the weekly trend when there is no target.
 */
public final class MyTargetSkill implements Skill {
    private static final SkillSpec SPEC = new SkillSpec(
            Intent.MY_TARGET,
            List.of("how am I doing against my target this month?"),
            List.of("我这个月的目标完成了多少?"),
            List.of(),
            Role.REP,
            SideEffect.READS);

    private final TargetStore targets;
    private final Scoreboard scoreboard;
    private final PersonLookup people;
    private final ChartRenderer charts;

    public MyTargetSkill(TargetStore targets, Scoreboard scoreboard, PersonLookup people) {
        this(targets, scoreboard, people, null);
    }

    /** With {@code charts} null, requests for a chart get the text answer only. */
    public MyTargetSkill(TargetStore targets, Scoreboard scoreboard, PersonLookup people, ChartRenderer charts) {
        this.targets = targets;
        this.scoreboard = scoreboard;
        this.people = people;
        this.charts = charts;
    }

    /** How many weeks the trend chart shows, the current one included. */
    static final int TREND_WEEKS = 8;

    @Override
    public SkillSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(SkillContext ctx) {
        PersonLookup.Subject who = people.subject(ctx.entities().persons(), ctx.speaker());
        if (who instanceof PersonLookup.Subject.Unknown unknown) {
            return ctx.reply("person.unknown", unknown.name());
        }
        if (who instanceof PersonLookup.Subject.NotAllowed) {
            return ctx.reply("target.only_own");
        }
        Person subject = ((PersonLookup.Subject.Found) who).person();
        Metric metric = ctx.entities().metric().orElse(Metric.SALES);
        Period asked = ctx.entities().period().orElse(Period.monthOf(ctx.today()));
        String metricName = ctx.say("metric." + metric.code());
        Optional<BigDecimal> achieved = scoreboard.achieved(subject.id(), metric, asked);
        if (achieved.isEmpty()) {
            return ctx.reply("ranking.metric_not_tracked", metricName);
        }
        String currency = ctx.team().currency();
        Optional<Target> target = targets.overlapping(subject.id(), metric, asked).stream()
                .min(Comparator.comparing((Target t) -> !t.period().equals(asked))
                        .thenComparing(t -> !t.period().contains(ctx.today())));
        boolean chart = charts != null && ChartRequest.asked(ctx.text());
        if (target.isEmpty()) {
            Reply none = ctx.reply(
                    "target.none",
                    subject.displayName(),
                    metricName,
                    asked.start(),
                    asked.end(),
                    MetricFormat.display(metric, achieved.get(), currency));
            return chart ? none.with(image(trend(ctx, subject, metric, metricName))) : none;
        }
        Period period = target.get().period();
        BigDecimal done = period.equals(asked)
                ? achieved.get()
                : scoreboard.achieved(subject.id(), metric, period).orElseThrow();
        Progress p = new Progress(target.get().amount(), done, period, ctx.today());
        String text = ctx.say(
                        "target.progress",
                        subject.displayName(),
                        metricName,
                        period.start(),
                        period.end(),
                        MetricFormat.display(metric, p.target(), currency),
                        MetricFormat.display(metric, p.achieved(), currency),
                        p.percent())
                + "\n"
                + ctx.say(
                        p.onPace() ? "target.pace.ahead" : "target.pace.behind",
                        MetricFormat.display(metric, p.expectedByToday(), currency))
                + "\n"
                + (p.gap().signum() == 0
                        ? ctx.say("target.reached")
                        : ctx.say("target.gap", MetricFormat.display(metric, p.gap(), currency)));
        Reply reply = Reply.text(text).with(new Block.Progress(metricName + " " + p.percent() + "%", p.ratio()));
        return chart ? reply.with(image(progress(ctx, subject, metric, metricName, target.get(), p))) : reply;
    }

    private Block.Image image(Chart chart) {
        return new Block.Image(chart.title(), chart.fileName(), charts.png(chart));
    }

    /** Achieved so far, day by day, against the even pace and the target over the whole period. */
    Chart progress(SkillContext ctx, Person subject, Metric metric, String metricName, Target target, Progress p) {
        Period period = target.period();
        List<String> days = new ArrayList<>();
        List<BigDecimal> achieved = new ArrayList<>();
        List<BigDecimal> pace = new ArrayList<>();
        List<BigDecimal> goal = new ArrayList<>();
        long length = period.lengthInDays();
        for (long i = 0; i < length; i++) {
            LocalDate day = period.start().plusDays(i);
            days.add(day.getMonthValue() + "-" + day.getDayOfMonth());
            pace.add(target.amount()
                    .multiply(BigDecimal.valueOf(i + 1))
                    .divide(BigDecimal.valueOf(length), 2, java.math.RoundingMode.HALF_UP));
            goal.add(target.amount());
            if (!day.isAfter(ctx.today())) {
                achieved.add(scoreboard
                        .achieved(subject.id(), metric, new Period(period.start(), day))
                        .orElseThrow());
            }
        }
        return new Chart.Lines(
                ctx.say(
                        "chart.progress.title",
                        subject.displayName(),
                        metricName,
                        period.start(),
                        period.end(),
                        p.percent()),
                Chart.pngFile("progress"),
                ctx.say("chart.axis.day"),
                metricName,
                days,
                List.of(
                        new Chart.Series(ctx.say("chart.series.achieved"), achieved),
                        new Chart.Series(ctx.say("chart.series.pace"), pace),
                        new Chart.Series(ctx.say("chart.series.target"), goal)));
    }

    /** What the person achieved in each of the last weeks, this week included. */
    Chart trend(SkillContext ctx, Person subject, Metric metric, String metricName) {
        Period thisWeek = Period.weekOf(ctx.today());
        List<String> weeks = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (int back = TREND_WEEKS - 1; back >= 0; back--) {
            Period week = Period.weekOf(thisWeek.start().minusWeeks(back));
            weeks.add(week.start().getMonthValue() + "-" + week.start().getDayOfMonth());
            values.add(scoreboard.achieved(subject.id(), metric, week).orElseThrow());
        }
        return new Chart.Lines(
                ctx.say("chart.trend.title", subject.displayName(), metricName, TREND_WEEKS),
                Chart.pngFile("trend"),
                ctx.say("chart.axis.week"),
                metricName,
                weeks,
                List.of(new Chart.Series(metricName, values)));
    }
}
