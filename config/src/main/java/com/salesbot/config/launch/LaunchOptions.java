package com.salesbot.config.launch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The jar's command line: {@code [chat] [--as NAME] [--script FILE|-] [--now DATE-TIME] [--zone ZONE]
 * [--db PATH|memory] [--managers a,b]}. Options that shape the wiring become Spring properties.
 */
public record LaunchOptions(String speaker, String script, List<String> managers, Map<String, Object> properties) {

    /** Reads the chat command's arguments (the leading {@code chat} word is optional). */
    public static LaunchOptions parse(String[] args) {
        String speaker = System.getProperty("user.name", "me");
        String script = null;
        List<String> managers = new ArrayList<>();
        Map<String, Object> properties = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (i == 0 && arg.equals("chat")) {
                continue;
            }
            switch (arg) {
                case "--as" -> speaker = value(args, ++i, arg);
                case "--script" -> script = value(args, ++i, arg);
                case "--now" -> properties.put("salesbot.clock.now", value(args, ++i, arg));
                case "--zone" -> properties.put("salesbot.clock.zone", value(args, ++i, arg));
                case "--db" -> properties.put("salesbot.mongodb.embedded-path", value(args, ++i, arg));
                case "--managers" -> {
                    for (String name : value(args, ++i, arg).split(",")) {
                        if (!name.isBlank()) {
                            managers.add(name.strip());
                        }
                    }
                }
                default -> {
                    if (!arg.startsWith("--") || !arg.contains("=")) {
                        throw new IllegalArgumentException("unknown argument '" + arg + "'. Usage: salesbot.jar [chat]"
                                + " [--as NAME] [--script FILE|-] [--now 2026-11-27T10:00] [--zone Asia/Shanghai]"
                                + " [--db PATH|memory] [--managers carol,dave] | parse [--now …] [--zone …]");
                    }
                    // --key=value passes straight through as a Spring property.
                }
            }
        }
        return new LaunchOptions(speaker, script, List.copyOf(managers), Map.copyOf(properties));
    }

    /**
     * The options as Spring command-line arguments ({@code --key=value}), which outrank
     * application.yml, unlike Spring's default properties.
     */
    public String[] springArgs() {
        return properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
