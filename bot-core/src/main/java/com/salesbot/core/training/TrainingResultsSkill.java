package com.salesbot.core.training;

import com.salesbot.core.conversation.Reply;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.Person;
import com.salesbot.core.skill.SideEffect;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.skill.SkillSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A manager sees each quiz of the team: how many reps answered, how many got it right, and who is missing. */
public final class TrainingResultsSkill implements Skill {
    private static final SkillSpec SPEC = new SkillSpec(
            Intent.TRAINING_RESULTS,
            List.of("quiz results"),
            List.of("测验结果"),
            List.of(),
            Role.MANAGER,
            SideEffect.READS);

    private final TrainingStore training;
    private final Directory directory;

    public TrainingResultsSkill(TrainingStore training, Directory directory) {
        this.training = training;
        this.directory = directory;
    }

    @Override
    public SkillSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(SkillContext ctx) {
        List<TrainingItem> quizzes = training.quizzes(ctx.team().id());
        if (quizzes.isEmpty()) {
            return ctx.reply("training.results.none");
        }
        List<Person> reps = directory.members(ctx.team().id()).stream()
                .filter(p -> p.role() == Role.REP)
                .toList();
        StringBuilder text = new StringBuilder(ctx.say("training.results.head"));
        for (TrainingItem quiz : quizzes) {
            Map<String, QuizAnswer> byPerson = training.answers(quiz.id()).stream()
                    .collect(Collectors.toMap(a -> a.person().value(), Function.identity(), (a, b) -> a));
            long right = byPerson.values().stream().filter(QuizAnswer::correct).count();
            List<String> missing = new ArrayList<>();
            reps.stream().filter(p -> !byPerson.containsKey(p.id().value())).forEach(p -> missing.add(p.displayName()));
            text.append('\n')
                    .append(ctx.say(
                            "training.results.line",
                            quiz.id(),
                            quiz.text(),
                            byPerson.size(),
                            reps.size(),
                            right,
                            byPerson.isEmpty() ? 0 : Math.round(100.0 * right / byPerson.size())));
            if (!missing.isEmpty()) {
                text.append(ctx.say("training.results.missing", String.join(", ", missing)));
            }
        }
        return Reply.text(text.toString());
    }
}
