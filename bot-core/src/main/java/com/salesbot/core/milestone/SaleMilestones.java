package com.salesbot.core.milestone;

import com.salesbot.core.conversation.Announcements;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kernel.Money;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.people.Person;
import com.salesbot.core.sale.AfterSale;
import com.salesbot.core.sale.Sale;
import com.salesbot.core.sale.SaleStore;
import com.salesbot.core.sale.SaleTotals;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.target.Target;
import com.salesbot.core.target.TargetStore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Looks at a sale just recorded and celebrates what it achieved: the team's first sale of the month,
 * the rep reaching 100% of a sales target, a personal best month. Each is claimed by a key that does
 * not depend on the sale, so it is celebrated once even when the sale is retried or undone and redone.
 */
public final class SaleMilestones implements AfterSale {
    /** How many earlier months a personal best is measured against. */
    static final int BEST_OF_MONTHS = AfterSale.MONTHS_BEFORE;

    private final SaleStore sales;
    private final TargetStore targets;
    private final CelebrationStore celebrations;
    private final Announcements announcements;
    private final RecognitionSettings settings;

    public SaleMilestones(
            SaleStore sales,
            TargetStore targets,
            CelebrationStore celebrations,
            Announcements announcements,
            RecognitionSettings settings) {
        this.sales = sales;
        this.targets = targets;
        this.celebrations = celebrations;
        this.announcements = announcements;
        this.settings = settings;
    }

    /**
     * Celebrates what the sale achieved: posts each milestone to the team's recognition channel and
     * returns the texts, for the rep's own confirmation.
     */
    @Override
    public List<String> afterSale(SkillContext ctx, Sale sale, Map<YearMonth, SaleTotals> months) {
        List<String> said = new ArrayList<>();
        Person rep = ctx.speaker();
        boolean hide = settings.hidesFigures(sale.teamId());
        YearMonth month = YearMonth.from(sale.date());
        Period monthPeriod = Period.monthOf(sale.date());
        String currency = sale.amount().currency();

        SaleTotals mine = months.getOrDefault(month, SaleTotals.NONE);

        // The team's first sale of the month is also the rep's first, so the team is asked only then.
        if (mine.count() == 1
                && sales.totalsByRep(sale.teamId(), monthPeriod).values().stream()
                                .mapToLong(t -> t.count())
                                .sum()
                        == 1
                && claim(ctx, "first-sale:" + sale.teamId() + ":" + month)) {
            said.add(ctx.say("milestone.first_sale", rep.displayName(), sale.customer(), month));
        }
        for (Target target : targets.covering(rep.id(), Metric.SALES, sale.date())) {
            BigDecimal achieved = target.period().equals(monthPeriod)
                    ? mine.amount()
                    : sales.totalFor(rep.id(), target.period()).amount();
            if (achieved.compareTo(target.amount()) >= 0 && claim(ctx, "target:" + rep.id() + ":" + target.period())) {
                int percent = achieved.multiply(BigDecimal.valueOf(100))
                        .divide(target.amount(), 0, RoundingMode.DOWN)
                        .intValue();
                said.add(ctx.say(
                        "milestone.target_reached",
                        rep.displayName(),
                        percent,
                        target.period().start(),
                        target.period().end()));
            }
        }
        BigDecimal thisMonth = mine.amount();
        BigDecimal best = BigDecimal.ZERO;
        for (int back = 1; back <= BEST_OF_MONTHS; back++) {
            best = best.max(months.getOrDefault(month.minusMonths(back), SaleTotals.NONE)
                    .amount());
        }
        // A first month of selling is a start, not a record.
        if (best.signum() > 0
                && thisMonth.compareTo(best) > 0
                && claim(ctx, "personal-best:" + rep.id() + ":" + month)) {
            said.add(
                    hide
                            ? ctx.say("milestone.personal_best.hidden", rep.displayName(), month)
                            : ctx.say(
                                    "milestone.personal_best",
                                    rep.displayName(),
                                    month,
                                    new Money(thisMonth, currency).display(),
                                    new Money(best, currency).display()));
        }
        // A sale logged in the recognition channel itself is confirmed there, celebration included.
        if (!announcements.isChannelOf(sale.teamId(), ctx.source().messageKey())) {
            for (String text : said) {
                announcements.toTeam(sale.teamId(), Reply.text(text));
            }
        }
        return said;
    }

    private boolean claim(SkillContext ctx, String key) {
        return celebrations.claim(key, ctx.now().toInstant());
    }
}
