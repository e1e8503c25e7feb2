package com.salesbot.core.deal;

import java.util.Locale;
import java.util.Optional;

/** Where a deal stands in the pipeline; won and lost close it. */
public enum DealStage {
    LEAD,
    QUALIFIED,
    PROPOSAL,
    NEGOTIATION,
    WON,
    LOST;

    /** The contract's lower-case name, e.g. {@code negotiation}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The message key naming the stage in a reply. */
    public String messageKey() {
        return "deal.stage." + code();
    }

    /** True for won and lost: the deal no longer moves by itself and cannot stall. */
    public boolean closed() {
        return this == WON || this == LOST;
    }

    /** Reads a contract stage name; empty for anything else. */
    public static Optional<DealStage> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (DealStage stage : values()) {
            if (stage.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }
}
