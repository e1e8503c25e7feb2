package com.salesbot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.adapter.slack.standin.InProcessRequests;
import com.salesbot.adapter.slack.standin.SignedRequests;
import com.salesbot.adapter.slack.standin.SlackApiStandIn;
import com.salesbot.adapter.slack.standin.SlackApiStandIn.Call;
import com.salesbot.adapter.slack.standin.SlackPayloads;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.people.OnboardingPolicy;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.response.Response;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs in its own JVM whose default charset is US-ASCII (the {@code ascii-default-charset} execution in
 * the pom), like a server started with {@code LANG=C}: a correctly signed event with Chinese text must
 * still pass, although Bolt's own check, which hashes in the default charset, refuses it.
 */
class ChineseSignatureAsciiJvmTest {
    private static final String SECRET = "ascii-jvm-secret";
    private static final String TEXT = "今天拜访了华为技术，王经理对方案很感兴趣";

    private final TestWorld world = TestWorld.builder().openWorkspace(true).build();
    private SlackApiStandIn slack;
    private SlackAdapter adapter;

    @BeforeEach
    void start() throws Exception {
        slack = SlackApiStandIn.start();
        adapter = SlackAdapter.create(
                new SlackSettings("xoxb-test", SECRET, null, slack.apiUrl(), 2),
                world.engine(),
                world.directory(),
                new OnboardingPolicy(true, TestWorld.TEAM_ID, TestWorld.ZONE),
                Clock.systemUTC());
        adapter.app().start();
    }

    @AfterEach
    void stop() {
        adapter.close();
        slack.close();
    }

    private Response post(String body, long timestamp, String signature) throws Exception {
        return new InProcessRequests(adapter.app(), SECRET).post(body, "application/json", timestamp, signature);
    }

    @Test
    void thisJvmReallyHasAnAsciiDefaultCharset() {
        assertThat(Charset.defaultCharset()).isEqualTo(StandardCharsets.US_ASCII);
    }

    @Test
    void boltsOwnCheckWouldRefuseTheSignedChineseEvent() {
        String body = SlackPayloads.directMessage("EvA1", "U0WANG", TEXT, "1764208800.000100");
        long now = Instant.now().getEpochSecond();
        String signature = SignedRequests.sign(SECRET, now, body);

        boolean valid = new SlackSignature.Verifier(new SlackSignature.Generator(SECRET))
                .isValid(String.valueOf(now), body, signature, now * 1000);

        assertThat(valid).isFalse();
    }

    @Test
    void aSignedChineseEventPassesAndItsTextReachesTheCoreIntact() throws Exception {
        String body = SlackPayloads.directMessage("EvA2", "U0WANG", TEXT, "1764208800.000200");
        long now = Instant.now().getEpochSecond();

        Response response = post(body, now, SignedRequests.sign(SECRET, now, body));

        assertThat(response.getStatusCode()).isEqualTo(200);
        Call reply = slack.awaitFirst(c -> c.method().equals("chat.postMessage"), "the reply");
        // The scripted parser reads unknown text; the reply is in Chinese because the text arrived as Chinese.
        assertThat(reply.param("text")).containsPattern("\\p{IsHan}");
        assertThat(world.directory().byIdentity("slack:" + SlackApiStandIn.TEAM + "/U0WANG"))
                .isPresent();
    }

    @Test
    void aWrongSignatureIsStillRefused() throws Exception {
        String body = SlackPayloads.directMessage("EvA3", "U0WANG", TEXT, "1764208800.000300");
        long now = Instant.now().getEpochSecond();

        Response response = post(body, now, SignedRequests.sign("not-the-secret", now, body));

        assertThat(response.getStatusCode()).isEqualTo(401);
        assertThat(slack.calls("chat.postMessage")).isEmpty();
    }
}
