package com.salesbot.config.discord;

import com.salesbot.adapter.discord.DiscordAdapter;
import com.salesbot.core.conversation.OutboundChat;
import java.util.concurrent.CountDownLatch;

/**
 * The running Discord bot. {@link #serveUntilShutdown()} keeps the process serving until it is stopped
 * (Ctrl-C, SIGTERM), when Spring closes this bean and the bot disconnects cleanly.
 */
public class DiscordRunner implements AutoCloseable {
    private final DiscordAdapter adapter;
    private final CountDownLatch stopped = new CountDownLatch(1);

    DiscordRunner(DiscordAdapter adapter) {
        this.adapter = adapter;
    }

    /** Blocks until the bot is logged in. */
    public void awaitReady() throws InterruptedException {
        adapter.awaitReady();
    }

    /** True while the gateway connection is up. */
    public boolean connected() {
        return adapter.connected();
    }

    /** The shards this instance runs (SALESBOT_DISCORD_SHARD_IDS), e.g. {@code [1]}. */
    public java.util.List<Integer> runningShards() {
        return adapter.runningShards();
    }

    /** Proactive messages (reminders, shout-outs) through Discord. */
    public OutboundChat outbound() {
        return adapter.outbound();
    }

    /** Blocks until the application shuts down; returns the process exit code. */
    public int serveUntilShutdown() throws InterruptedException {
        stopped.await();
        return 0;
    }

    @Override
    public void close() {
        try {
            adapter.close();
        } finally {
            stopped.countDown();
        }
    }
}
