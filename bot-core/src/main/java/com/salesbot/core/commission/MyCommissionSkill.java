package com.salesbot.core.commission;

import com.salesbot.core.conversation.Reply;
import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kernel.Money;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.Person;
import com.salesbot.core.people.PersonLookup;
import com.salesbot.core.people.Team;
import com.salesbot.core.sale.SaleStore;
import com.salesbot.core.skill.SideEffect;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.skill.SkillSpec;
import com.salesbot.core.target.Target;
import com.salesbot.core.target.TargetStore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Commission earned so far under the team's plan (default: this month), the next tier and the sales
 * it takes. Reps see their own; managers may name one of their people, admins anyone.
 */
public final class MyCommissionSkill implements Skill {
    private static final SkillSpec SPEC = new SkillSpec(
            Intent.MY_COMMISSION,
            List.of("what is my commission this month?"),
            List.of("我这个月提成多少？"),
            List.of(),
            Role.REP,
            SideEffect.READS);

    private final CommissionPlans plans;
    private final TargetStore targets;
    private final SaleStore sales;
    private final PersonLookup people;
    private final Directory directory;

    public MyCommissionSkill(
            CommissionPlans plans, TargetStore targets, SaleStore sales, PersonLookup people, Directory directory) {
        this.plans = plans;
        this.targets = targets;
        this.sales = sales;
        this.people = people;
        this.directory = directory;
    }

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
            return ctx.reply("commission.only_own");
        }
        Person subject = ((PersonLookup.Subject.Found) who).person();
        Team team = directory.team(subject.teamId()).orElse(ctx.team());
        Optional<CommissionPlan> plan = plans.forTeam(team.id());
        if (plan.isEmpty()) {
            return ctx.reply("commission.no_plan", team.name());
        }
        Period asked = ctx.entities().period().orElse(Period.monthOf(ctx.today()));
        Optional<Target> target = targets.overlapping(subject.id(), Metric.SALES, asked).stream()
                .min(Comparator.comparing((Target t) -> !t.period().equals(asked))
                        .thenComparing(t -> !t.period().contains(ctx.today())));
        Period period = target.map(Target::period).orElse(asked);
        BigDecimal sold = sales.totalFor(subject.id(), period).amount();
        Commission c;
        try {
            c = CommissionCalculator.compute(plan.get(), team, sold, target.map(Target::amount));
        } catch (CommissionCalculator.RefusedCurrency e) {
            return ctx.reply("commission.currency_refused", e.payout(), e.team());
        }
        return Reply.text(text(ctx, subject, team, period, sold, target, plan.get(), c));
    }

    private static String text(
            SkillContext ctx,
            Person subject,
            Team team,
            Period period,
            BigDecimal sold,
            Optional<Target> target,
            CommissionPlan plan,
            Commission c) {
        List<String> lines = new ArrayList<>();
        Money soldMoney = new Money(sold, team.currency());
        lines.add(
                target.isPresent()
                        ? ctx.say(
                                "commission.earned",
                                subject.displayName(),
                                period.start(),
                                period.end(),
                                c.earned().display(),
                                soldMoney.display(),
                                c.attainmentPercent().orElseThrow(),
                                new Money(target.get().amount(), team.currency()).display())
                        : ctx.say(
                                "commission.earned_no_target",
                                subject.displayName(),
                                period.start(),
                                period.end(),
                                c.earned().display(),
                                soldMoney.display(),
                                percent(plan.basePercent())));
        if (target.isPresent()) {
            lines.add(c.nextTier()
                    .map(step -> ctx.say(
                            "commission.next_tier",
                            percent(c.currentPercent()),
                            percent(step.percent()),
                            step.fromSales().display(),
                            percent(step.fromPercentOfTarget()),
                            step.missing().display()))
                    .orElseGet(() -> ctx.say("commission.top_tier", percent(c.currentPercent()))));
            if (!c.bonusesEarned().isEmpty()) {
                List<String> earned = new ArrayList<>();
                for (CommissionPlan.Bonus b : c.bonusesEarned()) {
                    earned.add(ctx.say(
                            "commission.bonus",
                            new Money(b.amount(), c.earned().currency()).display(),
                            percent(b.atPercent())));
                }
                lines.add(ctx.say("commission.bonuses_earned", String.join(ctx.say("kudos.name_separator"), earned)));
            }
            c.nextBonus()
                    .ifPresent(next -> lines.add(ctx.say(
                            "commission.next_bonus",
                            new Money(next.bonus().amount(), c.earned().currency()).display(),
                            percent(next.bonus().atPercent()),
                            next.missing().display())));
        }
        return String.join("\n", lines);
    }

    /** {@code 5}, {@code 2.5}: a percentage without trailing zeros. */
    private static String percent(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
