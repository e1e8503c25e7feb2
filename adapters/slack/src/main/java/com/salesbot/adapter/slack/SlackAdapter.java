package com.salesbot.adapter.slack;

import com.salesbot.adapter.slack.chat.SlackChat;
import com.salesbot.adapter.slack.render.BlockKitRenderer;
import com.salesbot.adapter.slack.webapi.SlackOutboundChat;
import com.salesbot.adapter.slack.webapi.WebApi;
import com.salesbot.core.conversation.OutboundChat;
import com.salesbot.core.conversation.ReactionHandler;
import com.salesbot.core.engine.ConversationEngine;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.OnboardingPolicy;
import com.salesbot.core.report.ReportForms;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.socket_mode.SocketModeClient;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack adapter: a Bolt app wired to the conversation engine, the outbound port on Slack's Web API,
 * and Socket Mode when an app token is configured. HTTP mode serves {@link #app()} through Bolt's servlet.
 */
public final class SlackAdapter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SlackAdapter.class);

    /** The paths Bolt's servlet serves in HTTP mode (the request URLs in manifest.yml). */
    public static final List<String> HTTP_PATHS = List.of("/slack/events", "/slack/interactivity", "/slack/commands");

    private final SlackSettings settings;
    private final Slack slack;
    private final App app;
    private final SlackOutboundChat outbound;
    private final ExecutorService workers;
    private SocketModeApp socketMode;

    private SlackAdapter(
            SlackSettings settings, Slack slack, App app, SlackOutboundChat outbound, ExecutorService workers) {
        this.settings = settings;
        this.slack = slack;
        this.app = app;
        this.outbound = outbound;
        this.workers = workers;
    }

    /** Builds the app and registers every handler; nothing talks to Slack until it is started or run. */
    public static SlackAdapter create(
            SlackSettings settings,
            ConversationEngine engine,
            Directory directory,
            OnboardingPolicy policy,
            Clock clock) {
        return create(settings, engine, ReactionHandler.NONE, directory, policy, clock);
    }

    /** As above, with emoji reactions ({@code reaction_added}) handed to {@code reactions}. */
    public static SlackAdapter create(
            SlackSettings settings,
            ConversationEngine engine,
            ReactionHandler reactions,
            Directory directory,
            OnboardingPolicy policy,
            Clock clock) {
        return create(settings, engine, reactions, directory, policy, clock, RefusalCounter.NONE);
    }

    /** As above, telling {@code refusals} of every request refused because of its workspace. */
    public static SlackAdapter create(
            SlackSettings settings,
            ConversationEngine engine,
            ReactionHandler reactions,
            Directory directory,
            OnboardingPolicy policy,
            Clock clock,
            RefusalCounter refusals) {
        return create(settings, engine, reactions, ReportForms.none(directory), directory, policy, clock, refusals);
    }

    /** As above, with each team's report template offered as a modal from {@code reportForms}. */
    public static SlackAdapter create(
            SlackSettings settings,
            ConversationEngine engine,
            ReactionHandler reactions,
            ReportForms reportForms,
            Directory directory,
            OnboardingPolicy policy,
            Clock clock,
            RefusalCounter refusals) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        Slack slack = Slack.getInstance(config);
        AppConfig appConfig = AppConfig.builder()
                .singleTeamBotToken(settings.botToken())
                .signingSecret(settings.signingSecret())
                .slack(slack)
                // Events nobody handles (message edits, deletions) are acked too; a 404 would make Slack retry.
                .allEventsApiAutoAckEnabled(true)
                .build();
        MethodsClient methods = slack.methods(settings.botToken());
        App app = new SalesbotBoltApp(
                appConfig,
                settings.signingSecret() == null ? null : new Utf8RequestVerification(settings.signingSecret(), clock),
                new WorkspaceGate(settings.workspaces(), () -> ownWorkspace(methods), refusals));
        WebApi api = WebApi.of(methods);
        BlockKitRenderer renderer = new BlockKitRenderer();
        SlackOutboundChat outbound = new SlackOutboundChat(api, renderer);
        ExecutorService workers = Executors.newFixedThreadPool(settings.workers(), workerThreads());
        new SlackChat(engine, reactions, reportForms, directory, policy, api, outbound, renderer, workers, clock)
                .register(app);
        LOG.info("Slack adapter ready ({})", settings);
        return new SlackAdapter(settings, slack, app, outbound, workers);
    }

    /** The Bolt app, for Bolt's servlet in HTTP mode (or for tests that call it directly). */
    public App app() {
        return app;
    }

    /** Proactive messages (reminders, shout-outs, charts) to Slack. */
    public OutboundChat outbound() {
        return outbound;
    }

    /** Connects to Slack over Socket Mode (needs the app token) and returns once connected. */
    public synchronized void startSocketMode() throws Exception {
        if (!settings.socketMode()) {
            throw new IllegalStateException("Socket Mode needs SLACK_APP_TOKEN");
        }
        socketMode = new SocketModeApp(settings.appToken(), SocketModeClient.Backend.JavaWebSocket, app);
        socketMode.startAsync();
        LOG.info("Connected to Slack over Socket Mode");
    }

    /**
     * True while Slack can reach the bot: in Socket Mode the WebSocket answers a ping; in HTTP mode the
     * app is started (Slack connects to us, so there is no connection of ours to lose).
     */
    public synchronized boolean connected() {
        if (settings.socketMode()) {
            return socketMode != null
                    && socketMode.getClient() != null
                    && socketMode.getClient().verifyConnection();
        }
        return app.status() == com.slack.api.bolt.App.Status.Running;
    }

    /** Stops Socket Mode and the app, letting queued answers finish for a few seconds. */
    @Override
    public synchronized void close() {
        try {
            if (socketMode != null) {
                socketMode.close();
            }
        } catch (Exception e) {
            LOG.warn("Closing Socket Mode failed: {}", e.getMessage());
        }
        app.stop();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            workers.shutdownNow();
        }
        try {
            slack.close();
        } catch (Exception e) {
            LOG.debug("Closing the Slack client failed: {}", e.getMessage());
        }
    }

    /** The workspace the bot token belongs to, from auth.test. */
    private static String ownWorkspace(MethodsClient methods) {
        try {
            AuthTestResponse response = methods.authTest(r -> r);
            if (!response.isOk()) {
                throw new IllegalStateException("auth.test: " + response.getError());
            }
            return response.getTeamId();
        } catch (IOException | SlackApiException e) {
            throw new IllegalStateException("auth.test failed: " + e.getMessage(), e);
        }
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "slack-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
