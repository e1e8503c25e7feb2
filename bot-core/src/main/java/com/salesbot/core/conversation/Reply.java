package com.salesbot.core.conversation;

import java.util.List;
import java.util.Objects;

/** What the bot says back: short text plus optional structured blocks. */
public record Reply(String text, List<Block> blocks) {
    public Reply {
        Objects.requireNonNull(text, "text");
        blocks = List.copyOf(blocks);
    }

    /** A plain-text reply. */
    public static Reply text(String text) {
        return new Reply(text, List.of());
    }

    /** A copy with one more block. */
    public Reply with(Block block) {
        var all = new java.util.ArrayList<>(blocks);
        all.add(block);
        return new Reply(text, all);
    }
}
