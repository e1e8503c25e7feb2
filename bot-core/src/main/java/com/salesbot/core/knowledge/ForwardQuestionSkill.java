package com.salesbot.core.knowledge;

import com.salesbot.core.conversation.DirectMessages;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.i18n.Messages;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.Person;
import com.salesbot.core.skill.SideEffect;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.skill.SkillSpec;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Sends a question to the asker's managers ("ask manager: …", the button under an unanswered
 * question). Each manager gets it in their own language with the number to answer it by.
 */
public final class ForwardQuestionSkill implements Skill {
    private static final SkillSpec SPEC =
            new SkillSpec(Intent.FORWARD_QUESTION, List.of(), List.of(), List.of(), Role.REP, SideEffect.WRITES);
    private static final Pattern COMMAND =
            Pattern.compile("^(ask (my |the )?manager|问经理)\\s*[:：]\\s*", Pattern.CASE_INSENSITIVE);

    private final QuestionStore questions;
    private final Directory directory;
    private final DirectMessages direct;
    private final Messages messages;

    public ForwardQuestionSkill(
            QuestionStore questions, Directory directory, DirectMessages direct, Messages messages) {
        this.questions = questions;
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
        String text = COMMAND.matcher(ctx.text().strip()).replaceFirst("").strip();
        if (text.isEmpty()) {
            return ctx.reply("question.empty");
        }
        List<Person> managers = directory.members(ctx.team().id()).stream()
                .filter(p ->
                        p.role() == Role.MANAGER && !p.id().equals(ctx.speaker().id()))
                .toList();
        if (managers.isEmpty()) {
            return ctx.reply("question.no_manager");
        }
        Question question = questions.ask(ctx.team().id(), text, ctx.lang(), ctx.source());
        int reached = 0;
        for (Person manager : managers) {
            String note = messages.get(
                    manager.lang(), "question.to_manager", ctx.speaker().displayName(), text, question.id());
            if (direct.send(manager, Reply.text(note))) {
                reached++;
            }
        }
        if (reached == 0) {
            return ctx.reply("question.undelivered", question.id());
        }
        String names =
                String.join(", ", managers.stream().map(Person::displayName).toList());
        return ctx.reply("question.forwarded", names, question.id());
    }
}
