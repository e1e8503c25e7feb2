package com.salesbot.core.feedback;

import com.salesbot.core.kernel.Period;
import java.util.List;

/** Port: feedback as sent; anonymous records must hold nothing that leads back to the sender. */
public interface FeedbackStore {
    /** Stores the feedback; true once the database acknowledged it. */
    boolean add(Feedback feedback);

    /** A team's feedback with a day in the period, oldest first. */
    List<Feedback> forTeam(String teamId, Period period);
}
