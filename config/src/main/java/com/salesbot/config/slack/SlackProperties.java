package com.salesbot.config.slack;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Everything under {@code salesbot.slack:}; the tokens and the signing secret come from the environment
 * (SLACK_BOT_TOKEN, SLACK_APP_TOKEN, SLACK_SIGNING_SECRET) through application.yml, never from a file.
 * {@code workspaces} (SALESBOT_SLACK_WORKSPACES) are the team or enterprise ids served; empty: the bot
 * token's own workspace.
 */
@ConfigurationProperties(prefix = "salesbot.slack")
public record SlackProperties(
        String botToken,
        String signingSecret,
        String appToken,
        String apiUrl,
        Integer workers,
        List<String> workspaces) {

    public SlackProperties {
        workspaces = workspaces == null ? List.of() : List.copyOf(workspaces);
    }

    /** True when a bot token is set, i.e. the bot should serve Slack. */
    public boolean enabled() {
        return botToken != null && !botToken.isBlank();
    }

    /** True when Slack is reached over Socket Mode rather than HTTP requests. */
    public boolean socketMode() {
        return appToken != null && !appToken.isBlank();
    }

    @Override
    public String toString() {
        return "SlackProperties[enabled=" + enabled() + ", socketMode=" + socketMode() + ", apiUrl=" + apiUrl + "]";
    }
}
