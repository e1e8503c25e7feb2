package com.salesbot.core.knowledge;

import java.util.List;

/** Port: entries kept outside chat, e.g. Markdown and CSV files in a configured folder. */
public interface KnowledgeSource {
    /** No files at all. */
    KnowledgeSource NONE = List::of;

    /** Reads every entry the source holds now; each entry's origin starts with {@code file:}. */
    List<KnowledgeEntry> load();
}
