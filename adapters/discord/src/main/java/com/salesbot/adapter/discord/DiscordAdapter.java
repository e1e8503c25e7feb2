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
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Discord bot: connects with JDA's shard manager (one gateway session per shard this instance runs),
 * serves the core's conversation in direct messages and the configured servers, and sends proactive
 * messages.
 */
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

    private final ShardManager shards;
    private final int shardCount;
    private final ExecutorService executor;
    private final DiscordOutboundChat outbound;

    private DiscordAdapter(ShardManager shards, int shardCount, ExecutorService executor, DiscordRenderer renderer) {
        this.shards = shards;
        this.shardCount = shardCount;
        this.executor = executor;
        this.outbound = new DiscordOutboundChat(shards, renderer);
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
        return start(settings, engine, reactions, suggestions, RefusalCounter.NONE);
    }

    /** As above, telling {@code refusals} of everything refused because it came from a server not served. */
    public static DiscordAdapter start(
            DiscordSettings settings,
            ConversationEngine engine,
            ReactionHandler reactions,
            CustomerSuggestions suggestions,
            RefusalCounter refusals) {
        return start(settings, engine, reactions, null, suggestions, refusals);
    }

    /** As above, with each team's report template offered as a modal from {@code reportForms} (null: never). */
    public static DiscordAdapter start(
            DiscordSettings settings,
            ConversationEngine engine,
            ReactionHandler reactions,
            ReportForms reportForms,
            CustomerSuggestions suggestions,
            RefusalCounter refusals) {
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
                settings.guildId(),
                settings.servedGuilds(),
                refusals);
        String gateway = settings.gatewayUrl();
        int total = settings.shardsTotal();
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(settings.token(), INTENTS)
                .setRestConfig(new RestConfig().setBaseUrl(settings.apiUrl()))
                .setSessionController(new SessionControllerAdapter() {
                    @Override
                    public String getGateway() {
                        return gateway;
                    }

                    // The configured gateway and shard count, not GET gateway/bot's: every instance must agree
                    // on the total, or a server's events would go to a shard nobody runs.
                    @Override
                    public ShardedGateway getShardedGateway(JDA api) {
                        return new ShardedGateway(gateway, total);
                    }
                })
                .setShardsTotal(total)
                .setShards(settings.shardIds())
                .setEnableShutdownHook(false)
                .addEventListeners(listener);
        if (!settings.discordsGateway()) {
            builder.setCompression(Compression.NONE);
        }
        if (settings.servedGuilds().isEmpty()) {
            LOG.warn("Discord: no server configured (SALESBOT_DISCORD_GUILDS); only direct messages are answered");
        }
        LOG.info("Connecting to Discord: {}", settings);
        try {
            return new DiscordAdapter(builder.build(), settings.shardIds().size(), executor, listener.renderer());
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

    /**
     * Blocks until every shard of this instance is logged in and has its servers, e.g. before sending the
     * first reminder. Shards after the first start one by one (Discord allows one login per five seconds).
     */
    public void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30L + 6L * shardCount);
        while (shards.getShardCache().size() < shardCount) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(new TimeoutException("Discord shards did not start"));
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        for (JDA shard : shards.getShardCache()) {
            shard.awaitReady();
        }
    }

    /** True while every gateway connection is up (JDA reconnects on its own; this reports the gap). */
    public boolean connected() {
        return shards.getShardCache().size() == shardCount
                && shards.getShardCache().stream().allMatch(s -> s.getStatus() == JDA.Status.CONNECTED);
    }

    /** The shards this instance runs, e.g. {@code [1]} for the second of two instances. */
    public java.util.List<Integer> runningShards() {
        return shards.getShardCache().stream()
                .map(s -> s.getShardInfo().getShardId())
                .sorted()
                .toList();
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
            // Each shard is shut down and awaited here: the manager's own shutdown runs in the background.
            for (JDA shard : shards.getShardCache()) {
                shard.shutdown();
            }
            for (JDA shard : shards.getShardCache()) {
                if (!shard.awaitShutdown(5, TimeUnit.SECONDS)) {
                    shard.shutdownNow();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            shards.shutdown();
            return;
        }
        shards.shutdown();
    }
}
