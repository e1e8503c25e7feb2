package com.salesbot.config.discord;

import com.salesbot.adapter.discord.DiscordAdapter;
import com.salesbot.adapter.discord.DiscordSettings;
import com.salesbot.adapter.discord.RefusalCounter;
import com.salesbot.adapter.mongo.MongoStores;
import com.salesbot.config.wiring.SalesbotProperties;
import com.salesbot.core.conversation.OutboundChat;
import com.salesbot.core.customer.CustomerSuggestions;
import com.salesbot.core.engine.ConversationEngine;
import com.salesbot.core.kudos.ReactionKudos;
import com.salesbot.core.people.Directory;
import com.salesbot.core.report.ReportForms;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The Discord bot, built only when DISCORD_TOKEN is set. It is independent of any other chat front end,
 * so Discord can run beside Slack in one process, on the same core and database.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DiscordTokenSet.class)
public class DiscordWiring {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordWiring.class);

    @Bean
    CustomerSuggestions discordCustomerSuggestions(Directory directory, MongoStores stores) {
        return new CustomerSuggestions(directory, stores.customerNames());
    }

    @Bean(destroyMethod = "close")
    DiscordRunner discordRunner(
            Environment environment,
            DiscordProperties properties,
            SalesbotProperties salesbot,
            ConversationEngine engine,
            ReactionKudos reactionKudos,
            ReportForms reportForms,
            CustomerSuggestions discordCustomerSuggestions,
            ObjectProvider<MeterRegistry> meters) {
        // Read here and handed straight to JDA: the token never becomes a bound property or a log line.
        DiscordSettings settings = new DiscordSettings(
                        environment.getProperty(DiscordTokenSet.VARIABLE),
                        properties.apiUrl(),
                        properties.gatewayUrl(),
                        properties.guildId(),
                        properties.ackBudget())
                .withGuilds(ServedServers.of(properties, salesbot))
                .withShards(properties.shards(), properties.shardIds());
        LOG.info(
                "Discord servers served ({}): {}",
                ServedServers.source(properties),
                ServedServers.sorted(settings.servedGuilds()));
        MeterRegistry registry = meters.getIfAvailable();
        RefusalCounter refusals = registry == null
                ? RefusalCounter.NONE
                : kind -> registry.counter("salesbot.chat.refused", "platform", "discord", "kind", kind)
                        .increment();
        return new DiscordRunner(DiscordAdapter.start(
                settings, engine, reactionKudos, reportForms, discordCustomerSuggestions, refusals));
    }

    @Bean
    OutboundChat discordOutboundChat(DiscordRunner discordRunner) {
        return discordRunner.outbound();
    }
}
