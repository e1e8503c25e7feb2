package com.salesbot.core.deal;

import com.salesbot.core.kernel.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * One move of a deal into a stage.
 *
 * @param enteredAt when the move was written (from the clock port), which is when time in the stage starts
 * @param messageKey the platform message that made the move, so a retried message moves nothing
 * @param amount the deal size stated with the move in the team's currency, or null
 * @param undone true once the author took the move back; it then no longer counts
 */
public record StageEntry(DealStage stage, Instant enteredAt, String messageKey, Money amount, boolean undone) {
    public StageEntry {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(enteredAt, "enteredAt");
        Objects.requireNonNull(messageKey, "messageKey");
    }

    /** The same move, taken back. */
    public StageEntry asUndone() {
        return new StageEntry(stage, enteredAt, messageKey, amount, true);
    }
}
