package com.salesbot.core.knowledge;

import com.salesbot.core.kernel.Role;
import com.salesbot.core.skill.SkillContext;
import java.util.Locale;
import java.util.Optional;

/** Looks up a question by the number a manager typed, if it was asked in their team (any team for admins). */
final class Questions {
    private Questions() {}

    static Optional<Question> visible(QuestionStore questions, String id, SkillContext ctx) {
        return questions
                .question(id.toUpperCase(Locale.ROOT))
                .filter(q -> ctx.speaker().role() == Role.ADMIN
                        || q.teamId().equals(ctx.team().id()));
    }
}
