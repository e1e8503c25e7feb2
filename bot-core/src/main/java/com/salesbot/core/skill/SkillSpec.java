package com.salesbot.core.skill;

import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Intent;
import java.util.List;
import java.util.Objects;

/**
 * What a skill declares about itself. Help, role checks and "which customer?" questions are derived
 * from it, so they cannot drift from the skill.
 *
 * @param intent the one intent the skill answers
 * @param examplesEn example messages in English, shown by help
 * @param examplesZh example messages in Chinese, shown by help
 * @param requiredEntities entity keys the skill cannot work without; the engine asks for missing ones
 * @param requiredRole the least role allowed to use the skill
 * @param sideEffect whether it writes
 */
public record SkillSpec(
        Intent intent,
        List<String> examplesEn,
        List<String> examplesZh,
        List<String> requiredEntities,
        Role requiredRole,
        SideEffect sideEffect) {
    public SkillSpec {
        Objects.requireNonNull(intent, "intent");
        examplesEn = List.copyOf(examplesEn);
        examplesZh = List.copyOf(examplesZh);
        requiredEntities = List.copyOf(requiredEntities);
        Objects.requireNonNull(requiredRole, "requiredRole");
        Objects.requireNonNull(sideEffect, "sideEffect");
    }

    /** The message key of the skill's one-line description. */
    public String descriptionKey() {
        return "skill." + intent.wireName() + ".description";
    }

    /** True when help should list the skill (it has examples to show). */
    public boolean listedInHelp() {
        return !examplesEn.isEmpty();
    }
}
