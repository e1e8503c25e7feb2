package com.salesbot.adapter.mongo;

import static com.salesbot.adapter.mongo.Samples.ALICE;
import static com.salesbot.adapter.mongo.Samples.BOB;
import static com.salesbot.adapter.mongo.Samples.MARCH_3;
import static com.salesbot.adapter.mongo.Samples.NOON;
import static com.salesbot.adapter.mongo.Samples.TEAM;
import static com.salesbot.adapter.mongo.Samples.report;
import static com.salesbot.adapter.mongo.Samples.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.entry.EntryKind;
import com.salesbot.core.entry.EntryRef;
import com.salesbot.core.kernel.Source;
import com.salesbot.core.report.DailyReport;
import com.salesbot.core.report.ReportDrafts;
import com.salesbot.core.report.ReportOutcome;
import com.salesbot.core.report.ReportStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoReportStoreTest {
    @RegisterExtension
    static final MongoTestDatabase mongo = new MongoTestDatabase();

    private ReportStore reports;

    @BeforeEach
    void openStores() {
        reports = new MongoStores(mongo.database()).reports();
    }

    @Test
    void firstReportOfTheDayIsCreatedAndFound() {
        DailyReport report = report("r1", ALICE, MARCH_3, "拜访了三家客户，华为很有兴趣", "m1");

        assertThat(reports.save(report)).isEqualTo(ReportOutcome.CREATED);

        assertThat(reports.find(ALICE, MARCH_3)).contains(report);
        assertThat(reports.find(ALICE, MARCH_3.plusDays(1))).isEmpty();
        assertThat(reports.find(BOB, MARCH_3)).isEmpty();
    }

    @Test
    void aLateReportStaysMarkedLateWhenReadBack() {
        DailyReport on = report("r1", ALICE, MARCH_3, "Met Acme", "m1");
        DailyReport late = new DailyReport(
                "r2",
                BOB,
                on.teamId(),
                MARCH_3,
                "补交：拜访了美的",
                new Source(BOB, "m2", on.source().writtenAt()),
                true);
        reports.save(on);
        reports.save(late);

        assertThat(reports.find(BOB, MARCH_3))
                .hasValueSatisfying(r -> assertThat(r.late()).isTrue());
        assertThat(reports.find(ALICE, MARCH_3))
                .hasValueSatisfying(r -> assertThat(r.late()).isFalse());
    }

    @Test
    void aDraftIsTakenOnceAndOnlyByItsRep() {
        ReportDrafts drafts = new MongoStores(mongo.database()).reportDrafts();
        drafts.put(report("d1", ALICE, MARCH_3, "first try", "m1"));
        DailyReport second = report("d2", ALICE, MARCH_3, "second try", "m2");
        drafts.put(second);

        assertThat(drafts.take(BOB)).isEmpty();
        assertThat(drafts.take(ALICE)).contains(second);
        assertThat(drafts.take(ALICE)).isEmpty();
    }

    @Test
    void secondDeliveryOfSameMessageIsDuplicateAndChangesNothing() {
        DailyReport report = report("r1", ALICE, MARCH_3, "Met Acme", "m1");
        reports.save(report);

        assertThat(reports.save(report("r1-again", ALICE, MARCH_3, "Met Acme", "m1")))
                .isEqualTo(ReportOutcome.DUPLICATE);

        assertThat(reports.find(ALICE, MARCH_3)).contains(report);
    }

    @Test
    void laterReportOfTheSameDayReplacesTheEarlierOneAndKeepsItInHistory() {
        reports.save(report("r1", ALICE, MARCH_3, "Met Acme", "m1"));
        DailyReport corrected = new DailyReport(
                "r2", ALICE, TEAM, MARCH_3, "Met Acme and Globex", source(ALICE, "m2", NOON.plusSeconds(600)));

        assertThat(reports.save(corrected)).isEqualTo(ReportOutcome.REPLACED);

        assertThat(reports.find(ALICE, MARCH_3)).contains(corrected);
        Document stored = mongo.database().getCollection("daily_reports").find().first();
        assertThat(stored.getString("_id")).isEqualTo("alice|2025-03-03");
        assertThat(stored.getList("history", Document.class))
                .singleElement()
                .satisfies(old -> assertThat(old.getString("text")).isEqualTo("Met Acme"));
        assertThat(mongo.database().getCollection("daily_reports").countDocuments())
                .isEqualTo(1);
    }

    @Test
    void lateSecondDeliveryOfAReplacedReportDoesNotBringItBack() {
        reports.save(report("r1", ALICE, MARCH_3, "Met Acme", "m1"));
        reports.save(report("r2", ALICE, MARCH_3, "Met Acme and Globex", "m2"));

        assertThat(reports.save(report("r1", ALICE, MARCH_3, "Met Acme", "m1"))).isEqualTo(ReportOutcome.DUPLICATE);

        assertThat(reports.find(ALICE, MARCH_3)).map(DailyReport::text).contains("Met Acme and Globex");
    }

    @Test
    void undoneReportIsNotFoundAndTheNextOneCountsAsCreated() {
        reports.save(report("r1", ALICE, MARCH_3, "Met Acme", "m1"));
        EntryRef entry = reports.latestBy(ALICE, NOON).orElseThrow();

        assertThat(reports.undo(entry)).isTrue();
        assertThat(reports.undo(entry)).isFalse();
        assertThat(reports.find(ALICE, MARCH_3)).isEmpty();
        assertThat(reports.latestBy(ALICE, NOON)).isEmpty();

        assertThat(reports.save(report("r2", ALICE, MARCH_3, "Met Globex", "m2")))
                .isEqualTo(ReportOutcome.CREATED);
        assertThat(reports.find(ALICE, MARCH_3)).map(DailyReport::id).contains("r2");
    }

    @Test
    void latestBySummarisesWithTheFirstFortyCharacters() {
        String text = "今天拜访了华为技术的王经理，讨论了明年的采购计划，对方很感兴趣，下周再去一次，带上技术同事一起。";
        reports.save(report("r1", ALICE, MARCH_3, text, "m1"));

        assertThat(reports.latestBy(ALICE, NOON))
                .contains(new EntryRef(EntryKind.REPORT, "r1", NOON, text.substring(0, 40)));
    }

    @Test
    void undoTakesBackOnlyTheVersionItWasGiven() {
        reports.save(report("r1", ALICE, MARCH_3, "Met Acme", "m1"));
        EntryRef first = reports.latestBy(ALICE, NOON).orElseThrow();
        reports.save(report("r2", ALICE, MARCH_3, "Met Globex", "m2"));

        assertThat(reports.undo(first)).isFalse();
        assertThat(reports.find(ALICE, MARCH_3)).map(DailyReport::id).contains("r2");
        assertThat(reports.undo(new EntryRef(EntryKind.VISIT, "r2", NOON, "Met Globex")))
                .isFalse();
    }

    @Test
    void concurrentDeliveriesLeaveOneLiveReportPerRepAndDate() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<ReportOutcome>> deliveries = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                // Pairs of deliveries of eight different messages for the same rep and date.
                String key = "m" + (i / 2);
                deliveries.add(() -> reports.save(report("r-" + key, ALICE, MARCH_3, "text " + key, key)));
            }
            List<ReportOutcome> outcomes = new ArrayList<>();
            for (Future<ReportOutcome> outcome : pool.invokeAll(deliveries)) {
                outcomes.add(outcome.get());
            }

            assertThat(outcomes).filteredOn(o -> o == ReportOutcome.CREATED).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o == ReportOutcome.REPLACED).hasSize(7);
            assertThat(outcomes).filteredOn(o -> o == ReportOutcome.DUPLICATE).hasSize(8);
            Document stored =
                    mongo.database().getCollection("daily_reports").find().first();
            assertThat(stored.getList("history", Document.class)).hasSize(7);
            assertThat(mongo.database().getCollection("daily_reports").countDocuments())
                    .isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
