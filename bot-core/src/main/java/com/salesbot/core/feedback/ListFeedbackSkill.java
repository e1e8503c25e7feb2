package com.salesbot.core.feedback;

import com.salesbot.core.conversation.Reply;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.Person;
import com.salesbot.core.skill.SideEffect;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.skill.SkillSpec;
import java.util.List;

/** A manager reads the team's feedback for a period, this month unless they say otherwise. */
public final class ListFeedbackSkill implements Skill {
    private static final SkillSpec SPEC = new SkillSpec(
            Intent.LIST_FEEDBACK,
            List.of("show this month's feedback"),
            List.of("看看本月的反馈"),
            List.of(),
            Role.MANAGER,
            SideEffect.READS);

    private final FeedbackStore feedback;
    private final Directory directory;

    public ListFeedbackSkill(FeedbackStore feedback, Directory directory) {
        this.feedback = feedback;
        this.directory = directory;
    }

    @Override
    public SkillSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(SkillContext ctx) {
        Period period = ctx.entities().period().orElse(Period.monthOf(ctx.today()));
        List<Feedback> found = feedback.forTeam(ctx.team().id(), period);
        if (found.isEmpty()) {
            return ctx.reply("feedback.none", period.start(), period.end());
        }
        StringBuilder text = new StringBuilder(ctx.say("feedback.list", period.start(), period.end(), found.size()));
        for (Feedback item : found) {
            String from = item.anonymous()
                    ? ctx.say("feedback.anonymous")
                    : directory
                            .byId(item.from())
                            .map(Person::displayName)
                            .orElse(item.from().value());
            text.append('\n').append(ctx.say("feedback.line", item.day(), from, item.text()));
        }
        return Reply.text(text.toString());
    }
}
