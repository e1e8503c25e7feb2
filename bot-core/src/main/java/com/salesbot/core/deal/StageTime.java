package com.salesbot.core.deal;

import com.salesbot.core.skill.SkillContext;
import java.time.Duration;

/** Says how long a deal has been in a stage, in days once it is a day or more, else in hours. */
final class StageTime {
    private StageTime() {}

    static String say(SkillContext ctx, Duration spent) {
        if (spent.toDays() >= 1) {
            return ctx.say("deal.duration.days", spent.toDays());
        }
        return spent.toHours() >= 1 ? ctx.say("deal.duration.hours", spent.toHours()) : ctx.say("deal.duration.new");
    }
}
