package com.salesbot.nlp.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads JSON Lines corpora ({@code {"text","intent","lang","entities","now","zone"}}). */
public final class CorpusReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CorpusReader() {}

    /** Every example of the files, in order; a malformed line fails with its file and line number. */
    public static List<CorpusExample> read(List<Path> files) throws IOException {
        List<CorpusExample> examples = new ArrayList<>();
        for (Path file : files) {
            int number = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode node = MAPPER.readTree(line);
                    examples.add(new CorpusExample(
                            node.get("text").asText(),
                            node.get("intent").asText(),
                            node.path("lang").asText(null),
                            node.path("entities"),
                            node.path("now").asText(null),
                            node.path("zone").asText(null)));
                } catch (IOException | RuntimeException e) {
                    throw new IOException(file + ":" + number + ": not a corpus line: " + e.getMessage(), e);
                }
            }
        }
        return examples;
    }
}
