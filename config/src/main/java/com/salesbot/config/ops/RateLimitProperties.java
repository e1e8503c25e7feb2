package com.salesbot.config.ops;

import com.salesbot.core.ratelimit.RateLimitSettings;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code salesbot.rate-limit.*}: each sender's burst and steady rate; the console is exempt by default. */
@ConfigurationProperties("salesbot.rate-limit")
public record RateLimitProperties(Boolean enabled, Integer burst, Double perSecond, List<String> exemptPlatforms) {
    public RateLimitSettings settings() {
        RateLimitSettings defaults = RateLimitSettings.defaults();
        return new RateLimitSettings(
                enabled == null ? defaults.enabled() : enabled,
                burst == null ? defaults.burst() : burst,
                perSecond == null ? defaults.perSecond() : perSecond,
                exemptPlatforms == null ? defaults.exemptPlatforms() : Set.copyOf(exemptPlatforms));
    }
}
