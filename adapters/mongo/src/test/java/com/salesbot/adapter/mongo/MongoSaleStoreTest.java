package com.salesbot.adapter.mongo;

import static com.salesbot.adapter.mongo.Samples.ALICE;
import static com.salesbot.adapter.mongo.Samples.BOB;
import static com.salesbot.adapter.mongo.Samples.MARCH_3;
import static com.salesbot.adapter.mongo.Samples.NOON;
import static com.salesbot.adapter.mongo.Samples.TEAM;
import static com.salesbot.adapter.mongo.Samples.sale;
import static com.salesbot.adapter.mongo.Samples.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.entry.EntryKind;
import com.salesbot.core.entry.EntryRef;
import com.salesbot.core.kernel.Money;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.sale.Sale;
import com.salesbot.core.sale.SaleStore;
import com.salesbot.core.sale.SaleTotals;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoSaleStoreTest {
    @RegisterExtension
    static final MongoTestDatabase mongo = new MongoTestDatabase();

    private final Period march = Period.monthOf(MARCH_3);
    private SaleStore sales;

    @BeforeEach
    void openStores() {
        sales = new MongoStores(mongo.database()).sales();
    }

    @Test
    void keepsTeamAndOriginalAmountsAsDecimal128WithChineseCustomer() {
        Sale sale = new Sale(
                "s1",
                ALICE,
                TEAM,
                "比亚迪",
                Money.of("1400.07", "USD"),
                Money.of("10000.50", "CNY"),
                MARCH_3,
                source(ALICE, "m1", NOON));

        assertThat(sales.add(sale)).isTrue();

        Document stored = mongo.database().getCollection("sales").find().first();
        assertThat(stored.getString("customer")).isEqualTo("比亚迪");
        assertThat(stored.get("amount")).isEqualTo(new Decimal128(new BigDecimal("1400.07")));
        assertThat(stored.getString("currency")).isEqualTo("USD");
        assertThat(stored.get("originalAmount")).isEqualTo(new Decimal128(new BigDecimal("10000.50")));
        assertThat(stored.getString("originalCurrency")).isEqualTo("CNY");
        assertThat(stored.getString("date")).isEqualTo("2025-03-03");
        assertThat(stored.getBoolean("undone")).isFalse();
        assertThat(sales.latestBy(ALICE, NOON)).map(EntryRef::summary).contains("比亚迪 $1,400.07");
    }

    @Test
    void secondDeliveryOfSameMessageWritesNothing() {
        assertThat(sales.add(sale("s1", ALICE, "Acme", "100", MARCH_3, "m1"))).isTrue();
        assertThat(sales.add(sale("s2", ALICE, "Acme", "100", MARCH_3, "m1"))).isFalse();

        assertThat(sales.totalFor(ALICE, march)).isEqualTo(new SaleTotals(new BigDecimal("100"), 1));
    }

    @Test
    void totalsByRepSumsExactAmountsOfTheTeamInsideThePeriod() {
        sales.add(sale("s1", ALICE, "Acme", "0.10", march.start(), "m1"));
        sales.add(sale("s2", ALICE, "Globex", "0.20", march.end(), "m2"));
        sales.add(sale("s3", BOB, "Initech", "12500", MARCH_3, "m3"));
        sales.add(sale("s4", BOB, "Initech", "999", march.end().plusDays(1), "m4"));
        Money money = Money.of("5", "USD");
        sales.add(new Sale("s5", BOB, "team-west", "Hooli", money, money, MARCH_3, source(BOB, "m5", NOON)));

        Map<PersonId, SaleTotals> totals = sales.totalsByRep(TEAM, march);

        // 0.1 + 0.2 is exactly 0.30 in Decimal128, never 0.30000000000000004.
        assertThat(totals).containsOnlyKeys(ALICE, BOB);
        assertThat(totals.get(ALICE).amount()).isEqualByComparingTo("0.30");
        assertThat(totals.get(ALICE).count()).isEqualTo(2);
        assertThat(totals.get(BOB)).isEqualTo(new SaleTotals(new BigDecimal("12500"), 1));
    }

    @Test
    void totalForSumsOneRepsSalesAndIsNoneWithoutSales() {
        sales.add(sale("s1", ALICE, "Acme", "1000.25", MARCH_3, "m1"));
        sales.add(sale("s2", ALICE, "Globex", "2000.50", MARCH_3.plusDays(2), "m2"));
        sales.add(sale("s3", BOB, "Initech", "7", MARCH_3, "m3"));

        SaleTotals alice = sales.totalFor(ALICE, march);

        assertThat(alice.amount()).isEqualByComparingTo("3000.75");
        assertThat(alice.count()).isEqualTo(2);
        assertThat(sales.totalFor(ALICE, Period.monthOf(MARCH_3.plusMonths(1)))).isEqualTo(SaleTotals.NONE);
    }

    @Test
    void undoneSaleIsLeftOutOfTotals() {
        sales.add(sale("s1", ALICE, "Acme", "100", MARCH_3, "m1"));
        sales.add(sale("s2", ALICE, "Globex", "50", MARCH_3, "m2"));

        assertThat(sales.undo(new EntryRef(EntryKind.SALE, "s2", NOON, "Globex $50")))
                .isTrue();

        assertThat(sales.totalFor(ALICE, march)).isEqualTo(new SaleTotals(new BigDecimal("100"), 1));
        assertThat(sales.totalsByRep(TEAM, march)).isEqualTo(Map.of(ALICE, new SaleTotals(new BigDecimal("100"), 1)));
    }

    @Test
    void monthlyTotalsGiveEveryMonthOfTheRangeAsEachMonthsTotalWouldAlone() {
        sales.add(sale("s1", ALICE, "Acme", "100", MARCH_3, "m1"));
        sales.add(sale("s2", ALICE, "Globex", "250.50", MARCH_3.minusMonths(2), "m2"));
        sales.add(sale("s3", ALICE, "Initech", "40", MARCH_3.minusMonths(2).plusDays(5), "m3"));
        sales.add(sale("s4", BOB, "Hooli", "999", MARCH_3.minusMonths(1), "m4"));
        sales.add(sale("s5", ALICE, "Umbrella", "70", MARCH_3.minusMonths(13), "m5"));
        sales.undo(new EntryRef(EntryKind.SALE, "s3", NOON, "Initech $40"));

        YearMonth march = YearMonth.from(MARCH_3);
        Map<YearMonth, SaleTotals> months = sales.monthlyTotals(ALICE, march.minusMonths(12), march);

        assertThat(months).hasSize(13);
        assertThat(months.get(march)).isEqualTo(new SaleTotals(new BigDecimal("100"), 1));
        assertThat(months.get(march.minusMonths(2)).amount()).isEqualByComparingTo("250.50");
        assertThat(months.get(march.minusMonths(2)).count()).isEqualTo(1);
        assertThat(months.get(march.minusMonths(1))).isEqualTo(SaleTotals.NONE);
        months.forEach((month, totals) -> assertThat(sales.totalFor(ALICE, Period.monthOf(month.atDay(1))))
                .isEqualTo(totals));
    }

    @Test
    void latestByAndUndoWorkOnTheAuthorsNewestLiveSale() {
        sales.add(new Sale(
                "s1",
                ALICE,
                TEAM,
                "Acme",
                Money.of("12500", "USD"),
                Money.of("12500", "USD"),
                MARCH_3,
                source(ALICE, "m1", NOON)));
        sales.add(new Sale(
                "s2",
                ALICE,
                TEAM,
                "Globex",
                Money.of("300", "USD"),
                Money.of("300", "USD"),
                MARCH_3,
                source(ALICE, "m2", NOON.plusSeconds(5))));

        EntryRef newest = sales.latestBy(ALICE, NOON).orElseThrow();
        assertThat(newest).isEqualTo(new EntryRef(EntryKind.SALE, "s2", NOON.plusSeconds(5), "Globex $300"));

        assertThat(sales.undo(newest)).isTrue();
        assertThat(sales.undo(newest)).isFalse();
        assertThat(sales.latestBy(ALICE, NOON)).contains(new EntryRef(EntryKind.SALE, "s1", NOON, "Acme $12,500"));
        assertThat(sales.latestBy(BOB, NOON)).isEmpty();
    }
}
