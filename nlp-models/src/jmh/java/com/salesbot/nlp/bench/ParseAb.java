package com.salesbot.nlp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesbot.core.nlu.IntentParser;
import com.salesbot.core.nlu.ParsedMessage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Two builds of the parser side by side in one JVM, each in its own class loader: {@code diff}
 * parses every line of the given corpus files with both and prints each difference (intent,
 * confidence to the bit, language, entities, runners-up); {@code ab} times both on the benchmark
 * messages in alternating 200 ms slices of thread CPU time, which a busy machine disturbs far less
 * than one JMH run after another.
 *
 * <pre>
 * java -cp "$(cat cp)" com.salesbot.nlp.bench.ParseAb diff OLD_CLASSES NEW_CLASSES corpus/train/*.jsonl …
 * java -cp "$(cat cp)" com.salesbot.nlp.bench.ParseAb ab OLD_CLASSES NEW_CLASSES en|zh SECONDS
 * </pre>
 *
 * where {@code *_CLASSES} are copies of {@code nlp-models/target/classes} of the two builds.
 */
public final class ParseAb {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ParseAb() {}

    public static void main(String[] args) throws Exception {
        IntentParser before = parserFrom(Path.of(args[1]));
        IntentParser after = parserFrom(Path.of(args[2]));
        switch (args[0]) {
            case "diff" -> diff(before, after, args);
            case "ab" ->
                ab(
                        before,
                        after,
                        args[3].equals("zh") ? ParseBenchmark.CHINESE : ParseBenchmark.ENGLISH,
                        Integer.parseInt(args[4]));
            default -> throw new IllegalArgumentException("diff or ab, not " + args[0]);
        }
    }

    private static void diff(IntentParser before, IntentParser after, String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        int parses = 0;
        int differences = 0;
        for (int i = 3; i < args.length; i++) {
            for (String line : Files.readAllLines(Path.of(args[i]), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode example = json.readTree(line);
                String text = example.get("text").asText();
                ZonedDateTime now = example.has("now")
                        ? LocalDateTime.parse(example.get("now").asText())
                                .atZone(ZoneId.of(example.path("zone").asText("Asia/Shanghai")))
                        : BenchParsers.NOW;
                // as written at its own clock, and lower-cased (as reps type) at the bench clock
                String[] variants = {text, text.toLowerCase(Locale.ROOT)};
                for (int v = 0; v < variants.length; v++) {
                    String variant = variants[v];
                    ZonedDateTime at = v == 0 ? now : BenchParsers.NOW;
                    String was = show(before.parse(variant, at));
                    String is = show(after.parse(variant, at));
                    parses++;
                    if (!was.equals(is)) {
                        differences++;
                        System.out.println(variant + "\n  before " + was + "\n  after  " + is);
                    }
                }
            }
        }
        System.out.println(parses + " parses, " + differences + " differences");
    }

    private static void ab(IntentParser before, IntentParser after, List<String> messages, int seconds) {
        IntentParser[] parsers = {before, after};
        long[] count = new long[2];
        long[] cpu = new long[2];
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long sink = 0;
        for (int round = 0; System.nanoTime() < end; round++) {
            if (round == 10) {
                count = new long[2]; // the first ten rounds warm both up
                cpu = new long[2];
            }
            for (int k = 0; k < 2; k++) {
                int which = (round & 1) == 0 ? k : 1 - k;
                long stop = System.nanoTime() + 200_000_000L;
                long started = THREADS.getCurrentThreadCpuTime();
                while (System.nanoTime() < stop) {
                    for (String message : messages) {
                        sink += parsers[which]
                                .parse(message, BenchParsers.NOW)
                                .entities()
                                .values()
                                .size();
                    }
                    count[which] += messages.size();
                }
                cpu[which] += THREADS.getCurrentThreadCpuTime() - started;
            }
        }
        System.out.printf("before: %.0f msgs per CPU-second (%d msgs)%n", count[0] * 1e9 / cpu[0], count[0]);
        System.out.printf("after:  %.0f msgs per CPU-second (%d msgs)%n", count[1] * 1e9 / cpu[1], count[1]);
        System.out.println("(checksum " + sink + ")");
    }

    private static String show(ParsedMessage m) {
        return m.intent() + " " + m.confidence() + " " + m.lang() + " "
                + m.entities().values() + " " + m.alternatives();
    }

    // the build's own NLU classes and OpenNLP (whose extension loader must see them), the rest shared
    private static IntentParser parserFrom(Path classes) throws Exception {
        URL openNlp = opennlp.tools.doccat.DoccatModel.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation();
        ClassLoader loader =
                new ChildFirst(new URL[] {classes.toUri().toURL(), openNlp}, ParseAb.class.getClassLoader());
        return (IntentParser) loader.loadClass("com.salesbot.nlp.Nlu")
                .getMethod("defaultParser")
                .invoke(null);
    }

    /** Loads the NLU and OpenNLP classes from its own path first, everything else from its parent. */
    private static final class ChildFirst extends URLClassLoader {
        ChildFirst(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!(name.startsWith("com.salesbot.nlp.") || name.startsWith("opennlp."))
                    || name.startsWith("com.salesbot.nlp.bench.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    try {
                        loaded = findClass(name);
                    } catch (ClassNotFoundException e) {
                        loaded = super.loadClass(name, false);
                    }
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }
    }
}
