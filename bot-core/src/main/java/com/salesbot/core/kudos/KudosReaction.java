package com.salesbot.core.kudos;

import java.util.Objects;

/**
 * The emoji reaction that gives kudos to a message's author. Slack names reactions by short name
 * ({@code trophy}), Discord by the emoji itself (🏆) or a custom emoji's name, so each has its own.
 */
public record KudosReaction(String emoji, String slackName) {
    public KudosReaction {
        emoji = strip(Objects.requireNonNull(emoji, "emoji"));
        slackName = strip(Objects.requireNonNull(slackName, "slackName"));
        if (emoji.isEmpty() || slackName.isEmpty()) {
            throw new IllegalArgumentException("the kudos reaction needs an emoji and a Slack name");
        }
    }

    /** 🏆, {@code :trophy:} on Slack. */
    public static KudosReaction defaults() {
        return new KudosReaction("🏆", "trophy");
    }

    /** True when a reaction named {@code name} on {@code platform} is the kudos reaction. */
    public boolean matches(String platform, String name) {
        if (name == null) {
            return false;
        }
        String cleaned = strip(name);
        // Slack adds a skin tone as "::skin-tone-2"; the trophy with any tone is still the trophy.
        int tone = cleaned.indexOf("::");
        if (tone > 0) {
            cleaned = cleaned.substring(0, tone);
        }
        return "slack".equals(platform) ? cleaned.equals(slackName) : cleaned.equals(emoji);
    }

    private static String strip(String name) {
        String s = name.strip();
        return s.length() > 1 && s.startsWith(":") && s.endsWith(":") ? s.substring(1, s.length() - 1) : s;
    }
}
