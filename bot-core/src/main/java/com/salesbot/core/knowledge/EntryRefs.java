package com.salesbot.core.knowledge;

import com.salesbot.core.kernel.Role;
import com.salesbot.core.skill.SkillContext;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the entry a message names by {@code #K…} id, if the speaker may change it. */
final class EntryRefs {
    private static final Pattern ID = Pattern.compile("#(K[0-9A-Z]{6})\\b", Pattern.CASE_INSENSITIVE);

    private EntryRefs() {}

    /**
     * The named entry when it belongs to the speaker's team; admins may change any entry, including
     * those loaded from files (a reload restores a file's version).
     */
    static Optional<KnowledgeEntry> ownEntry(SkillContext ctx, KnowledgeBase knowledge) {
        Matcher id = ID.matcher(ctx.text());
        if (!id.find()) {
            return Optional.empty();
        }
        return knowledge
                .find(id.group(1).toUpperCase(Locale.ROOT))
                .filter(e -> ctx.speaker().role() == Role.ADMIN
                        || e.teamId().equals(ctx.team().id()));
    }
}
