package com.salesbot.core.conversation;

import java.util.List;

/** Structured content attached to a reply; each adapter renders it natively (Block Kit, embeds, text). */
public sealed interface Block {

    /** A table, e.g. a leaderboard; {@code highlightRow} marks the asker's own row, or -1. */
    record Table(List<String> header, List<List<String>> rows, int highlightRow) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** Progress towards a goal; {@code ratio} 1.0 is the goal reached, it may exceed 1. */
    record Progress(String label, double ratio) implements Block {}

    /** Buttons or numbered options the user can pick instead of typing. */
    record Choices(List<Choice> choices) implements Block {
        public Choices {
            choices = List.copyOf(choices);
        }
    }

    /** One option: what the user sees and the text that choosing it sends. */
    record Choice(String label, String value) {}
}
