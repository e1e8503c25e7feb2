package com.salesbot.core.knowledge;

import com.salesbot.core.conversation.Reply;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.skill.SideEffect;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.skill.SkillSpec;
import java.util.List;

/** An admin reloads the knowledge folder ("reload knowledge base") after changing its files. */
public final class ReloadKnowledgeSkill implements Skill {
    private static final SkillSpec SPEC =
            new SkillSpec(Intent.RELOAD_KNOWLEDGE, List.of(), List.of(), List.of(), Role.ADMIN, SideEffect.WRITES);

    private final KnowledgeBase knowledge;

    public ReloadKnowledgeSkill(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public SkillSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(SkillContext ctx) {
        KnowledgeBase.FileLoad load = knowledge.reloadFiles();
        return ctx.reply("knowledge.reloaded", load.loaded(), load.removed());
    }
}
