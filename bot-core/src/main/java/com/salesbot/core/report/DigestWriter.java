package com.salesbot.core.report;

import com.salesbot.core.away.AbsenceStore;
import com.salesbot.core.i18n.Messages;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.Person;
import com.salesbot.core.people.Team;
import com.salesbot.core.ranking.MetricFormat;
import com.salesbot.core.sale.SaleStore;
import com.salesbot.core.sale.SaleTotals;
import com.salesbot.core.visit.VisitStore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Writes a team's daily digest from the stores: who reported (with that day's visits and sales, late ones
 * marked), the team's totals, who has not, and who is away (never counted as missing).
 */
public final class DigestWriter {
    private final Directory directory;
    private final ReportStore reports;
    private final VisitStore visits;
    private final SaleStore sales;
    private final AbsenceStore absences;
    private final Messages messages;

    public DigestWriter(
            Directory directory,
            ReportStore reports,
            VisitStore visits,
            SaleStore sales,
            AbsenceStore absences,
            Messages messages) {
        this.directory = directory;
        this.reports = reports;
        this.visits = visits;
        this.sales = sales;
        this.absences = absences;
        this.messages = messages;
    }

    /** One rep's line with the report it is about. */
    public record RepLine(PersonId rep, String line, DailyReport report) {}

    /**
     * A day's digest: {@code head} ("1 of 2 reported"), {@code totals} of every rep counted, one line per
     * rep who reported (by name), and {@code tail}: who has not, who is away.
     */
    public record Digest(String head, String totals, List<RepLine> reported, List<String> tail) {
        public Digest {
            reported = List.copyOf(reported);
            tail = List.copyOf(tail);
        }

        /** Everything in one message, as a manager's direct message shows it. */
        public String asOneMessage() {
            List<String> text = new ArrayList<>();
            text.add(head);
            reported.forEach(r -> text.add(r.line()));
            text.addAll(tail);
            return String.join("\n", text);
        }

        /** The summary a thread hangs under: who reported how many, the totals, who has not. */
        public String summary() {
            List<String> text = new ArrayList<>();
            text.add(head);
            text.add(totals);
            text.addAll(tail);
            return String.join("\n", text);
        }
    }

    /** The team's digest for {@code day} in {@code lang}; empty when the team has no reps. */
    public Optional<Digest> write(String teamId, LocalDate day, Lang lang) {
        List<Person> reps = directory.members(teamId).stream()
                .filter(p -> p.role() == Role.REP)
                .sorted(Comparator.comparing(Person::displayName))
                .toList();
        if (reps.isEmpty()) {
            return Optional.empty();
        }
        String separator = lang == Lang.ZH ? "、" : ", ";
        String currency = currencyOf(teamId);
        List<RepLine> lines = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> away = new ArrayList<>();
        long teamVisits = 0;
        long teamDeals = 0;
        BigDecimal teamSales = BigDecimal.ZERO;
        for (Person rep : reps) {
            if (absences.isAway(rep.id(), day)) {
                away.add(rep.displayName());
                continue;
            }
            long visitCount = visits.countFor(rep.id(), Period.day(day));
            SaleTotals sold = sales.totalFor(rep.id(), Period.day(day));
            teamVisits += visitCount;
            teamDeals += sold.count();
            teamSales = teamSales.add(sold.amount());
            Optional<DailyReport> report = reports.find(rep.id(), day);
            if (report.isEmpty()) {
                missing.add(rep.displayName());
            } else {
                lines.add(new RepLine(
                        rep.id(), line(rep, report.get().late(), visitCount, sold, currency, lang), report.get()));
            }
        }
        int expected = reps.size() - away.size();
        List<String> tail = new ArrayList<>();
        if (!missing.isEmpty()) {
            tail.add(messages.get(lang, "digest.missing", String.join(separator, missing)));
        }
        if (!away.isEmpty()) {
            tail.add(messages.get(lang, "digest.away", String.join(separator, away)));
        }
        return Optional.of(new Digest(
                messages.get(lang, "digest.head", day, expected - missing.size(), expected),
                messages.get(
                        lang,
                        "digest.totals",
                        teamVisits,
                        teamDeals,
                        MetricFormat.display(Metric.SALES, teamSales, currency)),
                lines,
                tail));
    }

    /** One rep's line for the report they sent for its day: that day's visits and sales, late marked. */
    public String line(Person rep, DailyReport report, Lang lang) {
        Period day = Period.day(report.date());
        return line(
                rep,
                report.late(),
                visits.countFor(rep.id(), day),
                sales.totalFor(rep.id(), day),
                currencyOf(rep.teamId()),
                lang);
    }

    private String line(Person rep, boolean late, long visitCount, SaleTotals sold, String currency, Lang lang) {
        return messages.get(
                lang,
                late ? "digest.rep_late" : "digest.rep",
                rep.displayName(),
                visitCount,
                sold.count(),
                MetricFormat.display(Metric.SALES, sold.amount(), currency));
    }

    private String currencyOf(String teamId) {
        return directory.team(teamId).map(Team::currency).orElse("USD");
    }
}
