package com.salesbot.core.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * Tuning of the conversation engine.
 *
 * @param clarifyBelow below this intent confidence the bot asks which of the two best readings was
 *     meant instead of guessing; 0 never asks
 * @param questionTimeout how long a question ("Which customer?") waits for its answer
 */
public record EngineSettings(double clarifyBelow, Duration questionTimeout) {
    public EngineSettings {
        if (clarifyBelow < 0 || clarifyBelow > 1) {
            throw new IllegalArgumentException("clarifyBelow must be in 0..1");
        }
        Objects.requireNonNull(questionTimeout, "questionTimeout");
    }

    /** Never asks for clarification; questions wait five minutes. */
    public static EngineSettings defaults() {
        return new EngineSettings(0.0, Duration.ofMinutes(5));
    }
}
