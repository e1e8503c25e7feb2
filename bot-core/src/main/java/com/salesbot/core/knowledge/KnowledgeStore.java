package com.salesbot.core.knowledge;

import java.util.List;
import java.util.Optional;

/** Port: where knowledge entries live; the search index is derived from it. */
public interface KnowledgeStore {
    /** Inserts or replaces the entry by id; a retried save writes the same document again, never a second one. */
    void save(KnowledgeEntry entry);

    Optional<KnowledgeEntry> find(String id);

    /** Removes the entry; false when there was none. */
    boolean remove(String id);

    /** Every entry, for rebuilding the index. */
    List<KnowledgeEntry> all();
}
