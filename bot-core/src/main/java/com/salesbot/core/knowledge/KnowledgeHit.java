package com.salesbot.core.knowledge;

import java.util.Objects;

/**
 * One search result.
 *
 * @param score the engine's relevance score, comparable only within one search
 * @param coverage the share (0..1) of the question's meaningful words the entry contains; how well it matches
 */
public record KnowledgeHit(KnowledgeEntry entry, double score, double coverage) {
    public KnowledgeHit {
        Objects.requireNonNull(entry, "entry");
    }
}
