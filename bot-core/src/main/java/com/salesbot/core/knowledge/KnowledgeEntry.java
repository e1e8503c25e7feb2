package com.salesbot.core.knowledge;

import com.salesbot.core.kernel.Lang;
import java.util.List;
import java.util.Objects;

/**
 * One piece of team knowledge: a product fact, a price, an answer to an objection.
 *
 * @param id short and unique, e.g. {@code K7F3Q2A}; managers edit and remove by it
 * @param teamId the team it belongs to, or {@link #SHARED} for entries from the knowledge folder
 * @param author who wrote it: a person id, or {@code file:NAME} for entries loaded from a file
 * @param origin where it came from: {@code chat}, {@code file:NAME} or {@code question:Q3}
 */
public record KnowledgeEntry(
        String id,
        String teamId,
        String title,
        String body,
        List<String> tags,
        Lang lang,
        String author,
        String origin) {
    /** The team id of entries every team can find (those loaded from the knowledge folder). */
    public static final String SHARED = "";

    public KnowledgeEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        tags = List.copyOf(tags);
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(origin, "origin");
        if (title.isBlank() && body.isBlank()) {
            throw new IllegalArgumentException("an entry needs a title or a body");
        }
    }

    /** True when a person of {@code team} may find this entry. */
    public boolean visibleTo(String team) {
        return teamId.equals(SHARED) || teamId.equals(team);
    }

    /** The same entry with another title and body. */
    public KnowledgeEntry withText(String newTitle, String newBody) {
        return new KnowledgeEntry(id, teamId, newTitle, newBody, tags, lang, author, origin);
    }
}
