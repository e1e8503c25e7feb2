package com.salesbot.core.engine;

import static com.salesbot.core.fakes.TestWorld.entities;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.conversation.ChatMessage;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.ratelimit.RateLimitSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A flood from one rep is refused kindly, in the rep's language, and leaves no trace in the database. */
class RateLimitedConversationTest {
    private final TestWorld world = TestWorld.builder()
            .rateLimit(new RateLimitSettings(true, 3, 1.0, Set.of("console")))
            .build();

    @Test
    void messagesPastTheBurstGetAFriendlyRefusalAndWriteNothing() {
        world.parser().on("visited Acme", Intent.LOG_VISIT, entities("customer", "Acme"));
        List<List<Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            replies.add(world.send(world.alice(), "visited Acme"));
        }

        assertThat(world.visits().all()).hasSize(3);
        assertThat(TestWorld.only(replies.get(3)).text())
                .startsWith("You are sending messages faster than I can keep up with.")
                .doesNotContain("Logged");
        assertThat(world.processed().handled()).hasSize(3);
    }

    @Test
    void aChineseFloodIsRefusedInChinese() {
        world.parser().on("拜访了华为", Intent.LOG_VISIT, entities("customer", "华为"));
        for (int i = 0; i < 3; i++) {
            world.send(world.bob(), "拜访了华为");
        }

        assertThat(TestWorld.only(world.send(world.bob(), "拜访了华为")).text()).startsWith("你发消息太快了");
    }

    @Test
    void aRefusedSenderIsServedAgainOnceTheBucketRefills() {
        world.parser().on("visited Acme", Intent.LOG_VISIT, entities("customer", "Acme"));
        for (int i = 0; i < 4; i++) {
            world.send(world.alice(), "visited Acme");
        }

        world.clock().advance(Duration.ofSeconds(1));

        assertThat(TestWorld.only(world.send(world.alice(), "visited Acme")).text())
                .startsWith("Logged your visit to Acme");
        assertThat(world.visits().all()).hasSize(4);
    }

    @Test
    void aRepeatedDeliveryOfAnAnsweredMessageStaysSilentEvenWhenLimited() {
        world.parser().on("visited Acme", Intent.LOG_VISIT, entities("customer", "Acme"));
        ChatMessage first = world.message(world.alice(), "visited Acme");
        world.deliver(first);
        world.send(world.alice(), "visited Acme");
        world.send(world.alice(), "visited Acme");

        assertThat(world.deliver(first)).isEmpty();
        assertThat(world.visits().all()).hasSize(3);
    }
}
