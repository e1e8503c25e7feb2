package com.salesbot.core.fakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.entry.EntryKind;
import com.salesbot.core.entry.EntryRef;
import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kernel.Money;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Source;
import com.salesbot.core.kernel.StoreUnavailableException;
import com.salesbot.core.report.DailyReport;
import com.salesbot.core.report.ReportOutcome;
import com.salesbot.core.sale.Sale;
import com.salesbot.core.sale.SaleTotals;
import com.salesbot.core.target.Target;
import com.salesbot.core.visit.Visit;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fakes keep the ports' promises, so tests elsewhere can trust them. */
class InMemoryStoresTest {
    private static final PersonId ALICE = new PersonId("alice");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);
    private static final Instant T0 = Instant.parse("2026-11-27T02:00:00Z");
    private static final Period NOVEMBER = Period.monthOf(DAY);

    @Test
    void visitsAreKeptOncePerMessageAndUndoneOnesStopCounting() {
        InMemoryVisitStore store = new InMemoryVisitStore();
        Visit first = visit("v1", "m1", T0);

        assertThat(store.add(first)).isTrue();
        assertThat(store.add(visit("v2", "m1", T0))).isFalse();
        assertThat(store.add(visit("v3", "m2", T0.plusSeconds(60)))).isTrue();
        assertThat(store.countFor(ALICE, NOVEMBER)).isEqualTo(2);

        EntryRef latest = store.latestBy(ALICE, T0).orElseThrow();
        assertThat(latest.id()).isEqualTo("v3");
        assertThat(store.undo(latest)).isTrue();
        assertThat(store.undo(latest)).isFalse();

        assertThat(store.countsByRep("west", NOVEMBER)).isEqualTo(Map.of(ALICE, 1L));
        assertThat(store.latestBy(ALICE, T0).orElseThrow().id()).isEqualTo("v1");
        assertThat(store.latestBy(ALICE, T0.plusSeconds(1))).isEmpty();
        assertThat(store.undo(new EntryRef(EntryKind.SALE, "v1", T0, "wrong kind")))
                .isFalse();
    }

    @Test
    void salesTotalInTheTeamCurrencyWithoutUndoneOnes() {
        InMemorySaleStore store = new InMemorySaleStore();
        store.add(sale("s1", "m1", "100"));
        store.add(sale("s2", "m2", "250.50"));
        assertThat(store.add(sale("s3", "m2", "999"))).isFalse();

        assertThat(store.totalFor(ALICE, NOVEMBER)).isEqualTo(new SaleTotals(new BigDecimal("350.50"), 2));
        store.undo(store.latestBy(ALICE, T0).orElseThrow());
        assertThat(store.totalsByRep("west", NOVEMBER))
                .isEqualTo(Map.of(ALICE, new SaleTotals(new BigDecimal("100"), 1)));
        assertThat(store.totalFor(new PersonId("bob"), NOVEMBER)).isEqualTo(SaleTotals.NONE);
    }

    @Test
    void targetsAreReplacedPerRepMetricAndPeriod() {
        InMemoryTargetStore store = new InMemoryTargetStore();
        Source source = new Source(new PersonId("carol"), "m1", T0);
        store.set(new Target(ALICE, "west", Metric.SALES, NOVEMBER, new BigDecimal("1000"), source));
        store.set(new Target(ALICE, "west", Metric.SALES, NOVEMBER, new BigDecimal("2000"), source));
        store.set(new Target(ALICE, "west", Metric.VISITS, NOVEMBER, new BigDecimal("20"), source));

        assertThat(store.covering(ALICE, Metric.SALES, DAY))
                .singleElement()
                .extracting(Target::amount)
                .isEqualTo(new BigDecimal("2000"));
        assertThat(store.covering(ALICE, Metric.SALES, DAY.plusMonths(1))).isEmpty();
        assertThat(store.overlapping(ALICE, Metric.VISITS, new Period(DAY.minusMonths(1), DAY.withDayOfMonth(1))))
                .hasSize(1);
        assertThat(store.overlapping(ALICE, Metric.VISITS, Period.monthOf(DAY.plusMonths(1))))
                .isEmpty();
    }

    @Test
    void reportsAreCreatedReplacedOrDuplicate() {
        InMemoryReportStore store = new InMemoryReportStore();

        assertThat(store.save(report("r1", "m1", "first"))).isEqualTo(ReportOutcome.CREATED);
        assertThat(store.save(report("r2", "m2", "second"))).isEqualTo(ReportOutcome.REPLACED);
        assertThat(store.save(report("r3", "m2", "again"))).isEqualTo(ReportOutcome.DUPLICATE);
        assertThat(store.find(ALICE, DAY).orElseThrow().text()).isEqualTo("second");

        assertThat(store.undo(store.latestBy(ALICE, T0).orElseThrow())).isTrue();
        assertThat(store.find(ALICE, DAY)).isEmpty();
        assertThat(store.latestBy(ALICE, T0)).isEmpty();
    }

    @Test
    void everyMethodFailsWhileTheDatabaseIsDownAndWorksAfterwards() {
        DatabaseSwitch database = new DatabaseSwitch();
        InMemoryVisitStore visits = new InMemoryVisitStore(database);
        InMemoryProcessedMessages processed = new InMemoryProcessedMessages(database);
        InMemoryDirectory directory = new InMemoryDirectory(database);

        database.goDown();
        assertThatThrownBy(() -> visits.add(visit("v1", "m1", T0))).isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(() -> visits.countFor(ALICE, NOVEMBER)).isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(() -> processed.wasHandled("m1")).isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(() -> directory.byId(ALICE)).isInstanceOf(StoreUnavailableException.class);
        assertThat(visits.all()).isEmpty();

        database.comeBack();
        assertThat(visits.add(visit("v1", "m1", T0))).isTrue();
        processed.markHandled("m1", T0);
        processed.markHandled("m1", T0.plusSeconds(5));
        assertThat(processed.handled()).isEqualTo(Map.of("m1", T0));
    }

    @Test
    void fixedClockMovesOnlyWhenTold() {
        FixedClock clock = FixedClock.at(LocalDateTime.of(2026, 11, 27, 10, 0), ZoneId.of("Asia/Shanghai"));
        var utcView = clock.withZone(ZoneId.of("UTC"));

        assertThat(clock.instant()).isEqualTo(T0);
        clock.advance(Duration.ofHours(25));
        assertThat(utcView.instant()).isEqualTo(T0.plus(Duration.ofHours(25)));
        assertThat(utcView.getZone()).isEqualTo(ZoneId.of("UTC"));
    }

    private static Visit visit(String id, String messageKey, Instant at) {
        return new Visit(id, ALICE, "west", "Acme", null, DAY, null, null, "", new Source(ALICE, messageKey, at));
    }

    private static Sale sale(String id, String messageKey, String dollars) {
        Money amount = Money.of(dollars, "USD");
        return new Sale(id, ALICE, "west", "Globex", amount, amount, DAY, new Source(ALICE, messageKey, T0));
    }

    private static DailyReport report(String id, String messageKey, String text) {
        return new DailyReport(id, ALICE, "west", DAY, text, new Source(ALICE, messageKey, T0));
    }
}
