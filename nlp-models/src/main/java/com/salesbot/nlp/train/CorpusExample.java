package com.salesbot.nlp.train;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/** One line of a corpus or evaluation file: text, gold intent, gold entities, reference clock. */
public record CorpusExample(String text, String intent, String lang, JsonNode entities, String now, String zone) {
    public CorpusExample {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(intent, "intent");
    }
}
