package com.salesbot.adapter.slack;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How to reach Slack. {@code botToken} (xoxb-…) is always needed; {@code appToken} (xapp-…) selects
 * Socket Mode, otherwise HTTP requests are checked with {@code signingSecret}. {@code apiUrl} is the Web
 * API base, e.g. {@code https://slack.com/api/}, or a stand-in's. {@code workspaces} are the team (T…)
 * or Enterprise Grid (E…) ids served; empty: the bot token's own workspace only. {@code toString} shows
 * no secret.
 */
public record SlackSettings(
        String botToken, String signingSecret, String appToken, String apiUrl, int workers, Set<String> workspaces) {
    /** Messages answered at once when {@code salesbot.slack.workers} is not set. */
    public static final int DEFAULT_WORKERS = 4;

    /** Slack's own Web API. */
    public static final String SLACK_API_URL = "https://slack.com/api/";

    public SlackSettings {
        Objects.requireNonNull(botToken, "botToken");
        if (botToken.isBlank()) {
            throw new IllegalArgumentException("SLACK_BOT_TOKEN is empty");
        }
        signingSecret = blankToNull(signingSecret);
        appToken = blankToNull(appToken);
        apiUrl = apiUrl == null || apiUrl.isBlank() ? SLACK_API_URL : apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
        workers = workers <= 0 ? DEFAULT_WORKERS : workers;
        workspaces = workspaces == null
                ? Set.of()
                : workspaces.stream()
                        .filter(w -> w != null && !w.isBlank())
                        .map(String::strip)
                        .collect(Collectors.toUnmodifiableSet());
        if (appToken == null && signingSecret == null) {
            throw new IllegalArgumentException(
                    "Slack needs SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP requests)");
        }
    }

    /** As above, serving the bot token's own workspace only. */
    public SlackSettings(String botToken, String signingSecret, String appToken, String apiUrl, int workers) {
        this(botToken, signingSecret, appToken, apiUrl, workers, Set.of());
    }

    /** True when the bot connects out to Slack over a WebSocket instead of receiving HTTP requests. */
    public boolean socketMode() {
        return appToken != null;
    }

    @Override
    public String toString() {
        return "SlackSettings[mode=" + (socketMode() ? "socket" : "http") + ", apiUrl=" + apiUrl + ", workers="
                + workers + ", workspaces=" + (workspaces.isEmpty() ? "the token's own" : new TreeSet<>(workspaces))
                + "]";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
