package com.salesbot.core.fakes;

import com.salesbot.core.feedback.Feedback;
import com.salesbot.core.feedback.FeedbackStore;
import com.salesbot.core.kernel.Period;
import java.util.ArrayList;
import java.util.List;

/** {@link FeedbackStore} in memory, keeping the records exactly as the skill made them. */
public final class InMemoryFeedbackStore implements FeedbackStore {
    private final List<Feedback> feedback = new ArrayList<>();

    @Override
    public synchronized boolean add(Feedback item) {
        feedback.add(item);
        return true;
    }

    @Override
    public synchronized List<Feedback> forTeam(String teamId, Period period) {
        return feedback.stream()
                .filter(f -> teamId.equals(f.teamId()) && period.contains(f.day()))
                .toList();
    }

    /** Everything stored, as stored. */
    public synchronized List<Feedback> all() {
        return List.copyOf(feedback);
    }
}
