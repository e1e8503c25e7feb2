package com.salesbot.adapter.mongo;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What one record adds to one person's stats buckets: a visit adds a visit, a sale a deal and its
 * amount, a kudos one received kudos per recipient. Undo subtracts the same contribution.
 */
record Contribution(
        String teamId,
        String rep,
        LocalDate date,
        long visits,
        long deals,
        long kudos,
        BigDecimal sales,
        String currency) {

    static Contribution visit(String teamId, String rep, LocalDate date) {
        return new Contribution(teamId, rep, date, 1, 0, 0, BigDecimal.ZERO, null);
    }

    static Contribution sale(String teamId, String rep, LocalDate date, BigDecimal amount, String currency) {
        return new Contribution(teamId, rep, date, 0, 1, 0, amount, currency);
    }

    static Contribution kudos(String teamId, String rep, LocalDate date) {
        return new Contribution(teamId, rep, date, 0, 0, 1, BigDecimal.ZERO, null);
    }

    /** The same contribution taken back. */
    Contribution negated() {
        return new Contribution(teamId, rep, date, -visits, -deals, -kudos, sales.negate(), currency);
    }
}
