package com.salesbot.core.entry;

import java.util.Locale;

/** The kinds of record undo can take back. */
public enum EntryKind {
    VISIT,
    SALE,
    REPORT,
    KUDOS,
    DEAL,
    COMPETITOR_NOTE;

    /** The message-key suffix naming the kind, e.g. {@code entry.visit}. */
    public String messageKey() {
        return "entry." + name().toLowerCase(Locale.ROOT);
    }
}
