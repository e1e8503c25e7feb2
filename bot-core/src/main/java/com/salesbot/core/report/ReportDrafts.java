package com.salesbot.core.report;

import com.salesbot.core.kernel.PersonId;
import java.util.Optional;

/** Port: a rep's report waiting for "replace or keep?" when one for that day exists already; one per rep. */
public interface ReportDrafts {
    /** Keeps the draft, replacing any earlier draft of the rep. */
    void put(DailyReport draft);

    /** Removes and returns the rep's draft; taken once, so a double click cannot use it twice. */
    Optional<DailyReport> take(PersonId rep);
}
