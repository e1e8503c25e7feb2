package com.salesbot.core.help;

import com.salesbot.core.conversation.Reply;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.skill.SideEffect;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.skill.SkillSpec;
import java.util.List;

/** Lists what the speaker can do, built from the registered skills' own declarations. */
public final class HelpSkill implements Skill {
    private static final SkillSpec SPEC =
            new SkillSpec(Intent.HELP, List.of("help"), List.of("帮助"), List.of(), Role.REP, SideEffect.READS);

    @Override
    public SkillSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(SkillContext ctx) {
        StringBuilder text = new StringBuilder(ctx.say("help.title"));
        for (SkillSpec spec : ctx.skills()) {
            if (!spec.listedInHelp()
                    || spec.intent() == Intent.HELP
                    || !ctx.speaker().role().covers(spec.requiredRole())) {
                continue;
            }
            List<String> examples = ctx.lang() == Lang.ZH ? spec.examplesZh() : spec.examplesEn();
            text.append("\n• ").append(ctx.say(spec.descriptionKey()));
            if (!examples.isEmpty()) {
                text.append(" — \"").append(examples.get(0)).append('"');
            }
        }
        return Reply.text(text.toString());
    }
}
