package com.salesbot.nlp.cli;

import com.salesbot.core.nlu.IntentParser;
import com.salesbot.nlp.eval.EvalReport;
import com.salesbot.nlp.eval.Evaluator;
import com.salesbot.nlp.train.CorpusReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code eval FILE… [--misses]}: prints intent accuracy (overall, per language, per intent), entity
 * precision/recall/F1 and the confusion list for JSON Lines evaluation sets.
 */
public final class EvalCommand {
    private final IntentParser parser;

    public EvalCommand(IntentParser parser) {
        this.parser = parser;
    }

    /** Scores the files named in {@code args} and prints the report. */
    public EvalReport run(String[] args, PrintStream out) throws IOException {
        List<Path> files = new ArrayList<>();
        boolean showMisses = false;
        for (String arg : args) {
            if (arg.equals("--misses")) {
                showMisses = true;
            } else {
                files.add(Path.of(arg));
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("usage: eval FILE.jsonl [FILE.jsonl …] [--misses]");
        }
        List<String> misses = new ArrayList<>();
        EvalReport report = new Evaluator(parser).evaluate(CorpusReader.read(files), misses::add);
        out.print(report.format());
        if (showMisses) {
            out.println("misses:");
            misses.forEach(m -> out.println("  " + m));
        }
        out.flush();
        return report;
    }
}
