package com.salesbot.core.export;

import com.salesbot.core.conversation.Block;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kernel.Money;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.Person;
import com.salesbot.core.report.DailyReport;
import com.salesbot.core.sale.Sale;
import com.salesbot.core.skill.SideEffect;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.skill.SkillSpec;
import com.salesbot.core.visit.Visit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "Export visits for this month": the manager's team's visits, sales and/or daily reports for a period
 * (this month by default) as CSV files attached to the reply. Naming one kind exports only that kind.
 */
public final class ExportCsvSkill implements Skill {
    private static final SkillSpec SPEC = new SkillSpec(
            Intent.EXPORT_CSV,
            List.of("export visits and sales for this month"),
            List.of("导出本月拜访记录"),
            List.of(),
            Role.MANAGER,
            SideEffect.READS);

    /** What can be exported, each a file. */
    enum Kind {
        VISITS(Pattern.compile("visit|拜访")),
        SALES(Pattern.compile("sale|deal|revenue|销售|成交|业绩|订单")),
        REPORTS(Pattern.compile("report|日报|报告"));

        private final Pattern words;

        Kind(Pattern words) {
            this.words = words;
        }

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final ExportRecords records;
    private final Directory directory;

    public ExportCsvSkill(ExportRecords records, Directory directory) {
        this.records = records;
        this.directory = directory;
    }

    @Override
    public SkillSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(SkillContext ctx) {
        Period period = ctx.entities().period().orElse(Period.monthOf(ctx.today()));
        String teamId = ctx.team().id();
        Set<Kind> kinds = kindsNamed(ctx);
        List<Block.Attachment> files = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        for (Kind kind : kinds) {
            List<List<String>> rows = rows(kind, teamId, period);
            counts.add(ctx.say("export.count." + kind.code(), rows.size()));
            String fileName = kind.code() + "-" + teamId + "-" + period.start() + "-" + period.end() + ".csv";
            byte[] csv = Csv.write(header(ctx, kind), rows);
            files.add(new Block.Attachment(ctx.say("export.title." + kind.code()), fileName, Csv.MEDIA_TYPE, csv));
        }
        Reply reply = ctx.reply(
                "export.done",
                ctx.team().name(),
                period.start(),
                period.end(),
                String.join(ctx.lang() == Lang.ZH ? "、" : ", ", counts));
        for (Block.Attachment file : files) {
            reply = reply.with(file);
        }
        return reply;
    }

    private static Set<Kind> kindsNamed(SkillContext ctx) {
        String lower = ctx.text().toLowerCase(Locale.ROOT);
        Set<Kind> named = EnumSet.noneOf(Kind.class);
        for (Kind kind : Kind.values()) {
            if (kind.words.matcher(lower).find()) {
                named.add(kind);
            }
        }
        ctx.entities().metric().ifPresent(metric -> named.add(metric == Metric.VISITS ? Kind.VISITS : Kind.SALES));
        return named.isEmpty() ? EnumSet.allOf(Kind.class) : named;
    }

    private List<String> header(SkillContext ctx, Kind kind) {
        return List.of(ctx.say("export.header." + kind.code()).split(","));
    }

    private List<List<String>> rows(Kind kind, String teamId, Period period) {
        List<List<String>> rows = new ArrayList<>();
        switch (kind) {
            case VISITS -> {
                for (Visit v : records.visits(teamId, period)) {
                    rows.add(List.of(
                            day(v.date()),
                            name(v.rep()),
                            v.customer(),
                            text(v.contact()),
                            v.followUp() == null ? "" : day(v.followUp()),
                            v.potential() == null ? "" : v.potential().amount().toPlainString(),
                            v.potential() == null ? "" : v.potential().currency(),
                            v.notes()));
                }
            }
            case SALES -> {
                for (Sale s : records.sales(teamId, period)) {
                    rows.add(List.of(
                            day(s.date()),
                            name(s.rep()),
                            s.customer(),
                            amount(s.amount()),
                            s.amount().currency(),
                            amount(s.original()),
                            s.original().currency()));
                }
            }
            case REPORTS -> {
                for (DailyReport r : records.reports(teamId, period)) {
                    rows.add(List.of(day(r.date()), name(r.rep()), r.text()));
                }
            }
        }
        return rows;
    }

    private String name(PersonId id) {
        return directory.byId(id).map(Person::displayName).orElse(id.value());
    }

    private static String day(LocalDate date) {
        return date.toString();
    }

    private static String amount(Money money) {
        return money.amount().toPlainString();
    }

    private static String text(String value) {
        return Objects.requireNonNullElse(value, "");
    }
}
