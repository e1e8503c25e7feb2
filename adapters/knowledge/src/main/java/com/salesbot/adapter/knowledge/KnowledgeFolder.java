package com.salesbot.adapter.knowledge;

import com.salesbot.core.conversation.LanguageDetector;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.knowledge.KnowledgeEntry;
import com.salesbot.core.knowledge.KnowledgeIds;
import com.salesbot.core.knowledge.KnowledgeSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Markdown and CSV files in one folder, each section or row an entry every team can find.
 *
 * <p>Markdown: every {@code ## Title} starts an entry whose body runs to the next one; optional
 * {@code tags: a, b} and {@code lang: zh} lines right under the title. A file without {@code ##}
 * titles is one entry, titled by its {@code #} heading or its file name. CSV: a header row naming
 * {@code title}, {@code body} and optionally {@code tags} (separated by {@code ;}) and {@code lang}.
 * Without a {@code lang} the language is detected from the text.
 */
public final class KnowledgeFolder implements KnowledgeSource {
    private static final Logger LOG = Logger.getLogger(KnowledgeFolder.class.getName());

    private final Path folder;

    public KnowledgeFolder(Path folder) {
        this.folder = folder;
    }

    @Override
    public List<KnowledgeEntry> load() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<KnowledgeEntry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                try {
                    if (name.endsWith(".md") || name.endsWith(".markdown")) {
                        entries.addAll(markdown(file));
                    } else if (name.endsWith(".csv")) {
                        entries.addAll(csv(file));
                    }
                } catch (IOException | RuntimeException e) {
                    // One bad file must not hide the others; the name says which to fix.
                    LOG.log(Level.WARNING, "skipped knowledge file " + file.getFileName() + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the knowledge folder " + folder, e);
        }
        return List.copyOf(entries);
    }

    private static List<KnowledgeEntry> markdown(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        boolean sectioned = lines.stream().anyMatch(l -> l.startsWith("## "));
        List<KnowledgeEntry> entries = new ArrayList<>();
        String title = sectioned ? null : fileTitle(lines, fileName);
        List<String> body = new ArrayList<>();
        for (String line : lines) {
            if (sectioned && line.startsWith("## ")) {
                add(entries, fileName, title, body);
                title = line.substring(3).strip();
                body = new ArrayList<>();
            } else if (!sectioned && line.startsWith("# ")) {
                continue;
            } else if (title != null) {
                body.add(line);
            }
        }
        add(entries, fileName, title, body);
        return entries;
    }

    private static String fileTitle(List<String> lines, String fileName) {
        return lines.stream()
                .filter(l -> l.startsWith("# "))
                .map(l -> l.substring(2).strip())
                .findFirst()
                .orElse(fileName.replaceFirst("\\.[^.]+$", ""));
    }

    private static void add(List<KnowledgeEntry> entries, String fileName, String title, List<String> lines) {
        if (title == null) {
            return;
        }
        List<String> tags = List.of();
        String lang = "";
        List<String> body = new ArrayList<>();
        for (String line : lines) {
            String lower = line.strip().toLowerCase(Locale.ROOT);
            if (body.isEmpty() && lower.startsWith("tags:")) {
                tags = split(line.strip().substring(5), ",");
            } else if (body.isEmpty() && lower.startsWith("lang:")) {
                lang = lower.substring(5).strip();
            } else if (!body.isEmpty() || !line.isBlank()) {
                body.add(line);
            }
        }
        entries.add(entry(fileName, title, String.join("\n", body).strip(), tags, lang));
    }

    private static List<KnowledgeEntry> csv(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        List<List<String>> rows = Csv.parse(Files.readString(file, StandardCharsets.UTF_8));
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> header = rows.get(0).stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .toList();
        int title = header.indexOf("title");
        int body = header.indexOf("body");
        if (title < 0 || body < 0) {
            throw new IllegalArgumentException("a CSV needs title and body columns");
        }
        int tags = header.indexOf("tags");
        int lang = header.indexOf("lang");
        List<KnowledgeEntry> entries = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() <= Math.max(title, body)
                    || (row.get(title).isBlank() && row.get(body).isBlank())) {
                continue;
            }
            entries.add(entry(
                    fileName,
                    row.get(title).strip(),
                    row.get(body).strip(),
                    tags >= 0 && tags < row.size() ? split(row.get(tags), ";") : List.of(),
                    lang >= 0 && lang < row.size() ? row.get(lang).strip() : ""));
        }
        return entries;
    }

    private static KnowledgeEntry entry(String fileName, String title, String body, List<String> tags, String lang) {
        Lang language = lang.isBlank() ? LanguageDetector.detect(title + " " + body) : Lang.fromCode(lang);
        String origin = "file:" + fileName;
        return new KnowledgeEntry(
                KnowledgeIds.of(origin + "#" + title),
                KnowledgeEntry.SHARED,
                title,
                body,
                tags,
                language,
                origin,
                origin);
    }

    private static List<String> split(String text, String separator) {
        return Arrays.stream(text.split(separator))
                .map(t -> t.strip().toLowerCase(Locale.ROOT))
                .filter(t -> !t.isEmpty())
                .toList();
    }
}
