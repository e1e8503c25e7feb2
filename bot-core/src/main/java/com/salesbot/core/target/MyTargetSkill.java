package com.salesbot.core.target;

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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Shows a rep's target and progress for a period (default: this month, sales). A manager may name
 * one of their people; a rep only ever sees their own.
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

    public MyTargetSkill(TargetStore targets, Scoreboard scoreboard, PersonLookup people) {
        this.targets = targets;
        this.scoreboard = scoreboard;
        this.people = people;
    }

    @Override
    public SkillSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(SkillContext ctx) {
        Person subject = ctx.speaker();
        List<String> named = ctx.entities().persons();
        if (!named.isEmpty()) {
            Optional<Person> other = people.find(named.get(0), ctx.speaker());
            if (other.isEmpty()) {
                return ctx.reply("person.unknown", named.get(0));
            }
            if (!other.get().id().equals(subject.id())) {
                if (!mayView(ctx.speaker(), other.get())) {
                    return ctx.reply("target.only_own");
                }
                subject = other.get();
            }
        }
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
        if (target.isEmpty()) {
            return ctx.reply(
                    "target.none",
                    subject.displayName(),
                    metricName,
                    asked.start(),
                    asked.end(),
                    MetricFormat.display(metric, achieved.get(), currency));
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
        return Reply.text(text).with(new Block.Progress(metricName + " " + p.percent() + "%", p.ratio()));
    }

    private static boolean mayView(Person viewer, Person subject) {
        return viewer.role() == Role.ADMIN
                || (viewer.role() == Role.MANAGER && viewer.teamId().equals(subject.teamId()));
    }
}
