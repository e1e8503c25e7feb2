package com.salesbot.core.help;

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

/** The fallback: says it did not understand and suggests a few things the speaker can say. */
public final class UnknownSkill implements Skill {
    private static final int SUGGESTIONS = 3;
    private static final SkillSpec SPEC =
            new SkillSpec(Intent.UNKNOWN, List.of(), List.of(), List.of(), Role.REP, SideEffect.READS);

    @Override
    public SkillSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(SkillContext ctx) {
        List<String> examples = ctx.skills().stream()
                .filter(s -> s.listedInHelp() && s.intent() != Intent.HELP && s.intent() != Intent.UNDO)
                .filter(s -> ctx.speaker().role().covers(s.requiredRole()))
                .map(s -> (ctx.lang() == Lang.ZH ? s.examplesZh() : s.examplesEn()))
                .filter(list -> !list.isEmpty())
                .map(list -> list.get(0))
                .limit(SUGGESTIONS)
                .toList();
        StringBuilder text = new StringBuilder(ctx.say("unknown.intro"));
        examples.forEach(ex -> text.append("\n• \"").append(ex).append('"'));
        text.append('\n').append(ctx.say("unknown.help_hint"));
        return Reply.text(text.toString())
                .with(new Block.Choices(
                        List.of(new Block.Choice(ctx.say("choice.help"), ctx.say("choice.help.text")))));
    }
}
