package com.salesbot.config.wiring;

import com.salesbot.adapter.mongo.MongoCrmStores;
import com.salesbot.adapter.mongo.MongoStores;
import com.salesbot.core.competitor.CompetitorNoteStore;
import com.salesbot.core.customer.CustomerRecords;
import com.salesbot.core.deal.DealStore;
import com.salesbot.core.export.ExportRecords;
import com.salesbot.core.i18n.Messages;
import com.salesbot.core.people.Directory;
import com.salesbot.core.ranking.Scoreboard;
import com.salesbot.core.reminder.ReminderStore;
import com.salesbot.core.risk.RiskDigest;
import com.salesbot.core.risk.RiskFinder;
import com.salesbot.core.stats.StatsStore;
import com.salesbot.core.target.TargetStore;
import java.util.ArrayList;
import java.util.List;
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
    RiskFinder riskFinder(
            Directory directory,
            TargetStore targets,
            StatsStore stats,
            CustomerRecords customerRecords,
            DealStore deals,
            CrmProperties properties) {
        // pace is read from the aggregates, like every other ranking and progress figure
        Scoreboard scoreboard = new Scoreboard(stats);
        return new RiskFinder(
                directory,
                targets,
                scoreboard::achieved,
                customerRecords,
                deals,
                properties.risk().settings());
    }

    /** The weekly digest for the managers of every configured team and the default team. */
    @Bean
    RiskDigest riskDigest(
            ReminderStore reminders,
            Directory directory,
            RiskFinder finder,
            Messages messages,
            SalesbotProperties salesbot) {
        List<String> teams = new ArrayList<>();
        salesbot.teams().forEach(t -> teams.add(t.id()));
        if (!teams.contains(salesbot.workspace().defaultTeam())) {
            teams.add(salesbot.workspace().defaultTeam());
        }
        List<String> teamIds = List.copyOf(teams);
        return new RiskDigest(reminders, directory, finder, messages, () -> teamIds);
    }

    @Bean
    ExportRecords exportRecords(MongoCrmStores stores) {
        return stores.exportRecords();
    }

    @Bean
    CustomerRecords customerRecords(MongoCrmStores stores) {
        return stores.customerRecords();
    }
}
