package com.salesbot.config.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.config.SalesbotApplication;
import com.salesbot.core.conversation.ChatMessage;
import com.salesbot.core.engine.ConversationEngine;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** One setting switches the logs to JSON lines; what reps type still stays out of them. */
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogsTest {

    @Test
    void withTheSettingEveryLogLineIsAJsonObjectAndHoldsNoMessageText(CapturedOutput output) {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SalesbotApplication.class)
                .run(
                        // The shipped configuration: the Discord test jar's logback-test.xml would win otherwise.
                        "--logging.config=classpath:logback-spring.xml",
                        "--logging.structured.format.console=ecs",
                        "--salesbot.mongodb.embedded-path=memory",
                        "--salesbot.clock.zone=Asia/Shanghai")) {
            app.getBean(ConversationEngine.class)
                    .handle(new ChatMessage(
                            "slack",
                            "T1",
                            "D1",
                            "U1",
                            "alice",
                            "closed $5k with Globex, password xoxp-999-TOPSECRET",
                            "m1",
                            Instant.now(),
                            true));
        }

        String err = output.getErr();
        assertThat(err).contains("\"level\":\"INFO\"").contains("embedded MongoDB-compatible server");
        assertThat(err.lines().filter(l -> !l.isBlank()))
                .allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
        assertThat(output.getAll()).doesNotContain("TOPSECRET").doesNotContain("Globex");
    }
}
