package com.salesbot.core.knowledge;

import java.util.List;

/**
 * Port: a full-text index over the knowledge base, with language-aware analysis. The store is the
 * record; the index is rebuilt from it at start-up and updated on every add, edit and removal.
 */
public interface KnowledgeSearch {
    /** Replaces the whole index with these entries. */
    void rebuild(List<KnowledgeEntry> entries);

    /** Adds the entry, or replaces the one with its id. */
    void index(KnowledgeEntry entry);

    /** Drops the entry with this id, if indexed. */
    void unindex(String id);

    /** The best entries for a question among those visible to {@code teamId}, best first, at most {@code limit}. */
    List<KnowledgeHit> search(String teamId, String question, int limit);
}
