package com.salesbot.core.entry;

import java.time.Instant;
import java.util.Objects;

/** A pointer to one record a person wrote (visit, sale, report), as undo sees it. */
public record EntryRef(EntryKind kind, String id, Instant writtenAt, String summary) {
    public EntryRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(writtenAt, "writtenAt");
        Objects.requireNonNull(summary, "summary");
    }
}
