package com.salesbot.nlp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Prints every model file's size and the total on disk (bar: < 30 MB); not a timing, so not JMH. */
public final class ModelFootprint {
    static final long BAR_BYTES = 30L * 1024 * 1024;

    private ModelFootprint() {}

    /** Arguments: the bundled models folder, then any extra model files or folders to report on. */
    public static void main(String[] args) throws IOException {
        for (String arg : args) {
            report(Path.of(arg));
        }
    }

    private static void report(Path root) throws IOException {
        if (!Files.exists(root)) {
            System.out.printf("model files under %s: none (no model bundled), total 0 bytes%n", root);
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        long total = 0;
        for (Path file : files) {
            long size = Files.size(file);
            total += size;
            System.out.printf("  %,12d bytes  %s%n", size, file);
        }
        System.out.printf(
                "model files under %s: %d file(s), total %,d bytes (%.2f MiB); bar < 30 MiB: %s%n",
                root, files.size(), total, total / 1024.0 / 1024.0, total < BAR_BYTES ? "met" : "NOT MET");
    }
}
