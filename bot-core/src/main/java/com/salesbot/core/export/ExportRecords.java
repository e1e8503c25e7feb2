package com.salesbot.core.export;

import com.salesbot.core.kernel.Period;
import com.salesbot.core.report.DailyReport;
import com.salesbot.core.sale.Sale;
import com.salesbot.core.visit.Visit;
import java.util.List;

/** Port: a team's records dated in a period, undone ones excluded, oldest first, for export. */
public interface ExportRecords {
    List<Visit> visits(String teamId, Period period);

    List<Sale> sales(String teamId, Period period);

    List<DailyReport> reports(String teamId, Period period);
}
