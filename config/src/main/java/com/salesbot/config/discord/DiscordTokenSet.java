package com.salesbot.config.discord;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when DISCORD_TOKEN is set and not blank: only then is there a Discord bot to start. */
final class DiscordTokenSet implements Condition {
    static final String VARIABLE = "DISCORD_TOKEN";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String token = context.getEnvironment().getProperty(VARIABLE);
        return token != null && !token.isBlank();
    }
}
