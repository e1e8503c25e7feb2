package com.salesbot.adapter.slack.webapi;

import com.salesbot.core.conversation.DeliveryFailedException;
import com.slack.api.model.User;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/** A Slack user's name, time zone and locale, from users.info. */
public final class SlackProfiles {
    /** What Slack knows about a user that the bot keeps; {@code zone} and {@code locale} may be null. */
    public record Profile(String name, ZoneId zone, String locale) {}

    private final WebApi api;

    public SlackProfiles(WebApi api) {
        this.api = api;
    }

    /** The user's profile, or empty when Slack could not say (already logged). */
    public Optional<Profile> lookup(String userId) {
        try {
            User user = api.call(
                            "users.info", c -> c.usersInfo(r -> r.user(userId).includeLocale(true)))
                    .getUser();
            if (user == null) {
                return Optional.empty();
            }
            return Optional.of(new Profile(name(user), zone(user.getTz()), user.getLocale()));
        } catch (DeliveryFailedException e) {
            return Optional.empty();
        }
    }

    private static String name(User user) {
        User.Profile profile = user.getProfile();
        if (profile != null && notBlank(profile.getDisplayName())) {
            return profile.getDisplayName();
        }
        if (profile != null && notBlank(profile.getRealName())) {
            return profile.getRealName();
        }
        if (notBlank(user.getRealName())) {
            return user.getRealName();
        }
        return notBlank(user.getName()) ? user.getName() : user.getId();
    }

    private static ZoneId zone(String tz) {
        if (!notBlank(tz)) {
            return null;
        }
        try {
            return ZoneId.of(tz);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
