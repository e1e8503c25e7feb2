package com.salesbot.core.conversation;

import com.salesbot.core.nlu.Entities;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the bot says back: short text plus optional structured blocks. A reply that asks the sender a
 * question of its own carries {@code awaiting}, the entities the skill needs back with the answer (null
 * otherwise); the engine keeps them and strips them before the reply leaves it.
 */
public record Reply(String text, List<Block> blocks, Entities awaiting) {
    public Reply {
        Objects.requireNonNull(text, "text");
        blocks = List.copyOf(blocks);
    }

    public Reply(String text, List<Block> blocks) {
        this(text, blocks, null);
    }

    /** A plain-text reply. */
    public static Reply text(String text) {
        return new Reply(text, List.of());
    }

    /** A copy with one more block. */
    public Reply with(Block block) {
        var all = new java.util.ArrayList<>(blocks);
        all.add(block);
        return new Reply(text, all, awaiting);
    }

    /**
     * A copy whose sender's next message answers it, whatever it says (only "cancel" backs out): the engine
     * hands that message to the same skill with {@code carried} plus the answer under {@link Entities#ANSWER}.
     */
    public Reply expectingAnswer(Entities carried) {
        return new Reply(text, blocks, Objects.requireNonNull(carried, "carried"));
    }

    /** The entities to hand back with the answer, when this reply asks a question of its own. */
    public Optional<Entities> awaitedAnswer() {
        return Optional.ofNullable(awaiting);
    }

    /** The same reply without the pending question, as it leaves the engine. */
    public Reply asSent() {
        return awaiting == null ? this : new Reply(text, blocks);
    }
}
