package com.salesbot.config.wiring;

import com.salesbot.adapter.console.MutableClock;
import com.salesbot.core.conversation.ProcessedMessages;
import com.salesbot.core.engine.ConversationEngine;
import com.salesbot.core.engine.EngineSettings;
import com.salesbot.core.i18n.Messages;
import com.salesbot.core.nlu.IntentParser;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.OnboardingPolicy;
import com.salesbot.core.people.SpeakerResolver;
import com.salesbot.core.ratelimit.RateLimiter;
import com.salesbot.core.routing.RoutedIntentParser;
import com.salesbot.core.skill.SkillCatalog;
import com.salesbot.core.telemetry.Telemetry;
import com.salesbot.nlp.Nlu;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The conversation engine and what it needs besides storage: clock, NLU, texts, onboarding. */
@Configuration(proxyBeanMethods = false)
public class CoreWiring {

    @Bean
    ZoneId defaultZone(SalesbotProperties properties) {
        String zone = properties.workspace().defaultZone() != null
                ? properties.workspace().defaultZone()
                : properties.clock().zone();
        return zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
    }

    @Bean
    MutableClock clock(SalesbotProperties properties, ZoneId defaultZone) {
        String now = properties.clock().now();
        if (now == null || now.isBlank()) {
            return MutableClock.system(defaultZone);
        }
        return MutableClock.fixedAt(LocalDateTime.parse(now).atZone(defaultZone).toInstant(), defaultZone);
    }

    @Bean
    Messages messages() {
        return Messages.load();
    }

    @Bean
    IntentParser intentParser() {
        return Nlu.defaultParser();
    }

    @Bean
    OnboardingPolicy onboardingPolicy(SalesbotProperties properties, ZoneId defaultZone) {
        return new OnboardingPolicy(
                properties.workspace().open(), properties.workspace().defaultTeam(), defaultZone);
    }

    @Bean
    ConversationEngine conversationEngine(
            IntentParser parser,
            SkillCatalog catalog,
            Directory directory,
            OnboardingPolicy policy,
            ProcessedMessages processed,
            Messages messages,
            MutableClock clock,
            SalesbotProperties properties,
            RateLimiter rateLimiter,
            Telemetry telemetry) {
        EngineSettings settings = new EngineSettings(
                properties.nlu().clarifyBelow(), properties.nlu().questionTimeout());
        return new ConversationEngine(
                // Risk, export and competitor-summary questions are routed from their words; parse/eval stay pure NLU.
                new RoutedIntentParser(parser),
                catalog,
                new SpeakerResolver(directory, policy),
                directory,
                processed,
                messages,
                clock,
                settings,
                rateLimiter,
                telemetry);
    }
}
