package com.salesbot.core.training;

import com.salesbot.core.conversation.Reply;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.skill.SideEffect;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.skill.SkillSpec;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A quiz button pressed ("quiz #T1 answer 2"): the first answer per person counts and is marked right or wrong. */
public final class QuizAnswerSkill implements Skill {
    private static final SkillSpec SPEC =
            new SkillSpec(Intent.QUIZ_ANSWER, List.of(), List.of(), List.of(), Role.REP, SideEffect.WRITES);
    private static final Pattern ANSWER =
            Pattern.compile("#(t\\d+)\\s*(?:answer|答案)\\s*(\\d+)", Pattern.CASE_INSENSITIVE);

    private final TrainingStore training;

    public QuizAnswerSkill(TrainingStore training) {
        this.training = training;
    }

    @Override
    public SkillSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(SkillContext ctx) {
        Matcher answer = ANSWER.matcher(ctx.text());
        if (!answer.find()) {
            return ctx.reply("training.unknown_quiz");
        }
        Optional<TrainingItem> quiz = training.item(answer.group(1).toUpperCase(Locale.ROOT))
                .filter(q -> q.kind() == TrainingItem.Kind.QUIZ
                        && q.teamId().equals(ctx.team().id()));
        if (quiz.isEmpty()) {
            return ctx.reply("training.unknown_quiz");
        }
        TrainingItem q = quiz.get();
        int choice = Integer.parseInt(answer.group(2)) - 1;
        if (choice < 0 || choice >= q.options().size()) {
            return ctx.reply("training.bad_choice", q.options().size());
        }
        boolean correct = choice == q.correct();
        if (!training.answer(new QuizAnswer(q.id(), ctx.speaker().id(), choice, correct))) {
            return ctx.reply("training.already_answered", q.id());
        }
        return correct
                ? ctx.reply("training.correct")
                : ctx.reply("training.wrong", q.correct() + 1, q.options().get(q.correct()));
    }
}
