package com.salesbot.adapter.mongo;

import static com.salesbot.adapter.mongo.Samples.ALICE;
import static com.salesbot.adapter.mongo.Samples.BOB;
import static com.salesbot.adapter.mongo.Samples.MARCH_3;
import static com.salesbot.adapter.mongo.Samples.NOON;
import static com.salesbot.adapter.mongo.Samples.TEAM;
import static com.salesbot.adapter.mongo.Samples.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.target.Target;
import com.salesbot.core.target.TargetStore;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoTargetStoreTest {
    @RegisterExtension
    static final MongoTestDatabase mongo = new MongoTestDatabase();

    private final Period march = Period.monthOf(MARCH_3);
    private final Period q1 = new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
    private final Period april = Period.monthOf(LocalDate.of(2025, 4, 1));
    private TargetStore targets;

    @BeforeEach
    void openStores() {
        targets = new MongoStores(mongo.database()).targets();
    }

    @Test
    void storesTargetUnderIdBuiltFromRepMetricAndPeriod() {
        targets.set(target(ALICE, Metric.SALES, march, "50000.00", "m1"));

        Document stored = mongo.database().getCollection("targets").find().first();
        assertThat(stored.getString("_id")).isEqualTo("alice|sales|2025-03-01|2025-03-31");
        assertThat(stored.get("amount")).isEqualTo(new Decimal128(new BigDecimal("50000.00")));
        assertThat(stored.getString("start")).isEqualTo("2025-03-01");
        assertThat(stored.getString("end")).isEqualTo("2025-03-31");
    }

    @Test
    void settingTheSameTargetAgainReplacesIt() {
        targets.set(target(ALICE, Metric.SALES, march, "50000", "m1"));
        Target raised = target(ALICE, Metric.SALES, march, "80000", "m2");

        targets.set(raised);

        assertThat(targets.covering(ALICE, Metric.SALES, MARCH_3)).containsExactly(raised);
        assertThat(mongo.database().getCollection("targets").countDocuments()).isEqualTo(1);
    }

    @Test
    void coveringFindsEveryPeriodContainingTheDayForThatRepAndMetric() {
        Target monthly = target(ALICE, Metric.SALES, march, "50000", "m1");
        Target quarterly = target(ALICE, Metric.SALES, q1, "150000", "m2");
        targets.set(monthly);
        targets.set(quarterly);
        targets.set(target(ALICE, Metric.SALES, april, "60000", "m3"));
        targets.set(target(ALICE, Metric.VISITS, march, "20", "m4"));
        targets.set(target(BOB, Metric.SALES, march, "40000", "m5"));

        assertThat(targets.covering(ALICE, Metric.SALES, MARCH_3)).containsExactly(quarterly, monthly);
        assertThat(targets.covering(ALICE, Metric.SALES, march.end())).containsExactly(quarterly, monthly);
        assertThat(targets.covering(ALICE, Metric.SALES, LocalDate.of(2025, 1, 1)))
                .containsExactly(quarterly);
        assertThat(targets.covering(ALICE, Metric.DEALS, MARCH_3)).isEmpty();
    }

    @Test
    void overlappingFindsPeriodsSharingAtLeastOneDay() {
        Target monthly = target(ALICE, Metric.VISITS, march, "20", "m1");
        Target quarterly = target(ALICE, Metric.VISITS, q1, "60", "m2");
        Target aprilTarget = target(ALICE, Metric.VISITS, april, "25", "m3");
        targets.set(monthly);
        targets.set(quarterly);
        targets.set(aprilTarget);

        assertThat(targets.overlapping(ALICE, Metric.VISITS, new Period(march.end(), april.start())))
                .containsExactly(quarterly, monthly, aprilTarget);
        assertThat(targets.overlapping(ALICE, Metric.VISITS, Period.weekOf(LocalDate.of(2025, 2, 3))))
                .containsExactly(quarterly);
        assertThat(targets.overlapping(ALICE, Metric.VISITS, Period.monthOf(LocalDate.of(2025, 5, 1))))
                .isEmpty();
        assertThat(targets.overlapping(BOB, Metric.VISITS, march)).isEmpty();
    }

    private static Target target(PersonId rep, Metric metric, Period period, String amount, String messageKey) {
        return new Target(
                rep, TEAM, metric, period, new BigDecimal(amount), source(new PersonId("manager"), messageKey, NOON));
    }
}
