package com.salesbot.core.knowledge;

import com.salesbot.core.conversation.Block;
import com.salesbot.core.conversation.DirectMessages;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.i18n.Messages;
import com.salesbot.core.kernel.Lang;
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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A manager answers a forwarded question ("answer #Q3: …"): the answer goes to the rep who asked, and
 * the manager gets a button that saves question and answer to the knowledge base.
 */
public final class AnswerQuestionSkill implements Skill {
    private static final SkillSpec SPEC =
            new SkillSpec(Intent.ANSWER_QUESTION, List.of(), List.of(), List.of(), Role.MANAGER, SideEffect.WRITES);
    private static final Pattern COMMAND =
            Pattern.compile("^(answer|回答)\\s*#(q\\d+)\\s*[:：]\\s*", Pattern.CASE_INSENSITIVE);

    private final QuestionStore questions;
    private final Directory directory;
    private final DirectMessages direct;
    private final Messages messages;

    public AnswerQuestionSkill(QuestionStore questions, Directory directory, DirectMessages direct, Messages messages) {
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
        Matcher command = COMMAND.matcher(ctx.text().strip());
        if (!command.find()) {
            return ctx.reply("question.unknown");
        }
        Optional<Question> question = Questions.visible(questions, command.group(2), ctx);
        if (question.isEmpty()) {
            return ctx.reply("question.unknown");
        }
        String answer = ctx.text().strip().substring(command.end()).strip();
        if (answer.isEmpty()) {
            return ctx.reply("question.empty_answer");
        }
        Question q = question.get();
        if (!questions.answer(q.id(), answer, ctx.speaker().id())) {
            return ctx.reply("question.unknown");
        }
        Optional<Person> asker = directory.byId(q.asker());
        String askerName = asker.map(Person::displayName).orElse(q.asker().value());
        boolean delivered = asker.isPresent()
                && direct.send(
                        asker.get(),
                        Reply.text(messages.get(
                                q.lang(),
                                "question.answer_to_rep",
                                ctx.speaker().displayName(),
                                q.text(),
                                answer)));
        String save = ctx.lang() == Lang.ZH ? "保存答案 #" : "save answer #";
        return ctx.reply(delivered ? "question.answered" : "question.answered_undelivered", askerName)
                .with(new Block.Choices(List.of(
                        new Block.Choice(ctx.say("question.choice.save"), save + q.id().toUpperCase(Locale.ROOT)))));
    }
}
