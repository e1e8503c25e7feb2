package com.salesbot.nlp.bench;

import com.salesbot.core.nlu.IntentParser;
import com.salesbot.core.nlu.ParsedMessage;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/** Messages per second on one thread for typical short chat messages (bar: ≥ 20,000 msgs/s). */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(2)
// The JIT takes several seconds to settle on the parser's regexes and the model's feature code.
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ParseBenchmark {
    // Typical messages of the contract's kinds; cycling through them keeps one branch from dominating.
    static final List<String> ENGLISH = List.of(
            "log visit Acme Corp, met the CTO, demo went well, follow up next Tuesday",
            "closed $12.5k with Globex today",
            "how am I doing against my target this month?",
            "set <@U024BE7LH> target to 50k for December",
            "remind the team about the pipeline review every Monday at 9am",
            "kudos <@80351110224678912> for landing the Initech renewal!",
            "move Helix to negotiation",
            "what's the history with Umbrella?");
    static final List<String> CHINESE = List.of(
            "今天拜访了华为技术,王经理对方案很感兴趣,下周三再跟进",
            "本周拜访量排行",
            "和腾讯签了5万的单",
            "我这个月的目标完成了多少",
            "把华为技术改成赢单",
            "提醒我每个工作日早上九点打电话",
            "金蝶也在跟华为技术谈",
            "谁还没交日报");

    private IntentParser parser;
    private int next;

    @Setup
    public void setUp() {
        parser = BenchParsers.parser();
    }

    @Benchmark
    public ParsedMessage shortEnglish() {
        return parser.parse(ENGLISH.get(next++ & 7), BenchParsers.NOW);
    }

    @Benchmark
    public ParsedMessage shortChinese() {
        return parser.parse(CHINESE.get(next++ & 7), BenchParsers.NOW);
    }
}
