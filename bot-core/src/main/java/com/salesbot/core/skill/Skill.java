package com.salesbot.core.skill;

import com.salesbot.core.conversation.Reply;

/** One capability of the bot, answering exactly one intent. */
public interface Skill {
    /** What the skill is, who may use it and what it needs. */
    SkillSpec spec();

    /** Does the work and says what happened; never claims a write that was not acknowledged. */
    Reply handle(SkillContext context);
}
