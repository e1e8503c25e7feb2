package com.salesbot.core.sale;

import com.salesbot.core.conversation.Reply;
import com.salesbot.core.kernel.Money;
import com.salesbot.core.kernel.RecordIds;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.kernel.StoreUnavailableException;
import com.salesbot.core.money.AmountReader;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.skill.Confirmations;
import com.salesbot.core.skill.SideEffect;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.skill.SkillSpec;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** Records a closed sale in the team's currency. */
public final class LogSaleSkill implements Skill {
    private static final SkillSpec SPEC = new SkillSpec(
            Intent.LOG_SALE,
            List.of("closed $12.5k with Globex today"),
            List.of("和华为签了50万"),
            List.of(Entities.CUSTOMER, Entities.AMOUNT),
            Role.REP,
            SideEffect.WRITES);

    private final SaleStore sales;
    private final AfterSale afterSale;

    public LogSaleSkill(SaleStore sales) {
        this(sales, AfterSale.NOTHING);
    }

    /** With {@code afterSale} run once the sale is stored (milestones), its lines added to the answer. */
    public LogSaleSkill(SaleStore sales, AfterSale afterSale) {
        this.sales = sales;
        this.afterSale = afterSale;
    }

    @Override
    public SkillSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(SkillContext ctx) {
        Entities e = ctx.entities();
        LocalDate date = e.whenDate().orElse(ctx.today());
        if (date.isAfter(ctx.today())) {
            return ctx.reply("sale.future_date", date);
        }
        AmountReader.Reading amount = AmountReader.read(e, ctx.team()).orElseThrow();
        if (!amount.valid()) {
            return ctx.reply(amount.problemKey(), amount.problemArgs().toArray());
        }
        return record(ctx, e.customer().orElseThrow(), amount, date);
    }

    private Reply record(SkillContext ctx, String customer, AmountReader.Reading amount, LocalDate date) {
        Sale sale = new Sale(
                RecordIds.next(),
                ctx.speaker().id(),
                ctx.team().id(),
                customer,
                amount.inTeamCurrency(),
                amount.original(),
                date,
                ctx.source());
        if (!sales.add(sale)) {
            return ctx.reply("entry.already_saved");
        }
        StringBuilder text =
                new StringBuilder(ctx.say("sale.logged", amount.original().display(), customer, date));
        if (!amount.original().currency().equals(amount.inTeamCurrency().currency())) {
            text.append(ctx.sentences(
                    "", ctx.say("sale.logged.converted", amount.inTeamCurrency().display())));
        }
        try {
            // One read serves both this answer (the current month) and the milestones (the sale's month
            // and the twelve before it), which differ only for a back-dated sale.
            YearMonth current = YearMonth.from(ctx.today());
            YearMonth saleMonth = YearMonth.from(date);
            Map<YearMonth, SaleTotals> months = sales.monthlyTotals(
                    ctx.speaker().id(),
                    saleMonth.minusMonths(AfterSale.MONTHS_BEFORE),
                    current.isAfter(saleMonth) ? current : saleMonth);
            SaleTotals month = months.getOrDefault(current, SaleTotals.NONE);
            text.append(ctx.sentences(
                    "",
                    ctx.say(
                            "sale.logged.month_total",
                            new Money(month.amount(), ctx.team().currency()).display(),
                            month.count())));
            for (String line : afterSale.afterSale(ctx, sale, months)) {
                text.append('\n').append(line);
            }
        } catch (StoreUnavailableException unreadable) {
            // the sale is stored; saying "not saved" now would make the rep type it again, twice over
            text.append(ctx.sentences("", ctx.say("entry.totals_unavailable")));
        }
        return Confirmations.withUndo(ctx, text.toString());
    }
}
