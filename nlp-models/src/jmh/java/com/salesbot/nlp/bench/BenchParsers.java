package com.salesbot.nlp.bench;

import com.salesbot.core.nlu.IntentParser;
import com.salesbot.nlp.Nlu;
import com.salesbot.nlp.intent.IntentClassifier;
import com.salesbot.nlp.intent.OpenNlpIntentParser;
import com.salesbot.nlp.normalize.EntityExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import opennlp.tools.doccat.DoccatModel;

/**
 * The parser the benchmarks measure: what the build bundles ({@link Nlu#defaultParser()}), or the
 * OpenNLP parser over the model file named by {@code -Dsalesbot.bench.model=…/intent.bin}.
 */
final class BenchParsers {
    static final ZonedDateTime NOW = LocalDateTime.of(2026, 11, 27, 10, 0).atZone(ZoneId.of("Asia/Shanghai"));

    private BenchParsers() {}

    static IntentParser parser() {
        IntentParser parser = modelFile()
                .<IntentParser>map(file -> new OpenNlpIntentParser(classifier(file), new EntityExtractor()))
                .orElseGet(Nlu::defaultParser);
        System.err.println("bench: parser " + parser.getClass().getSimpleName()
                + modelFile().map(f -> " over " + f).orElse(" (as bundled)"));
        return parser;
    }

    /** The model file to measure instead of the bundled one, if one was named. */
    static Optional<Path> modelFile() {
        String name = System.getProperty("salesbot.bench.model", "");
        return name.isBlank() ? Optional.empty() : Optional.of(Path.of(name));
    }

    static IntentClassifier classifier(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new IntentClassifier(new DoccatModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
