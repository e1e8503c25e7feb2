package com.salesbot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.adapter.slack.standin.SignedRequests;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Slack's signing rule, checked on bytes hashed as UTF-8 and against a fixed clock. */
class Utf8RequestVerificationTest {
    private static final long NOW = 1_764_208_800L;
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

    private final Utf8RequestVerification verification =
            new Utf8RequestVerification(SECRET, Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));

    private String problem(long timestamp, String body) {
        return verification.problem(String.valueOf(timestamp), SignedRequests.sign(SECRET, timestamp, body), body);
    }

    @Test
    void aBodySignedWithTheSecretPasses() {
        assertThat(problem(NOW, "{\"text\":\"visited Acme\"}")).isNull();
    }

    @Test
    void aChineseBodySignedAsUtf8Passes() {
        assertThat(problem(NOW, "{\"text\":\"今天拜访了华为技术\"}")).isNull();
    }

    @Test
    void aMissingSignatureOrTimestampIsRefused() {
        assertThat(verification.problem(String.valueOf(NOW), null, "{}")).isEqualTo("no signature");
        assertThat(verification.problem(null, "v0=00", "{}")).isEqualTo("no signature");
    }

    @Test
    void aSignatureOfAnotherBodyOrSecretIsRefused() {
        String signed = SignedRequests.sign(SECRET, NOW, "{\"text\":\"a\"}");
        assertThat(verification.problem(String.valueOf(NOW), signed, "{\"text\":\"b\"}"))
                .isEqualTo("wrong signature");
        assertThat(verification.problem(String.valueOf(NOW), SignedRequests.sign("other", NOW, "{}"), "{}"))
                .isEqualTo("wrong signature");
    }

    @Test
    void aTimestampMoreThanFiveMinutesOffIsRefusedEvenWhenCorrectlySigned() {
        assertThat(problem(NOW - 301, "{}")).startsWith("stale timestamp");
        assertThat(problem(NOW + 301, "{}")).startsWith("stale timestamp");
        assertThat(problem(NOW - 299, "{}")).isNull();
    }

    @Test
    void aTimestampThatIsNotANumberIsRefused() {
        assertThat(verification.problem("yesterday", "v0=00", "{}")).isEqualTo("malformed timestamp");
    }
}
