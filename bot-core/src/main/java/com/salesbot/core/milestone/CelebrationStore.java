package com.salesbot.core.milestone;

import java.time.Instant;

/**
 * Port: which celebrations have been made. Claiming a key is atomic and succeeds once, so a milestone
 * or shout-out is posted at most once however often the triggering sale is retried, undone or redone,
 * and however many processes ask.
 */
public interface CelebrationStore {
    /** Records the key; false when it was claimed before (nothing new written). */
    boolean claim(String key, Instant at);
}
