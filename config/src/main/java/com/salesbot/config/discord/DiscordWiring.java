package com.salesbot.config.discord;

import com.salesbot.adapter.discord.DiscordAdapter;
import com.salesbot.adapter.discord.DiscordSettings;
import com.salesbot.adapter.mongo.MongoStores;
import com.salesbot.core.conversation.OutboundChat;
import com.salesbot.core.customer.CustomerSuggestions;
import com.salesbot.core.engine.ConversationEngine;
import com.salesbot.core.kudos.ReactionKudos;
import com.salesbot.core.people.Directory;
import com.salesbot.core.report.ReportForms;
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

    @Bean
    CustomerSuggestions discordCustomerSuggestions(Directory directory, MongoStores stores) {
        return new CustomerSuggestions(directory, stores.customerNames());
    }

    @Bean(destroyMethod = "close")
    DiscordRunner discordRunner(
            Environment environment,
            DiscordProperties properties,
            ConversationEngine engine,
            ReactionKudos reactionKudos,
            ReportForms reportForms,
            CustomerSuggestions discordCustomerSuggestions) {
        // Read here and handed straight to JDA: the token never becomes a bound property or a log line.
        DiscordSettings settings = new DiscordSettings(
                environment.getProperty(DiscordTokenSet.VARIABLE),
                properties.apiUrl(),
                properties.gatewayUrl(),
                properties.guildId(),
                properties.ackBudget());
        return new DiscordRunner(
                DiscordAdapter.start(settings, engine, reactionKudos, reportForms, discordCustomerSuggestions));
    }

    @Bean
    OutboundChat discordOutboundChat(DiscordRunner discordRunner) {
        return discordRunner.outbound();
    }
}
