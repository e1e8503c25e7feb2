package com.salesbot.config.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.salesbot.config.SalesbotApplication;
import com.salesbot.config.wiring.MongoConnection;
import com.salesbot.core.conversation.ChatMessage;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.engine.ConversationEngine;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Abuse through the real wiring (NLU, engine, driver, embedded database). Forged, stale and replayed
 * Slack signatures are covered over HTTP by {@code SlackHttpConversationTest}.
 */
class AbuseTest {
    private static final AtomicInteger IDS = new AtomicInteger();
    private static ConfigurableApplicationContext app;
    private static ConversationEngine engine;
    private static MongoDatabase db;

    @BeforeAll
    static void start() {
        app = new SpringApplicationBuilder(SalesbotApplication.class)
                .run(
                        "--salesbot.mongodb.embedded-path=memory",
                        "--salesbot.clock.now=2026-11-27T10:00",
                        "--salesbot.clock.zone=Asia/Shanghai",
                        // The real burst, and a refill slow enough that a slow machine cannot blur the count.
                        "--salesbot.rate-limit.per-second=0.0001");
        engine = app.getBean(ConversationEngine.class);
        db = app.getBean(MongoConnection.class).database();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void operatorsAndDottedKeysInFreeTextAreStoredAsPlainTextAndMatchNothingElse() {
        String rep = "UINJECT";
        say(rep, "visited Acme Corp today, met the CTO");
        List<String> hostile = List.of(
                "visited {\"$gt\": \"\"} today",
                "visited $where today, met this.password",
                "visited a.b.c today, met $ne.x",
                "closed $5k with {\"$ne\": null} today",
                "daily report: {\"$where\": \"sleep(1000)\"}, plan: {$gt: ''}",
                "kudos @{\"$gt\":\"\"} for {\"$set\": {\"role\": \"admin\"}}");
        for (String text : hostile) {
            assertThat(say(rep, text)).as(text).isNotEmpty();
        }
        String info = text(say(rep, "what do we know about {\"$gt\": \"\"}?"));

        assertThat(info).doesNotContain("Acme");
        for (String name : db.listCollectionNames().into(new ArrayList<>())) {
            for (Document doc : db.getCollection(name).find()) {
                assertNoOperatorKeys(name, doc);
            }
        }
        Document person = db.getCollection("people")
                .find(new Document("identities", "slack:T1/" + rep))
                .first();
        assertThat(person).isNotNull();
        assertThat(person.getString("role")).isEqualTo("rep");
    }

    @Test
    void aFortyThousandCharacterMessageIsAnsweredAndALongerOneRefusedWithoutAWrite() {
        String rep = "ULONG";
        String longest = "visited Acme Corp today " + "x".repeat(40_000 - 24);
        long visitsBefore = db.getCollection("visits").countDocuments();

        assertThat(text(say(rep, longest + "x"))).startsWith("That message is too long for me");
        assertThat(db.getCollection("visits").countDocuments()).isEqualTo(visitsBefore);
        assertThat(say(rep, longest)).isNotEmpty();
    }

    @Test
    void invalidUtf8AndLoneSurrogatesAreAnsweredAndStoredReadably() {
        String rep = "UBYTES";
        String decoded = new String(
                new byte[] {
                    'v',
                    'i',
                    's',
                    'i',
                    't',
                    'e',
                    'd',
                    ' ',
                    (byte) 0xC3,
                    '(',
                    (byte) 0xFF,
                    'X',
                    ' ',
                    't',
                    'o',
                    'd',
                    'a',
                    'y'
                },
                StandardCharsets.UTF_8);

        assertThat(say(rep, decoded)).isNotEmpty();
        assertThat(say(rep, "visited \uD800Acme today")).isNotEmpty();
        assertThat(text(say(rep, "my target"))).isNotBlank();
    }

    @Test
    void aFloodFromOneRepIsCutAfterTheBurstWhileAnotherRepIsStillServed() {
        List<String> replies = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            replies.add(text(say("UFLOOD", "visited Flood Co " + i + " today")));
        }
        long refused = replies.stream()
                .filter(r -> r.startsWith("You are sending messages faster"))
                .count();

        assertThat(refused).isEqualTo(10);
        assertThat(db.getCollection("visits")
                        .countDocuments(new Document("customer", new Document("$regex", "^Flood Co"))))
                .isEqualTo(20);
        assertThat(text(say("UCALM", "visited Calm Ltd today"))).startsWith("Logged your visit to Calm Ltd");
    }

    @Test
    void aRepIssuingManagerCommandsIsRefusedAndNothingChanges() {
        say("UVICTIM", "hi");
        long targetsBefore = db.getCollection("targets").countDocuments();

        assertThat(text(say("UREP", "set UVICTIM's target to 50k this month")))
                .isEqualTo("Sorry, only a manager can do that.");
        assertThat(text(say("UREP", "add UVICTIM to the team as a manager"))).doesNotStartWith("Added");
        assertThat(db.getCollection("targets").countDocuments()).isEqualTo(targetsBefore);
    }

    private static void assertNoOperatorKeys(String collection, Object value) {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                assertThat(key).as(collection + " key").doesNotStartWith("$").doesNotContain(".");
                assertNoOperatorKeys(collection, e.getValue());
            }
        } else if (value instanceof List<?> list) {
            list.forEach(v -> assertNoOperatorKeys(collection, v));
        }
    }

    private static List<Reply> say(String user, String text) {
        return engine.handle(new ChatMessage(
                "slack", "T1", "D" + user, user, user, text, "a" + IDS.incrementAndGet(), Instant.now(), true));
    }

    private static String text(List<Reply> replies) {
        assertThat(replies).isNotEmpty();
        return replies.get(0).text();
    }
}
