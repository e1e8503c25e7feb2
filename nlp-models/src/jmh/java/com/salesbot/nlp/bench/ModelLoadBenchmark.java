package com.salesbot.nlp.bench;

import com.salesbot.core.nlu.IntentParser;
import com.salesbot.nlp.Nlu;
import com.salesbot.nlp.intent.IntentClassifier;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to load the model, as the bot does once at start-up (bar: < 1 s). Single shots with no warm-up:
 * the first iteration of each fork is the cold start a user waits for; later ones are warm reloads.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(2)
@Warmup(iterations = 0)
@Measurement(iterations = 5)
public class ModelLoadBenchmark {
    /** What the app does: the bundled OpenNLP parser, or the keyword parser when none is bundled. */
    @Benchmark
    public IntentParser defaultParser() {
        return Nlu.defaultParser();
    }

    /** The bundled model alone (empty, and near free, when the build bundles none). */
    @Benchmark
    public Optional<IntentClassifier> bundledClassifier() {
        return IntentClassifier.bundled();
    }

    /** The model named by {@code -Dsalesbot.bench.model}, read from disk (empty when none is named). */
    @Benchmark
    public Optional<IntentClassifier> classifierFromFile() {
        return BenchParsers.modelFile().map(BenchParsers::classifier);
    }
}
