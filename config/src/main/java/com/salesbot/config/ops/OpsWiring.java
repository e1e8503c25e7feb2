package com.salesbot.config.ops;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import com.salesbot.adapter.mongo.MongoStores;
import com.salesbot.adapter.slack.SlackAdapter;
import com.salesbot.config.discord.DiscordRunner;
import com.salesbot.config.wiring.MongoConnection;
import com.salesbot.core.ratelimit.RateLimiter;
import com.salesbot.core.telemetry.Telemetry;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Metrics, health indicators and the rate limiter; the management endpoint itself is Boot's actuator. */
@Configuration(proxyBeanMethods = false)
public class OpsWiring {

    @Bean
    Telemetry telemetry(ObjectProvider<MeterRegistry> registry) {
        MeterRegistry meters = registry.getIfAvailable();
        return meters == null ? Telemetry.NONE : new MicrometerTelemetry(meters);
    }

    /** Real elapsed time, not the conversation clock: {@code --now} holds that one still. */
    @Bean
    RateLimiter rateLimiter(RateLimitProperties properties) {
        return new RateLimiter(properties.settings(), Clock.systemUTC());
    }

    /** Real time as well: a clean-up measured on a held conversation clock would never forget anything. */
    @Bean(destroyMethod = "close")
    Housekeeping housekeeping(MongoStores stores, HousekeepingProperties properties) {
        Housekeeping housekeeping = new Housekeeping(stores, properties, Clock.systemUTC());
        housekeeping.start();
        return housekeeping;
    }

    @Bean
    DatabaseHealth databaseHealthIndicator(MongoConnection connection) {
        return new DatabaseHealth(connection.database());
    }

    @Bean
    ChatHealth chatHealthIndicator(ObjectProvider<SlackAdapter> slack, ObjectProvider<DiscordRunner> discord) {
        Map<String, BooleanSupplier> connections = new LinkedHashMap<>();
        slack.ifAvailable(adapter -> connections.put("slack", adapter::connected));
        discord.ifAvailable(runner -> connections.put("discord", runner::connected));
        return new ChatHealth(connections);
    }

    @Bean(destroyMethod = "stop")
    ChatApiErrorCounter chatApiErrorCounter(Telemetry telemetry) {
        ChatApiErrorCounter counter = new ChatApiErrorCounter(telemetry);
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            counter.setContext(context);
            counter.start();
            for (String name : new String[] {ChatApiErrorCounter.SLACK_LOGGERS, ChatApiErrorCounter.DISCORD_LOGGERS}) {
                Logger logger = context.getLogger(name);
                logger.addAppender(counter);
            }
        }
        return counter;
    }
}
