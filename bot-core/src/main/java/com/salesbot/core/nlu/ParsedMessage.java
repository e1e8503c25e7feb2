package com.salesbot.core.nlu;

import com.salesbot.core.kernel.Lang;
import java.util.List;
import java.util.Objects;

/**
 * What the recogniser understood: the intent with its probability, the message's language, the
 * entities, and the runner-up readings for when the bot should ask instead of guessing.
 */
public record ParsedMessage(
        Intent intent, double confidence, Lang lang, Entities entities, List<ScoredIntent> alternatives) {
    public ParsedMessage {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(entities, "entities");
        alternatives = List.copyOf(alternatives);
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in 0..1: " + confidence);
        }
    }

    /** A reading with no alternatives. */
    public ParsedMessage(Intent intent, double confidence, Lang lang, Entities entities) {
        this(intent, confidence, lang, entities, List.of());
    }

    /** One candidate intent and its probability. */
    public record ScoredIntent(Intent intent, double confidence) {}
}
