package com.salesbot.config.slack;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Runs the jar as a Slack bot instead of the console, with an HTTP server on {@code server.port} (default
 * 8080): Slack's requests and the health and metrics endpoints in HTTP mode, only the latter in Socket
 * Mode. Returns when the application is stopped.
 */
public final class SlackServer {
    private SlackServer() {}

    /** True when the environment asks for Slack (SLACK_BOT_TOKEN is set). */
    public static boolean requested(Map<String, String> environment) {
        String token = environment.get("SLACK_BOT_TOKEN");
        return token != null && !token.isBlank();
    }

    /** Starts the application as a Slack bot and blocks until it is shut down (SIGTERM, Ctrl-C). */
    public static void serve(Class<?> application, Map<String, String> environment, String[] args)
            throws InterruptedException {
        String appToken = environment.get("SLACK_APP_TOKEN");
        boolean socketMode = appToken != null && !appToken.isBlank();
        String[] all = Arrays.copyOf(args, args.length + 1);
        // A command-line property outranks application.yml, which keeps the console free of a web server.
        // Socket Mode needs no server for Slack, but health and metrics are served on server.port.
        all[args.length] = "--spring.main.web-application-type=servlet";
        CountDownLatch closed = new CountDownLatch(1);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .listeners(event -> {
                    if (event instanceof ContextClosedEvent) {
                        closed.countDown();
                    }
                })
                .run(all);
        if (context.isActive()) {
            closed.await();
        }
    }
}
