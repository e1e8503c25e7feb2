package com.salesbot.config;

import com.salesbot.config.discord.DiscordRunner;
import com.salesbot.config.launch.LaunchOptions;
import com.salesbot.config.slack.SlackServer;
import com.salesbot.config.stats.RebuildAggregatesCommand;
import com.salesbot.config.stats.StatsBench;
import com.salesbot.config.wiring.ConsoleRunner;
import com.salesbot.nlp.Nlu;
import com.salesbot.nlp.cli.EvalCommand;
import com.salesbot.nlp.cli.ParseCommand;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Entry point of salesbot.jar: {@code chat} (the default), {@code parse}, {@code eval}, {@code rebuild-aggregates}
 * or {@code bench}; with SLACK_BOT_TOKEN
 * and/or DISCORD_TOKEN set, {@code chat} serves Slack and/or Discord (both in one process) instead of the console.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SalesbotApplication {

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length > 0 && args[0].equals("parse")) {
            // No Spring here: parse must start fast and print nothing but JSON Lines.
            ParseCommand.Options options = ParseCommand.Options.parse(Arrays.copyOfRange(args, 1, args.length));
            new ParseCommand(Nlu.defaultParser())
                    .run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out, options);
            return;
        }
        if (args.length > 0 && args[0].equals("eval")) {
            try {
                new EvalCommand(Nlu.defaultParser()).run(Arrays.copyOfRange(args, 1, args.length), out);
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                System.exit(2);
            }
            return;
        }
        if (args.length > 0 && args[0].equals("rebuild-aggregates")) {
            System.exit(RebuildAggregatesCommand.run(Arrays.copyOfRange(args, 1, args.length), System.getenv(), out));
            return;
        }
        if (args.length > 0 && args[0].equals("bench")) {
            System.exit(StatsBench.run(Arrays.copyOfRange(args, 1, args.length), out));
            return;
        }
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (SlackServer.requested(System.getenv())) {
            SlackServer.serve(SalesbotApplication.class, System.getenv(), concat(args, options.springArgs()));
            return;
        }
        String[] springArgs = concat(args, options.springArgs());
        if (discordRequested(System.getenv())) {
            // Discord serves health and metrics on server.port; the console keeps no web server.
            springArgs = concat(springArgs, new String[] {"--spring.main.web-application-type=servlet"});
        }
        int code;
        try (ConfigurableApplicationContext context =
                new SpringApplicationBuilder(SalesbotApplication.class).run(springArgs)) {
            // With DISCORD_TOKEN set the process serves Discord instead of opening the console.
            DiscordRunner discord = context.getBeanProvider(DiscordRunner.class).getIfAvailable();
            code = discord != null
                    ? discord.serveUntilShutdown()
                    : context.getBean(ConsoleRunner.class).run(options, out);
        }
        System.exit(code);
    }

    private static boolean discordRequested(java.util.Map<String, String> environment) {
        String token = environment.get("DISCORD_TOKEN");
        return token != null && !token.isBlank();
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
