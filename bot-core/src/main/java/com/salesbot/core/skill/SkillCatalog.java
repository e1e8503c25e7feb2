package com.salesbot.core.skill;

import com.salesbot.core.nlu.Intent;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The registered skills by intent, built from an explicit list; a second skill for an intent fails. */
public final class SkillCatalog {
    private final Map<Intent, Skill> byIntent = new EnumMap<>(Intent.class);
    private final List<SkillSpec> specs;

    public SkillCatalog(List<Skill> skills) {
        for (Skill skill : skills) {
            Intent intent = skill.spec().intent();
            Skill previous = byIntent.putIfAbsent(intent, skill);
            if (previous != null) {
                throw new IllegalStateException("two skills for intent " + intent.wireName() + ": "
                        + previous.getClass().getSimpleName() + " and "
                        + skill.getClass().getSimpleName());
            }
        }
        // Read once: every message's context carries them (help derives from them).
        this.specs = skills.stream().map(Skill::spec).toList();
    }

    /** The skill answering {@code intent}. */
    public Optional<Skill> find(Intent intent) {
        return Optional.ofNullable(byIntent.get(intent));
    }

    /** Every skill's declaration, in registration order. */
    public List<SkillSpec> specs() {
        return specs;
    }
}
