package com.salesbot.core.kernel;

import java.util.Locale;
import java.util.Optional;

/** What is counted for targets and rankings; names are the NLU contract's. */
public enum Metric {
    SALES,
    VISITS,
    DEALS,
    KUDOS;

    /** The contract's wire name, e.g. {@code sales}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when the metric is an amount of money rather than a count. */
    public boolean isMoney() {
        return this == SALES;
    }

    /** Reads a contract wire name. */
    public static Optional<Metric> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Metric m : values()) {
            if (m.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
