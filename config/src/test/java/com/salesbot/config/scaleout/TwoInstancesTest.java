package com.salesbot.config.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.salesbot.adapter.console.ConsoleOutboundChat;
import com.salesbot.adapter.console.MutableClock;
import com.salesbot.adapter.mongo.EmbeddedMongo;
import com.salesbot.config.SalesbotApplication;
import com.salesbot.config.wiring.MongoConnection;
import com.salesbot.core.conversation.ChatMessage;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.engine.ConversationEngine;
import com.salesbot.core.reminder.Scheduler;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two full instances of the application (two Spring contexts, each with its own engine, NLU, driver
 * and scheduler) on one database, as behind a load balancer: every message delivered to both is
 * answered and written once, and a reminder both schedulers see goes out once.
 */
class TwoInstancesTest {
    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z"); // 10:00 in Shanghai

    private EmbeddedMongo database;
    private ConfigurableApplicationContext first;
    private ConfigurableApplicationContext second;
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @BeforeEach
    void startTwoInstancesOnOneDatabase() {
        database = EmbeddedMongo.inMemory();
        first = start();
        second = start();
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SalesbotApplication.class)
                .run(
                        "--salesbot.mongodb.uri=mongodb://127.0.0.1:" + database.port() + "/salesbot",
                        "--salesbot.clock.now=2026-11-27T10:00",
                        "--salesbot.clock.zone=Asia/Shanghai");
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
        first.close();
        second.close();
        database.close();
    }

    @Test
    void aMessageDeliveredToBothInstancesIsAnsweredAndWrittenOnce() throws Exception {
        int answered = 0;
        for (int i = 0; i < 10; i++) {
            ChatMessage sale = slack("closed $1k with Globex today", "Ev" + i);
            List<Callable<List<Reply>>> both = List.of(
                    () -> engine(first).handle(sale), () -> engine(second).handle(sale));
            for (Future<List<Reply>> replies : pool.invokeAll(both)) {
                answered += replies.get().size();
            }
        }

        assertThat(answered).isEqualTo(10);
        assertThat(mongo().getCollection("sales").countDocuments()).isEqualTo(10);
        List<Reply> ranking = engine(second).handle(slack("team ranking this month", "EvRanking"));
        assertThat(ranking.get(0).text()).contains("1. alice — $10,000");
    }

    @Test
    void aReminderBothSchedulersSeeIsDeliveredOnce() throws Exception {
        ByteArrayOutputStream transcript = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(transcript, true, StandardCharsets.UTF_8);
        first.getBean(ConsoleOutboundChat.class).printTo(out);
        second.getBean(ConsoleOutboundChat.class).printTo(out);
        List<Reply> set = engine(first)
                .handle(new ChatMessage(
                        "console", "", "", "alice", "alice", "remind me at 10:30 to call Acme", "c1", NOW, true));
        assertThat(set.get(0).text()).contains("10:30");

        for (ConfigurableApplicationContext instance : List.of(first, second)) {
            instance.getBean(MutableClock.class).set(NOW.plus(Duration.ofMinutes(31)));
        }
        List<Callable<Integer>> ticks = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            ticks.add(() -> first.getBean(Scheduler.class).tick());
            ticks.add(() -> second.getBean(Scheduler.class).tick());
        }
        int delivered = 0;
        for (Future<Integer> f : pool.invokeAll(ticks)) {
            delivered += f.get();
        }

        assertThat(delivered).isEqualTo(1);
        assertThat(transcript.toString(StandardCharsets.UTF_8))
                .containsOnlyOnce("call Acme")
                .startsWith("bot → alice:");
        assertThat(mongo().getCollection("reminder_occurrences").countDocuments(new Document("status", "sent")))
                .isEqualTo(1);
    }

    private static ConversationEngine engine(ConfigurableApplicationContext instance) {
        return instance.getBean(ConversationEngine.class);
    }

    private MongoDatabase mongo() {
        return first.getBean(MongoConnection.class).database();
    }

    private static ChatMessage slack(String text, String eventId) {
        return new ChatMessage("slack", "T1", "C1", "U0ALICE", "alice", text, eventId, NOW, false);
    }
}
