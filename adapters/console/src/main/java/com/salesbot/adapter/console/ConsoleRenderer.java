package com.salesbot.adapter.console;

import com.salesbot.core.conversation.Block;
import com.salesbot.core.conversation.Reply;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a reply as terminal text: tables aligned, progress as a bar, choices as [buttons], and
 * images (charts) and files (CSV exports) saved under the output folder, their path printed.
 */
public final class ConsoleRenderer {
    private static final int BAR_WIDTH = 20;

    /** Where charts go unless {@code -Dsalesbot.console.chart-dir} says otherwise. */
    public static Path defaultChartDir() {
        String configured = System.getProperty("salesbot.console.chart-dir");
        return configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("java.io.tmpdir"), "salesbot-charts");
    }

    private final Path chartDir;

    public ConsoleRenderer() {
        this(defaultChartDir());
    }

    /** Saves images under {@code chartDir}, created when the first one arrives. */
    public ConsoleRenderer(Path chartDir) {
        this.chartDir = chartDir;
    }

    /**
     * Prints one reply as {@code bot → to: first line}, further lines indented under it, the way the
     * transcript shows every bot message (answers and deliveries alike).
     */
    public void print(PrintStream out, String to, Reply reply) {
        List<String> lines = render(reply);
        String head = "bot → " + to + ": ";
        out.println(head + lines.get(0));
        String indent = " ".repeat(head.length());
        for (String line : lines.subList(1, lines.size())) {
            out.println(indent + line);
        }
        out.flush();
    }

    /** The lines to print for one reply. */
    public List<String> render(Reply reply) {
        List<String> lines = new ArrayList<>(List.of(reply.text().split("\n", -1)));
        for (Block block : reply.blocks()) {
            if (block instanceof Block.Progress p) {
                lines.add(bar(p));
            } else if (block instanceof Block.Choices c) {
                lines.add(choices(c));
            } else if (block instanceof Block.Image image) {
                lines.add("[chart: " + image.title() + "] " + save(image));
            } else if (block instanceof Block.Attachment file) {
                lines.add("[file: " + file.fileName() + "] " + save(file));
            }
            // Tables are already spelled out line by line in the reply text; printing them twice
            // would only add noise in a terminal.
        }
        return lines;
    }

    private Path save(Block.Image image) {
        try {
            Files.createDirectories(chartDir);
            String base = image.fileName().replaceAll("\\.png$", "").replaceAll("[^A-Za-z0-9_-]", "_");
            Path file = Files.createTempFile(chartDir, base + "-", ".png");
            Files.write(file, image.png());
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("could not save the chart under " + chartDir, e);
        }
    }

    /** Saves a file (an export) under its own name in the output folder, replacing an earlier one. */
    private Path save(Block.Attachment file) {
        try {
            Files.createDirectories(chartDir);
            String safe = file.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
            Path target = chartDir.resolve(safe.startsWith(".") ? "_" + safe : safe);
            Files.write(target, file.bytes());
            return target.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("could not save the file under " + chartDir, e);
        }
    }

    private static String bar(Block.Progress p) {
        int filled = (int) Math.round(Math.min(1.0, Math.max(0.0, p.ratio())) * BAR_WIDTH);
        return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + p.label();
    }

    private static String choices(Block.Choices c) {
        StringBuilder sb = new StringBuilder();
        for (Block.Choice choice : c.choices()) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append('[').append(choice.label()).append(']');
        }
        return sb.toString();
    }
}
