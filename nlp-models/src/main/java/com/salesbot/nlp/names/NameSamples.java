package com.salesbot.nlp.names;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesbot.nlp.train.CorpusExample;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/** Turns corpus lines into name-finder samples by locating each labelled name in its text. */
public final class NameSamples {
    /** The free-name entity keys the name finder learns. */
    public static final List<String> TYPES = List.of("customer", "contact", "competitor");

    private NameSamples() {}

    /** A sample, or empty when a labelled name cannot be found on token boundaries. */
    public static Optional<NameSample> of(CorpusExample example) {
        List<SpanTokenizer.Token> tokens = SpanTokenizer.tokenize(example.text());
        List<Span> spans = new ArrayList<>();
        JsonNode entities = example.entities();
        for (String type : TYPES) {
            JsonNode value = entities == null ? null : entities.get(type);
            if (value == null || !value.isTextual() || value.asText().isBlank()) {
                continue;
            }
            Optional<Span> span = locate(example.text(), tokens, value.asText(), type, spans);
            if (span.isEmpty()) {
                return Optional.empty();
            }
            spans.add(span.get());
        }
        return Optional.of(new NameSample(SpanTokenizer.texts(tokens), spans.toArray(Span[]::new), true));
    }

    private static Optional<Span> locate(
            String text, List<SpanTokenizer.Token> tokens, String name, String type, List<Span> taken) {
        String lower = text.toLowerCase(Locale.ROOT);
        String target = name.toLowerCase(Locale.ROOT);
        int from = 0;
        while (true) {
            int at = lower.indexOf(target, from);
            if (at < 0) {
                return Optional.empty();
            }
            int startToken = -1;
            int endToken = -1;
            for (int t = 0; t < tokens.size(); t++) {
                if (tokens.get(t).start() == at) {
                    startToken = t;
                }
                if (tokens.get(t).end() == at + target.length()) {
                    endToken = t + 1;
                }
            }
            if (startToken >= 0 && endToken > startToken) {
                Span span = new Span(startToken, endToken, type);
                if (taken.stream().noneMatch(s -> s.intersects(span))) {
                    return Optional.of(span);
                }
            }
            from = at + 1;
        }
    }
}
