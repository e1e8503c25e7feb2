package com.salesbot.core.entry;

import com.salesbot.core.conversation.Reply;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.skill.SideEffect;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.skill.SkillSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Takes back the speaker's own most recent entry, if it is less than a day old. */
public final class UndoSkill implements Skill {
    /** Older entries are history; taking them back needs a manager, not a chat command. */
    static final Duration WINDOW = Duration.ofHours(24);

    private static final SkillSpec SPEC =
            new SkillSpec(Intent.UNDO, List.of("undo"), List.of("撤销"), List.of(), Role.REP, SideEffect.WRITES);

    private final Map<EntryKind, UndoableStore> stores;

    public UndoSkill(Map<EntryKind, UndoableStore> stores) {
        this.stores = Map.copyOf(stores);
    }

    @Override
    public SkillSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(SkillContext ctx) {
        Instant since = ctx.now().toInstant().minus(WINDOW);
        Optional<EntryRef> latest = stores.values().stream()
                .map(s -> s.latestBy(ctx.speaker().id(), since))
                .flatMap(Optional::stream)
                .max(Comparator.comparing(EntryRef::writtenAt));
        if (latest.isEmpty()) {
            return ctx.reply("undo.nothing");
        }
        EntryRef entry = latest.get();
        if (!stores.get(entry.kind()).undo(entry)) {
            return ctx.reply("undo.nothing");
        }
        return ctx.reply("undo.done", ctx.say(entry.kind().messageKey()), entry.summary());
    }
}
