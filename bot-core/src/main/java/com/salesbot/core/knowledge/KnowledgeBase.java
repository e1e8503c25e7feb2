package com.salesbot.core.knowledge;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The knowledge base as skills use it: every change goes to the store first and, once acknowledged,
 * to the search index, so the index never holds what the database lost.
 */
public final class KnowledgeBase {
    private final KnowledgeStore store;
    private final KnowledgeSearch search;
    private final KnowledgeSource files;

    public KnowledgeBase(KnowledgeStore store, KnowledgeSearch search, KnowledgeSource files) {
        this.store = store;
        this.search = search;
        this.files = files;
    }

    /** At start-up: loads the files, then rebuilds the index from the store. */
    public FileLoad start() {
        FileLoad load = reloadFiles();
        search.rebuild(store.all());
        return load;
    }

    /** How a file load went: entries added or changed, and entries whose file or section is gone. */
    public record FileLoad(int loaded, int removed) {}

    /** Loads the knowledge folder again: new and changed entries are saved, vanished ones removed. */
    public FileLoad reloadFiles() {
        List<KnowledgeEntry> loaded = files.load();
        Set<String> ids = new HashSet<>();
        for (KnowledgeEntry entry : loaded) {
            save(entry);
            ids.add(entry.id());
        }
        int removed = 0;
        for (KnowledgeEntry old : store.all()) {
            if (old.origin().startsWith("file:") && !ids.contains(old.id()) && remove(old.id())) {
                removed++;
            }
        }
        return new FileLoad(loaded.size(), removed);
    }

    public void save(KnowledgeEntry entry) {
        store.save(entry);
        search.index(entry);
    }

    public boolean remove(String id) {
        boolean removed = store.remove(id);
        search.unindex(id);
        return removed;
    }

    public Optional<KnowledgeEntry> find(String id) {
        return store.find(id);
    }

    /** The best entries for the question, best first, among those the team may see. */
    public List<KnowledgeHit> search(String teamId, String question, int limit) {
        return search.search(teamId, question, limit);
    }
}
