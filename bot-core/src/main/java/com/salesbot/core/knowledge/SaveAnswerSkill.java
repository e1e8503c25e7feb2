package com.salesbot.core.knowledge;

import com.salesbot.core.conversation.Reply;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.skill.SideEffect;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.skill.SkillSpec;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Saves an answered question to the knowledge base ("save answer #Q3", the button under the manager's
 * answer): the question becomes the title, the answer the body. Its id comes from the question, so
 * pressing the button twice keeps one entry.
 */
public final class SaveAnswerSkill implements Skill {
    private static final SkillSpec SPEC =
            new SkillSpec(Intent.SAVE_ANSWER, List.of(), List.of(), List.of(), Role.MANAGER, SideEffect.WRITES);
    private static final Pattern ID = Pattern.compile("#(q\\d+)", Pattern.CASE_INSENSITIVE);

    private final QuestionStore questions;
    private final KnowledgeBase knowledge;

    public SaveAnswerSkill(QuestionStore questions, KnowledgeBase knowledge) {
        this.questions = questions;
        this.knowledge = knowledge;
    }

    @Override
    public SkillSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(SkillContext ctx) {
        Matcher id = ID.matcher(ctx.text());
        Optional<Question> question = id.find() ? Questions.visible(questions, id.group(1), ctx) : Optional.empty();
        if (question.isEmpty()) {
            return ctx.reply("question.unknown");
        }
        Question q = question.get();
        if (q.answered().isEmpty()) {
            return ctx.reply("question.not_answered", q.id());
        }
        KnowledgeEntry entry = new KnowledgeEntry(
                KnowledgeIds.of("question:" + q.id()),
                q.teamId(),
                q.text(),
                q.answer(),
                List.of(),
                q.lang(),
                q.answeredBy() == null
                        ? ctx.speaker().id().value()
                        : q.answeredBy().value(),
                "question:" + q.id());
        knowledge.save(entry);
        return ctx.reply("knowledge.added", entry.title(), entry.id());
    }
}
