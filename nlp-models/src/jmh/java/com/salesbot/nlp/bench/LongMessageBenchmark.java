package com.salesbot.nlp.bench;

import com.salesbot.core.nlu.IntentParser;
import com.salesbot.core.nlu.ParsedMessage;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Time to parse one message at Slack's 40,000-character limit (bar: < 50 ms). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LongMessageBenchmark {
    static final int LENGTH = 40_000;

    /** prose: a long mixed English/Chinese sales report; dense: mention, amount and date characters only. */
    @Param({"prose", "dense"})
    public String kind;

    private IntentParser parser;
    private String message;

    @Setup
    public void setUp() {
        parser = BenchParsers.parser();
        String unit = kind.equals("prose")
                ? String.join(" ", ParseBenchmark.ENGLISH) + " " + String.join("，", ParseBenchmark.CHINESE) + " "
                : "<@U024BE7LH> 5万 12k $1.5M <@!80351110224678912> 3千元 12,500 12月5日 @@<< 99 ";
        message = unit.repeat(LENGTH / unit.length() + 1).substring(0, LENGTH);
    }

    @Benchmark
    public ParsedMessage fortyThousandCharacters() {
        return parser.parse(message, BenchParsers.NOW);
    }
}
