package com.salesbot.core.smalltalk;

import com.salesbot.core.conversation.Reply;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.skill.SideEffect;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.skill.SkillSpec;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Answers greetings and thanks briefly, then steers back to work. */
public final class SmalltalkSkill implements Skill {
    private static final Pattern THANKS = Pattern.compile("thank|thx|\\bty\\b|cheers|谢|感谢|多谢");
    private static final Pattern BYE = Pattern.compile("\\bbye\\b|good ?night|see you|再见|拜拜|晚安");
    private static final SkillSpec SPEC =
            new SkillSpec(Intent.SMALLTALK, List.of(), List.of(), List.of(), Role.REP, SideEffect.READS);

    @Override
    public SkillSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(SkillContext ctx) {
        String text = ctx.text().toLowerCase(Locale.ROOT);
        if (THANKS.matcher(text).find()) {
            return ctx.reply("smalltalk.thanks");
        }
        if (BYE.matcher(text).find()) {
            return ctx.reply("smalltalk.bye", ctx.speaker().displayName());
        }
        return ctx.reply("smalltalk.hello", ctx.speaker().displayName());
    }
}
