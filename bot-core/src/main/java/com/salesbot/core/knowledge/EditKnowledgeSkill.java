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

/** A manager rewrites an entry of their team: "edit playbook #K1A2B3C: new title → new body". */
public final class EditKnowledgeSkill implements Skill {
    private static final SkillSpec SPEC =
            new SkillSpec(Intent.EDIT_KNOWLEDGE, List.of(), List.of(), List.of(), Role.MANAGER, SideEffect.WRITES);

    private final KnowledgeBase knowledge;

    public EditKnowledgeSkill(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public SkillSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(SkillContext ctx) {
        Optional<KnowledgeEntry> entry = EntryRefs.ownEntry(ctx, knowledge);
        if (entry.isEmpty()) {
            return ctx.reply("knowledge.unknown_entry");
        }
        KnowledgeText.Parsed parsed = KnowledgeText.parse(ctx.text());
        if (parsed.body().isBlank()) {
            return ctx.reply("knowledge.add.empty");
        }
        KnowledgeEntry changed = entry.get().withText(parsed.title(), parsed.body());
        knowledge.save(changed);
        return ctx.reply("knowledge.edited", changed.id(), changed.title());
    }
}
