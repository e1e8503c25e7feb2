package com.salesbot.core.knowledge;

import com.salesbot.core.conversation.LanguageDetector;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.skill.SideEffect;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.skill.SkillSpec;
import java.util.List;

/**
 * A manager adds an entry from chat: "add to playbook: how to answer 'too expensive' → …". The title
 * is what comes before the arrow (or the first sentence), {@code #words} become tags. The id comes from
 * the message, so a retried message replaces its entry instead of adding a second one.
 */
public final class AddKnowledgeSkill implements Skill {
    private static final SkillSpec SPEC = new SkillSpec(
            Intent.ADD_KNOWLEDGE,
            List.of("add to playbook: how to answer 'too expensive' → stress the three-year cost"),
            List.of("加入知识库：客户嫌贵 → 强调三年总成本"),
            List.of(),
            Role.MANAGER,
            SideEffect.WRITES);

    private final KnowledgeBase knowledge;

    public AddKnowledgeSkill(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public SkillSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(SkillContext ctx) {
        KnowledgeText.Parsed parsed = KnowledgeText.parse(ctx.text());
        if (parsed.body().isBlank()) {
            return ctx.reply("knowledge.add.empty");
        }
        KnowledgeEntry entry = new KnowledgeEntry(
                KnowledgeIds.of("chat:" + ctx.source().messageKey()),
                ctx.team().id(),
                parsed.title(),
                parsed.body(),
                parsed.tags(),
                LanguageDetector.detect(parsed.title() + " " + parsed.body()),
                ctx.speaker().id().value(),
                "chat");
        knowledge.save(entry);
        return ctx.reply("knowledge.added", entry.title(), entry.id());
    }
}
