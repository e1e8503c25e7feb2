package com.salesbot.core.fakes;

import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.report.DailyReport;
import com.salesbot.core.report.ReportDrafts;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link ReportDrafts} in memory: one draft per rep. */
public final class InMemoryReportDrafts implements ReportDrafts {
    private final Map<PersonId, DailyReport> drafts = new HashMap<>();
    private final DatabaseSwitch database;

    public InMemoryReportDrafts(DatabaseSwitch database) {
        this.database = database;
    }

    @Override
    public synchronized void put(DailyReport draft) {
        database.check();
        drafts.put(draft.rep(), draft);
    }

    @Override
    public synchronized Optional<DailyReport> take(PersonId rep) {
        database.check();
        return Optional.ofNullable(drafts.remove(rep));
    }
}
