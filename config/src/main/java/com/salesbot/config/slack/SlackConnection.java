package com.salesbot.config.slack;

import com.salesbot.adapter.slack.SlackAdapter;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the Slack app once the context is up: connects Socket Mode, or in HTTP mode checks the bot
 * token (auth.test) before the first request instead of failing on it.
 */
final class SlackConnection implements SmartLifecycle {
    private final SlackAdapter adapter;
    private final boolean socketMode;
    private volatile boolean running;

    SlackConnection(SlackAdapter adapter, boolean socketMode) {
        this.adapter = adapter;
        this.socketMode = socketMode;
    }

    @Override
    public void start() {
        try {
            if (socketMode) {
                adapter.startSocketMode();
            } else {
                adapter.app().start();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the Slack app: " + e.getMessage(), e);
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
