package com.salesbot.core.knowledge;

import com.salesbot.core.conversation.Block;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.skill.SideEffect;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.skill.SkillSpec;
import java.util.List;

/**
 * Answers a question from the team knowledge base with the best one to three entries and a short
 * excerpt each. When nothing matches well it says so and offers to ask the manager: the button sends
 * "ask manager: QUESTION", which {@link ForwardQuestionSkill} handles.
 */
public final class AskKnowledgeSkill implements Skill {
    private static final SkillSpec SPEC = new SkillSpec(
            Intent.ASK_KNOWLEDGE,
            List.of("how do I handle a discount request?"),
            List.of("X200 的报价是多少"),
            List.of(),
            Role.REP,
            SideEffect.READS);
    private static final int EXCERPT = 160;

    private final KnowledgeBase knowledge;
    private final double minCoverage;

    /**
     * @param minCoverage the share of the question's words the best entry must contain to count as an
     *     answer; below it the bot offers to ask the manager instead
     */
    public AskKnowledgeSkill(KnowledgeBase knowledge, double minCoverage) {
        this.knowledge = knowledge;
        this.minCoverage = minCoverage;
    }

    @Override
    public SkillSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(SkillContext ctx) {
        String question = ctx.text().strip();
        List<KnowledgeHit> hits = knowledge.search(ctx.team().id(), question, 3).stream()
                .filter(hit -> hit.coverage() >= minCoverage)
                .toList();
        if (hits.isEmpty()) {
            String command = ctx.lang() == Lang.ZH ? "问经理：" : "ask manager: ";
            return ctx.reply("knowledge.nothing")
                    .with(new Block.Choices(
                            List.of(new Block.Choice(ctx.say("knowledge.choice.forward"), command + question))));
        }
        StringBuilder text = new StringBuilder(ctx.say("knowledge.found"));
        for (int i = 0; i < hits.size(); i++) {
            KnowledgeEntry entry = hits.get(i).entry();
            text.append('\n')
                    .append(ctx.say(
                            "knowledge.hit",
                            i + 1,
                            entry.title(),
                            KnowledgeText.excerpt(entry.body(), EXCERPT),
                            entry.id()));
        }
        return Reply.text(text.toString());
    }
}
