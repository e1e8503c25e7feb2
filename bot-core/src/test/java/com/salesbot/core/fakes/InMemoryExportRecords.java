package com.salesbot.core.fakes;

import com.salesbot.core.export.ExportRecords;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.report.DailyReport;
import com.salesbot.core.sale.Sale;
import com.salesbot.core.visit.Visit;
import java.util.Comparator;
import java.util.List;

/** {@link ExportRecords} over the in-memory visit, sale and report stores. */
public final class InMemoryExportRecords implements ExportRecords {
    private final InMemoryVisitStore visits;
    private final InMemorySaleStore sales;
    private final InMemoryReportStore reports;

    public InMemoryExportRecords(InMemoryVisitStore visits, InMemorySaleStore sales, InMemoryReportStore reports) {
        this.visits = visits;
        this.sales = sales;
        this.reports = reports;
    }

    @Override
    public List<Visit> visits(String teamId, Period period) {
        visits.database().check();
        return visits.live().stream()
                .filter(v -> v.teamId().equals(teamId) && period.contains(v.date()))
                .sorted(Comparator.comparing(Visit::date))
                .toList();
    }

    @Override
    public List<Sale> sales(String teamId, Period period) {
        visits.database().check();
        return sales.live().stream()
                .filter(s -> s.teamId().equals(teamId) && period.contains(s.date()))
                .sorted(Comparator.comparing(Sale::date))
                .toList();
    }

    @Override
    public List<DailyReport> reports(String teamId, Period period) {
        visits.database().check();
        return reports.live().stream()
                .filter(r -> r.teamId().equals(teamId) && period.contains(r.date()))
                .sorted(Comparator.comparing(DailyReport::date))
                .toList();
    }
}
