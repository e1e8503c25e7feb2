package com.salesbot.adapter.mongo;

import com.salesbot.core.kernel.Money;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Source;
import com.salesbot.core.report.DailyReport;
import com.salesbot.core.sale.Sale;
import com.salesbot.core.visit.Visit;
import java.time.Instant;
import java.time.LocalDate;

/** Small valid records for the store tests; times are whole milliseconds, as BSON dates keep them. */
final class Samples {
    static final String TEAM = "team-east";
    static final PersonId ALICE = new PersonId("alice");
    static final PersonId BOB = new PersonId("bob");
    static final LocalDate MARCH_3 = LocalDate.of(2025, 3, 3);
    static final Instant NOON = Instant.parse("2025-03-03T04:00:00Z");

    private Samples() {}

    static Source source(PersonId author, String messageKey, Instant writtenAt) {
        return new Source(author, messageKey, writtenAt);
    }

    static Visit visit(String id, PersonId rep, String customer, LocalDate date, String messageKey) {
        return new Visit(id, rep, TEAM, customer, null, date, null, null, "", source(rep, messageKey, NOON));
    }

    static Sale sale(String id, PersonId rep, String customer, String amount, LocalDate date, String messageKey) {
        Money money = Money.of(amount, "USD");
        return new Sale(id, rep, TEAM, customer, money, money, date, source(rep, messageKey, NOON));
    }

    static DailyReport report(String id, PersonId rep, LocalDate date, String text, String messageKey) {
        return new DailyReport(id, rep, TEAM, date, text, source(rep, messageKey, NOON));
    }
}
