package com.salesbot.core.feedback;

import com.salesbot.core.conversation.DirectMessages;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.i18n.Messages;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.RecordIds;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.Person;
import com.salesbot.core.skill.SideEffect;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.skill.SkillSpec;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * "feedback: …" or "匿名反馈: …": stored, then sent to the team's managers. Anonymous feedback is
 * stored without the sender, message or time of day, and without the team when the team has only one
 * rep (the team alone would name them); the managers' copy does not name the sender either.
 */
public final class SendFeedbackSkill implements Skill {
    private static final SkillSpec SPEC = new SkillSpec(
            Intent.SEND_FEEDBACK,
            List.of("anonymous feedback: the Friday call runs too long"),
            List.of("匿名反馈：周五的电话会太长了"),
            List.of(),
            Role.REP,
            SideEffect.WRITES);
    private static final Pattern ANONYMOUS = Pattern.compile("anonym|匿名");
    private static final Pattern COMMAND = Pattern.compile(
            "^(anonymous feedback|feedback|匿名反馈|反馈|anonymous|匿名)\\s*(please|一下)?\\s*[:：—-]?\\s*",
            Pattern.CASE_INSENSITIVE);

    private final FeedbackStore feedback;
    private final Directory directory;
    private final DirectMessages direct;
    private final Messages messages;

    public SendFeedbackSkill(FeedbackStore feedback, Directory directory, DirectMessages direct, Messages messages) {
        this.feedback = feedback;
        this.directory = directory;
        this.direct = direct;
        this.messages = messages;
    }

    @Override
    public SkillSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(SkillContext ctx) {
        String message = ctx.text().strip();
        boolean anonymous = ANONYMOUS.matcher(message.toLowerCase(Locale.ROOT)).find();
        String text = COMMAND.matcher(message).replaceFirst("").strip();
        if (text.isEmpty()) {
            return ctx.reply("feedback.empty");
        }
        List<Person> members = directory.members(ctx.team().id());
        List<Person> managers =
                members.stream().filter(p -> p.role() == Role.MANAGER).toList();
        long reps = members.stream().filter(p -> p.role() == Role.REP).count();
        String team = anonymous && reps <= 1 ? null : ctx.team().id();
        PersonId from = anonymous ? null : ctx.speaker().id();
        if (!feedback.add(new Feedback(RecordIds.next(), team, from, text, ctx.lang(), ctx.today()))) {
            return ctx.reply("feedback.not_saved");
        }
        for (Person manager : managers) {
            String note = anonymous
                    ? messages.get(manager.lang(), "feedback.to_manager.anonymous", text)
                    : messages.get(
                            manager.lang(), "feedback.to_manager", ctx.speaker().displayName(), text);
            direct.send(manager, Reply.text(note));
        }
        if (managers.isEmpty()) {
            return ctx.reply("feedback.saved_no_manager");
        }
        return ctx.reply(anonymous ? "feedback.sent.anonymous" : "feedback.sent");
    }
}
