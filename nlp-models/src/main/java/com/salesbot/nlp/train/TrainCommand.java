package com.salesbot.nlp.train;

import com.salesbot.nlp.names.NameFinderTrainer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Rebuilds the bundled models from the training corpora:
 * {@code java -cp … com.salesbot.nlp.train.TrainCommand nlp-models/corpus/train nlp-models/src/main/resources/models}.
 */
public final class TrainCommand {
    private TrainCommand() {}

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "nlp-models/corpus/train");
        Path out = Path.of(args.length > 1 ? args[1] : "nlp-models/src/main/resources/models");
        List<CorpusExample> examples = CorpusReader.read(jsonlFiles(corpus));
        long start = System.nanoTime();
        DoccatModel model = new IntentTrainer().train(examples);
        Files.createDirectories(out);
        try (OutputStream os = Files.newOutputStream(out.resolve("intent.bin"))) {
            model.serialize(os);
        }
        System.err.printf(
                "trained intent model on %d examples in %.1f s -> %s%n",
                examples.size(), (System.nanoTime() - start) / 1e9, out.resolve("intent.bin"));
        start = System.nanoTime();
        TokenNameFinderModel names = new NameFinderTrainer().train(examples);
        try (OutputStream os = Files.newOutputStream(out.resolve("names.bin"))) {
            names.serialize(os);
        }
        System.err.printf(
                "trained name finder in %.1f s -> %s%n", (System.nanoTime() - start) / 1e9, out.resolve("names.bin"));
    }

    /** The {@code .jsonl} files of a folder, sorted so the order (and so the model) is stable. */
    public static List<Path> jsonlFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
    }
}
