package com.salesbot.config.slack;

import com.salesbot.adapter.slack.RefusalCounter;
import com.salesbot.adapter.slack.SlackAdapter;
import com.salesbot.adapter.slack.SlackSettings;
import com.salesbot.core.conversation.OutboundChat;
import com.salesbot.core.engine.ConversationEngine;
import com.salesbot.core.kudos.ReactionKudos;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.OnboardingPolicy;
import com.salesbot.core.report.ReportForms;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The Slack adapter on the shared engine and directory, when SLACK_BOT_TOKEN is set: Bolt's servlet at
 * /slack/events, /slack/interactivity and /slack/commands in HTTP mode, or a Socket Mode connection
 * when SLACK_APP_TOKEN is set.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SlackConfigured.class)
public class SlackWiring {

    @Bean(destroyMethod = "close")
    SlackAdapter slackAdapter(
            SlackProperties properties,
            ConversationEngine engine,
            ReactionKudos reactionKudos,
            ReportForms reportForms,
            Directory directory,
            OnboardingPolicy policy,
            ObjectProvider<MeterRegistry> meters) {
        SlackSettings settings = new SlackSettings(
                properties.botToken(),
                properties.signingSecret(),
                properties.appToken(),
                properties.apiUrl(),
                properties.workers() == null ? 0 : properties.workers(),
                Set.copyOf(properties.workspaces()));
        MeterRegistry registry = meters.getIfAvailable();
        RefusalCounter refusals = registry == null
                ? RefusalCounter.NONE
                : kind -> registry.counter("salesbot.chat.refused", "platform", "slack", "kind", kind)
                        .increment();
        // Real time, not the demo clock: signatures are checked against Slack's timestamps.
        return SlackAdapter.create(
                settings, engine, reactionKudos, reportForms, directory, policy, Clock.systemUTC(), refusals);
    }

    /** Bolt's servlet; in Socket Mode there is no public endpoint at all. */
    @Bean
    @ConditionalOnWebApplication
    @Conditional(SlackHttpMode.class)
    ServletRegistrationBean<SlackAppServlet> slackServlet(SlackAdapter adapter) {
        return new ServletRegistrationBean<>(
                new SlackAppServlet(adapter.app()), SlackAdapter.HTTP_PATHS.toArray(String[]::new));
    }

    /** Proactive messages to Slack; consumers take every {@link OutboundChat} bean, one per platform. */
    @Bean
    OutboundChat slackOutboundChat(SlackAdapter adapter) {
        return adapter.outbound();
    }

    @Bean
    SmartLifecycle slackConnection(SlackAdapter adapter, SlackProperties properties) {
        return new SlackConnection(adapter, properties.socketMode());
    }
}
