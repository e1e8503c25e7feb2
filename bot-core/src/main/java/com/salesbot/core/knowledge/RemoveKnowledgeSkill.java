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

/** A manager removes an entry of their team: "remove playbook #K1A2B3C". */
public final class RemoveKnowledgeSkill implements Skill {
    private static final SkillSpec SPEC =
            new SkillSpec(Intent.REMOVE_KNOWLEDGE, List.of(), List.of(), List.of(), Role.MANAGER, SideEffect.WRITES);

    private final KnowledgeBase knowledge;

    public RemoveKnowledgeSkill(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public SkillSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(SkillContext ctx) {
        Optional<KnowledgeEntry> entry = EntryRefs.ownEntry(ctx, knowledge);
        if (entry.isEmpty() || !knowledge.remove(entry.get().id())) {
            return ctx.reply("knowledge.unknown_entry");
        }
        return ctx.reply("knowledge.removed", entry.get().id(), entry.get().title());
    }
}
