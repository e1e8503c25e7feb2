package com.salesbot.config.wiring;

import com.mongodb.event.CommandListener;
import com.salesbot.adapter.mongo.MongoStores;
import com.salesbot.config.ops.MongoCommandMetrics;
import com.salesbot.core.away.AbsenceStore;
import com.salesbot.core.conversation.ProcessedMessages;
import com.salesbot.core.kudos.RecognitionStore;
import com.salesbot.core.milestone.CelebrationStore;
import com.salesbot.core.people.CachedDirectory;
import com.salesbot.core.people.Directory;
import com.salesbot.core.reminder.ReminderStore;
import com.salesbot.core.report.DigestThreadStore;
import com.salesbot.core.report.ReportDrafts;
import com.salesbot.core.report.ReportStore;
import com.salesbot.core.sale.SaleStore;
import com.salesbot.core.stats.StatsStore;
import com.salesbot.core.target.TargetStore;
import com.salesbot.core.visit.VisitStore;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The core's store ports, implemented on MongoDB through the real driver. */
@Configuration(proxyBeanMethods = false)
public class MongoWiring {

    @Bean(destroyMethod = "close")
    MongoConnection mongoConnection(SalesbotProperties properties, ObjectProvider<MeterRegistry> registry) {
        List<CommandListener> listeners = new ArrayList<>();
        registry.ifAvailable(meters -> listeners.add(new MongoCommandMetrics(meters)));
        return MongoConnection.open(properties.mongodb(), listeners);
    }

    @Bean
    MongoStores mongoStores(MongoConnection connection) {
        return new MongoStores(connection.database());
    }

    @Bean
    Directory directory(MongoStores stores, SalesbotProperties properties) {
        Duration ttl = properties.directory().cacheTtl();
        return ttl.isZero() || ttl.isNegative()
                ? stores.directory()
                : new CachedDirectory(stores.directory(), ttl, System::nanoTime);
    }

    /** Closed on shutdown (inferred {@code close}): marks not yet written are written then. */
    @Bean
    ProcessedMessages processedMessages(MongoStores stores, MongoConnection connection) {
        DeferredHandledMarks deferred = new DeferredHandledMarks(stores.processedMessages());
        return connection
                .embedded()
                .<ProcessedMessages>map(server -> new FlushingProcessedMessages(deferred, server))
                .orElse(deferred);
    }

    @Bean
    VisitStore visitStore(MongoStores stores) {
        return stores.visits();
    }

    @Bean
    SaleStore saleStore(MongoStores stores) {
        return stores.sales();
    }

    @Bean
    StatsStore statsStore(MongoStores stores) {
        return stores.stats();
    }

    @Bean
    TargetStore targetStore(MongoStores stores) {
        return stores.targets();
    }

    @Bean
    ReportStore reportStore(MongoStores stores) {
        return stores.reports();
    }

    @Bean
    RecognitionStore recognitionStore(MongoStores stores) {
        return stores.recognitions();
    }

    @Bean
    CelebrationStore celebrationStore(MongoStores stores) {
        return stores.celebrations();
    }

    @Bean
    ReminderStore reminderStore(MongoStores stores) {
        return stores.reminders();
    }

    @Bean
    ReportDrafts reportDrafts(MongoStores stores) {
        return stores.reportDrafts();
    }

    @Bean
    DigestThreadStore digestThreadStore(MongoStores stores) {
        return stores.digestThreads();
    }

    @Bean
    AbsenceStore absenceStore(MongoStores stores) {
        return stores.absences();
    }
}
