package com.salesbot.adapter.mongo;

import static com.salesbot.adapter.mongo.Samples.ALICE;
import static com.salesbot.adapter.mongo.Samples.BOB;
import static com.salesbot.adapter.mongo.Samples.MARCH_3;
import static com.salesbot.adapter.mongo.Samples.NOON;
import static com.salesbot.adapter.mongo.Samples.TEAM;
import static com.salesbot.adapter.mongo.Samples.report;
import static com.salesbot.adapter.mongo.Samples.sale;
import static com.salesbot.adapter.mongo.Samples.visit;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.entry.EntryKind;
import com.salesbot.core.entry.EntryRef;
import com.salesbot.core.export.ExportRecords;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.report.DailyReport;
import com.salesbot.core.sale.Sale;
import com.salesbot.core.visit.Visit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoExportRecordsTest {
    @RegisterExtension
    static final MongoTestDatabase mongo = new MongoTestDatabase();

    private final Period march = Period.monthOf(MARCH_3);
    private MongoStores stores;
    private ExportRecords export;

    @BeforeEach
    void openStores() {
        stores = new MongoStores(mongo.database());
        export = new MongoExportRecords(mongo.database());
    }

    @Test
    void readsTheTeamsLiveRecordsOfThePeriodOldestFirst() {
        stores.visits().add(visit("v2", BOB, "Globex", MARCH_3.plusDays(2), "m1"));
        stores.visits().add(visit("v1", ALICE, "华为技术", MARCH_3, "m2"));
        stores.visits().add(visit("v3", ALICE, "Initech", MARCH_3.minusMonths(1), "m3"));
        stores.visits().add(visit("v4", ALICE, "Undone", MARCH_3, "m4"));
        stores.visits().undo(new EntryRef(EntryKind.VISIT, "v4", NOON, "x"));
        stores.sales().add(sale("s1", BOB, "Globex", "12500.50", MARCH_3, "m5"));
        stores.reports().save(report("r1", ALICE, MARCH_3, "1 visit, plan: call Initech", "m6"));

        assertThat(export.visits(TEAM, march)).extracting(Visit::id).containsExactly("v1", "v2");
        assertThat(export.sales(TEAM, march))
                .singleElement()
                .extracting(s -> s.amount().amount().toPlainString())
                .isEqualTo("12500.50");
        assertThat(export.reports(TEAM, march))
                .extracting(DailyReport::text)
                .containsExactly("1 visit, plan: call Initech");
        assertThat(export.sales("other", march)).extracting(Sale::id).isEmpty();
    }
}
