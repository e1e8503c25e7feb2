package com.salesbot.config.ops;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.salesbot.core.telemetry.Telemetry;

/**
 * Counts chat API errors from the log lines the Slack and Discord adapters already write for each one
 * (a warning or error with the method and the platform's error code), so the adapters need no metrics
 * dependency and every error they report is counted exactly where it is reported.
 */
public final class ChatApiErrorCounter extends AppenderBase<ILoggingEvent> {
    static final String SLACK_LOGGERS = "com.salesbot.adapter.slack";
    static final String DISCORD_LOGGERS = "com.salesbot.adapter.discord";

    private final Telemetry telemetry;

    public ChatApiErrorCounter(Telemetry telemetry) {
        this.telemetry = telemetry;
        setName("salesbot-chat-api-errors");
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (!event.getLevel().isGreaterOrEqual(Level.WARN)) {
            return;
        }
        String logger = event.getLoggerName();
        if (logger.startsWith(SLACK_LOGGERS)) {
            telemetry.chatApiError("slack", simpleName(logger));
        } else if (logger.startsWith(DISCORD_LOGGERS)) {
            telemetry.chatApiError("discord", simpleName(logger));
        }
    }

    private static String simpleName(String logger) {
        return logger.substring(logger.lastIndexOf('.') + 1);
    }
}
