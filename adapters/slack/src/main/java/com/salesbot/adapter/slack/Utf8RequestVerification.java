package com.salesbot.adapter.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.middleware.MiddlewareOps;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's request signature check, hashing the body as UTF-8. Bolt's own check hashes
 * {@code String.getBytes()} in the JVM's default charset, so on a machine with a non-UTF-8 locale every
 * correctly signed event with Chinese text would be refused. Missing, wrong or stale (more than five
 * minutes off) signatures get 401 and the request goes no further.
 */
final class Utf8RequestVerification implements Middleware {
    private static final Logger LOG = LoggerFactory.getLogger(Utf8RequestVerification.class);
    private static final Duration MAX_AGE = Duration.ofMinutes(5);
    private static final String TIMESTAMP_HEADER = "X-Slack-Request-Timestamp";
    private static final String SIGNATURE_HEADER = "X-Slack-Signature";

    private final byte[] secret;
    private final Clock clock;

    Utf8RequestVerification(String signingSecret, Clock clock) {
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (req.isSocketMode() || MiddlewareOps.isNoSlackSignatureRequest(req.getRequestType())) {
            return chain.next(req);
        }
        String timestamp = req.getHeaders().getFirstValue(TIMESTAMP_HEADER);
        String signature = req.getHeaders().getFirstValue(SIGNATURE_HEADER);
        String problem = problem(timestamp, signature, req.getRequestBodyAsString());
        if (problem != null) {
            LOG.warn("Refused a Slack request: {}", problem);
            return Response.json(401, "{\"error\":\"invalid request\"}");
        }
        return chain.next(req);
    }

    /** Why the request is not Slack's, or null when it is. */
    String problem(String timestamp, String signature, String body) {
        if (timestamp == null || signature == null) {
            return "no signature";
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return "malformed timestamp";
        }
        long age = Math.abs(clock.instant().getEpochSecond() - seconds);
        if (age > MAX_AGE.toSeconds()) {
            return "stale timestamp (" + age + " s off)";
        }
        byte[] expected = ("v0=" + HexFormat.of().formatHex(hmac("v0:" + seconds + ":" + (body == null ? "" : body))))
                .getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, signature.trim().getBytes(StandardCharsets.UTF_8))) {
            return "wrong signature";
        }
        return null;
    }

    private byte[] hmac(String base) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(base.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
