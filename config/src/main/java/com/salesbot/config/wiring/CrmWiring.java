package com.salesbot.config.wiring;

import com.salesbot.adapter.mongo.MongoCrmStores;
import com.salesbot.adapter.mongo.MongoStores;
import com.salesbot.core.competitor.CompetitorNoteStore;
import com.salesbot.core.customer.CustomerRecords;
import com.salesbot.core.deal.DealStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The customer-relationship stores: deals, customer history, competitor notes and export reads. */
@Configuration(proxyBeanMethods = false)
public class CrmWiring {

    /** Depends on {@link MongoStores}, which creates the indexes first. */
    @Bean
    MongoCrmStores mongoCrmStores(MongoConnection connection, MongoStores stores) {
        return new MongoCrmStores(connection.database());
    }

    @Bean
    DealStore dealStore(MongoCrmStores stores) {
        return stores.deals();
    }

    @Bean
    CompetitorNoteStore competitorNoteStore(MongoCrmStores stores) {
        return stores.competitorNotes();
    }

    @Bean
    CustomerRecords customerRecords(MongoCrmStores stores) {
        return stores.customerRecords();
    }
}
