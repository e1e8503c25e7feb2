package com.salesbot.adapter.mongo;

import static com.salesbot.adapter.mongo.Samples.ALICE;
import static com.salesbot.adapter.mongo.Samples.BOB;
import static com.salesbot.adapter.mongo.Samples.MARCH_3;
import static com.salesbot.adapter.mongo.Samples.NOON;
import static com.salesbot.adapter.mongo.Samples.TEAM;
import static com.salesbot.adapter.mongo.Samples.sale;
import static com.salesbot.adapter.mongo.Samples.visit;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.customer.CustomerRecords;
import com.salesbot.core.customer.RecordScope;
import com.salesbot.core.entry.EntryKind;
import com.salesbot.core.entry.EntryRef;
import com.salesbot.core.kernel.Money;
import com.salesbot.core.sale.Sale;
import com.salesbot.core.visit.Visit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoCustomerRecordsTest {
    @RegisterExtension
    static final MongoTestDatabase mongo = new MongoTestDatabase();

    private MongoStores stores;
    private CustomerRecords records;

    @BeforeEach
    void openStores() {
        stores = new MongoStores(mongo.database());
        records = new MongoCrmStores(mongo.database()).customerRecords();
    }

    @Test
    void readsVisitsAndSalesByExactNamesWithinTheScopeLeavingUndoneOnesOut() {
        stores.visits().add(visit("v1", ALICE, "华为技术", MARCH_3, "m1"));
        stores.visits().add(visit("v2", BOB, "华为技术有限公司", MARCH_3.plusDays(1), "m2"));
        stores.visits().add(visit("v3", ALICE, "Globex", MARCH_3, "m3"));
        stores.visits().add(visit("v4", ALICE, "华为技术", MARCH_3, "m4"));
        stores.visits().undo(new EntryRef(EntryKind.VISIT, "v4", NOON, "x"));
        stores.sales().add(sale("s1", ALICE, "华为技术", "12500.50", MARCH_3, "m5"));

        List<String> names = List.of("华为技术", "华为技术有限公司");
        List<Visit> team = records.visits(RecordScope.team(TEAM), names);
        List<Visit> alices = records.visits(new RecordScope(TEAM, ALICE), names);
        List<Sale> sales = records.sales(RecordScope.all(), names);

        assertThat(team).extracting(Visit::id).containsExactly("v1", "v2");
        assertThat(alices).extracting(Visit::id).containsExactly("v1");
        assertThat(sales).singleElement().satisfies(s -> {
            assertThat(s.amount()).isEqualTo(Money.of("12500.50", "USD"));
            assertThat(s.date()).isEqualTo(MARCH_3);
        });
        assertThat(records.visits(RecordScope.team("other"), names)).isEmpty();
    }

    @Test
    void listsTheCustomerNamesOfTheScope() {
        stores.visits().add(visit("v1", ALICE, "华为技术", MARCH_3, "m1"));
        stores.visits().add(visit("v2", BOB, "Initech", MARCH_3, "m2"));
        stores.sales().add(sale("s1", ALICE, "Globex", "100", MARCH_3, "m3"));

        assertThat(records.customers(new RecordScope(TEAM, ALICE))).containsExactlyInAnyOrder("华为技术", "Globex");
        assertThat(records.customers(RecordScope.all())).containsExactlyInAnyOrder("华为技术", "Globex", "Initech");
    }
}
