package com.salesbot.adapter.discord;

import java.util.Optional;

/**
 * A button's custom id: {@code choice:<owner user id>:<text to send>}. The owner is who the message
 * answered, so that Bob clicking Alice's "Undo" cannot take back Bob's own last entry by accident; an
 * empty owner (a channel post) lets anyone click.
 */
record ChoiceId(String owner, String value) {
    static final String PREFIX = "choice:";
    /** Discord's limit on a custom id. */
    static final int MAX_LENGTH = 100;

    String encode() {
        return PREFIX + owner + ":" + value;
    }

    boolean fits() {
        return encode().length() <= MAX_LENGTH;
    }

    /** True when {@code userId} may click it. */
    boolean allows(String userId) {
        return owner.isEmpty() || owner.equals(userId);
    }

    static Optional<ChoiceId> parse(String customId) {
        if (customId == null || !customId.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = customId.substring(PREFIX.length());
        int colon = rest.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        return Optional.of(new ChoiceId(rest.substring(0, colon), rest.substring(colon + 1)));
    }
}
