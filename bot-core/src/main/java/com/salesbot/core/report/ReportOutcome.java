package com.salesbot.core.report;

/** What saving a report did. */
public enum ReportOutcome {
    /** The first report of that rep and date. */
    CREATED,
    /** An earlier report of the same date was replaced. */
    REPLACED,
    /** This very message was already saved; nothing changed. */
    DUPLICATE
}
