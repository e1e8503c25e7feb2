package com.salesbot.config.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.config.SalesbotApplication;
import com.salesbot.core.conversation.OutboundChat;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

class DiscordWiringTest {

    @Test
    void withoutADiscordTokenNoBotIsStartedAndTheConsoleStaysTheFrontEnd() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SalesbotApplication.class)
                .run("--DISCORD_TOKEN=  ", "--salesbot.mongodb.embedded-path=memory")) {
            assertThat(context.getBeanProvider(DiscordRunner.class).getIfAvailable())
                    .isNull();
            // Only the console's own outbound chat (reminders in the transcript), never a platform's.
            assertThat(context.getBeansOfType(OutboundChat.class)).containsOnlyKeys("consoleOutboundChat");
        }
    }

    @Test
    void theSettingsNeverShowTheToken() {
        var settings = new com.salesbot.adapter.discord.DiscordSettings("secret-token-value", null, null, "42", null);

        assertThat(settings.toString()).doesNotContain("secret-token-value").contains("guildId=42");
    }
}
