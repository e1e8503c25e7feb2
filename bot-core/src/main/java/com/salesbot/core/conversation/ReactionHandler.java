package com.salesbot.core.conversation;

import java.util.Optional;

/**
 * Port into the core for emoji reactions: adapters hand over every reaction they receive and post what
 * comes back; which reactions mean something is the core's business.
 */
@FunctionalInterface
public interface ReactionHandler {
    /** Ignores every reaction, for platforms and tests without reaction features. */
    ReactionHandler NONE = reaction -> Optional.empty();

    /**
     * True when a reaction named {@code emoji} on {@code platform} may mean something, so an adapter can skip
     * the work of describing every other reaction (such as fetching the reacted message).
     */
    default boolean wants(String platform, String emoji) {
        return true;
    }

    /** What to post about the reaction, or empty to stay silent (most reactions mean nothing to the bot). */
    Optional<Answer> react(Reaction reaction);

    /**
     * A reply to post: publicly in the channel of the reacted message, or, when {@code onlyForReactor},
     * to the person who reacted alone (a refusal is nobody else's business).
     */
    record Answer(Reply reply, boolean onlyForReactor) {
        public Answer {
            java.util.Objects.requireNonNull(reply, "reply");
        }
    }
}
