package com.salesbot.core.report;

import com.salesbot.core.conversation.Reply;
import com.salesbot.core.kernel.Money;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.sale.SaleStore;
import com.salesbot.core.sale.SaleTotals;
import com.salesbot.core.skill.Confirmations;
import com.salesbot.core.skill.SideEffect;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.skill.SkillSpec;
import com.salesbot.core.visit.VisitStore;
import java.util.List;
import java.util.UUID;

/** Saves the message as the speaker's report for today and echoes today's logged numbers. */
public final class DailyReportSkill implements Skill {
    private static final SkillSpec SPEC = new SkillSpec(
            Intent.DAILY_REPORT,
            List.of("daily report: 3 visits, Globex wants a quote, plan: call Initech"),
            List.of("日报:今天拜访了3家客户,明天去美的"),
            List.of(),
            Role.REP,
            SideEffect.WRITES);

    private final ReportStore reports;
    private final VisitStore visits;
    private final SaleStore sales;

    public DailyReportSkill(ReportStore reports, VisitStore visits, SaleStore sales) {
        this.reports = reports;
        this.visits = visits;
        this.sales = sales;
    }

    @Override
    public SkillSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(SkillContext ctx) {
        DailyReport report = new DailyReport(
                UUID.randomUUID().toString(),
                ctx.speaker().id(),
                ctx.team().id(),
                ctx.today(),
                ctx.text(),
                ctx.source());
        ReportOutcome outcome = reports.save(report);
        if (outcome == ReportOutcome.DUPLICATE) {
            return ctx.reply("entry.already_saved");
        }
        Period today = Period.day(ctx.today());
        long visitsToday = visits.countFor(ctx.speaker().id(), today);
        SaleTotals salesToday = sales.totalFor(ctx.speaker().id(), today);
        String text = ctx.sentences(
                ctx.say(outcome == ReportOutcome.REPLACED ? "report.replaced" : "report.saved", ctx.today()),
                ctx.say(
                        "report.today_numbers",
                        visitsToday,
                        salesToday.count(),
                        new Money(salesToday.amount(), ctx.team().currency()).display()));
        return Confirmations.withUndo(ctx, text);
    }
}
