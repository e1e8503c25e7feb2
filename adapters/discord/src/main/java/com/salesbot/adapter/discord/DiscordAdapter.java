package com.salesbot.adapter.discord;

import com.salesbot.core.conversation.OutboundChat;
import com.salesbot.core.conversation.ReactionHandler;
import com.salesbot.core.customer.CustomerSuggestions;
import com.salesbot.core.engine.ConversationEngine;
import com.salesbot.core.report.ReportForms;
import java.util.EnumSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Discord bot: connects with JDA, serves the core's conversation there, and sends proactive messages. */
public final class DiscordAdapter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordAdapter.class);

    /**
     * Guild messages, direct messages, message content (privileged: switch it on in the developer portal
     * too) and reactions in servers (kudos by 🏆), and nothing more. Slash commands, buttons and forms
     * need no intent.
     */
    static final EnumSet<GatewayIntent> INTENTS = EnumSet.of(
            GatewayIntent.GUILD_MESSAGES,
            GatewayIntent.DIRECT_MESSAGES,
            GatewayIntent.MESSAGE_CONTENT,
            GatewayIntent.GUILD_MESSAGE_REACTIONS);

    /**
     * What the bot needs in a channel, and nothing more: see it, answer (also in threads and as a reply,
     * which needs the history), and show embeds and chart images.
     */
    static final EnumSet<Permission> PERMISSIONS = EnumSet.of(
            Permission.VIEW_CHANNEL,
            Permission.MESSAGE_SEND,
            Permission.MESSAGE_SEND_IN_THREADS,
            // The managers' daily digest starts a thread under its summary for the reports.
            Permission.CREATE_PUBLIC_THREADS,
            Permission.MESSAGE_EMBED_LINKS,
            Permission.MESSAGE_ATTACH_FILES,
            Permission.MESSAGE_HISTORY);

    private final JDA jda;
    private final ExecutorService executor;
    private final DiscordOutboundChat outbound;

    private DiscordAdapter(JDA jda, ExecutorService executor, DiscordRenderer renderer) {
        this.jda = jda;
        this.executor = executor;
        this.outbound = new DiscordOutboundChat(jda, renderer);
    }

    /**
     * Connects to Discord and starts answering; returns at once while JDA logs in in the background.
     *
     * @param suggestions customer names for the slash commands' autocomplete
     */
    public static DiscordAdapter start(
            DiscordSettings settings, ConversationEngine engine, CustomerSuggestions suggestions) {
        return start(settings, engine, ReactionHandler.NONE, suggestions);
    }

    /** As above, with emoji reactions in servers handed to {@code reactions} (kudos by 🏆). */
    public static DiscordAdapter start(
            DiscordSettings settings,
            ConversationEngine engine,
            ReactionHandler reactions,
            CustomerSuggestions suggestions) {
        return start(settings, engine, reactions, null, suggestions);
    }

    /** As above, with each team's report template offered as a modal from {@code reportForms} (null: never). */
    public static DiscordAdapter start(
            DiscordSettings settings,
            ConversationEngine engine,
            ReactionHandler reactions,
            ReportForms reportForms,
            CustomerSuggestions suggestions) {
        // One conversation thread: messages are answered in the order they came, and JDA's event thread
        // never waits on the database.
        ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "discord-conversation");
            thread.setDaemon(true);
            return thread;
        });
        DiscordListener listener = new DiscordListener(
                engine::handle,
                reactions,
                reportForms,
                suggestions,
                executor,
                settings.ackBudget(),
                settings.guildId());
        String gateway = settings.gatewayUrl();
        JDABuilder builder = JDABuilder.createLight(settings.token(), INTENTS)
                .setRestConfig(new RestConfig().setBaseUrl(settings.apiUrl()))
                .setSessionController(new SessionControllerAdapter() {
                    @Override
                    public String getGateway() {
                        return gateway;
                    }
                })
                .setEnableShutdownHook(false)
                .addEventListeners(listener);
        if (!settings.discordsGateway()) {
            builder.setCompression(Compression.NONE);
        }
        LOG.info("Connecting to Discord: {}", settings);
        try {
            return new DiscordAdapter(builder.build(), executor, listener.renderer());
        } catch (InvalidTokenException e) {
            executor.shutdownNow();
            LOG.error("Discord refused the bot token: check DISCORD_TOKEN (Bot page of the developer portal)");
            throw new IllegalStateException("Discord refused the bot token in DISCORD_TOKEN", e);
        } catch (RuntimeException e) {
            executor.shutdownNow();
            String reason = ApiErrors.describe(e.getCause() != null ? e.getCause() : e);
            LOG.error("Could not log in to Discord at {}: {}", settings.apiUrl(), reason);
            throw new IllegalStateException("Could not log in to Discord at " + settings.apiUrl() + ": " + reason, e);
        }
    }

    /** The URL that invites the bot to a server with its slash commands and exactly {@link #PERMISSIONS}. */
    public static String inviteUrl(String applicationId) {
        return "https://discord.com/oauth2/authorize?client_id=" + applicationId
                + "&scope=bot+applications.commands&permissions=" + Permission.getRaw(PERMISSIONS);
    }

    /** Blocks until the bot is logged in and has its servers, e.g. before sending the first reminder. */
    public void awaitReady() throws InterruptedException {
        jda.awaitReady();
    }

    /** True while the gateway connection is up (JDA reconnects on its own; this reports the gap). */
    public boolean connected() {
        return jda.getStatus() == JDA.Status.CONNECTED;
    }

    /** Proactive messages through this bot. */
    public OutboundChat outbound() {
        return outbound;
    }

    /** Disconnects, letting queued replies go out first (up to five seconds). */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
            jda.shutdown();
            if (!jda.awaitShutdown(5, TimeUnit.SECONDS)) {
                jda.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            jda.shutdownNow();
        }
    }
}
