package com.salesbot.core.fakes;

import com.salesbot.core.kernel.Source;
import com.salesbot.core.training.QuizAnswer;
import com.salesbot.core.training.TrainingItem;
import com.salesbot.core.training.TrainingStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link TrainingStore} in memory: items numbered T1, T2…, one answer per person per quiz. */
public final class InMemoryTrainingStore implements TrainingStore {
    private final Map<String, TrainingItem> items = new LinkedHashMap<>();
    private final Map<String, String> byMessage = new LinkedHashMap<>();
    private final List<QuizAnswer> answers = new ArrayList<>();

    @Override
    public synchronized TrainingItem add(TrainingItem item, Source source) {
        String known = byMessage.get(source.messageKey());
        if (known != null) {
            return items.get(known);
        }
        String id = "T" + (items.size() + 1);
        TrainingItem stored = new TrainingItem(
                id, item.teamId(), item.kind(), item.text(), item.options(), item.correct(), item.author());
        items.put(id, stored);
        byMessage.put(source.messageKey(), id);
        return stored;
    }

    @Override
    public synchronized Optional<TrainingItem> item(String id) {
        return Optional.ofNullable(items.get(id));
    }

    @Override
    public synchronized List<TrainingItem> quizzes(String teamId) {
        return items.values().stream()
                .filter(i -> i.teamId().equals(teamId) && i.kind() == TrainingItem.Kind.QUIZ)
                .toList();
    }

    @Override
    public synchronized boolean answer(QuizAnswer answer) {
        if (answers.stream()
                .anyMatch(a -> a.quizId().equals(answer.quizId()) && a.person().equals(answer.person()))) {
            return false;
        }
        answers.add(answer);
        return true;
    }

    @Override
    public synchronized List<QuizAnswer> answers(String quizId) {
        return answers.stream().filter(a -> a.quizId().equals(quizId)).toList();
    }
}
