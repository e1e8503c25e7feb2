package com.salesbot.adapter.slack.standin;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Signed requests handed straight to a Bolt app, without a servlet: the same parsing Bolt's servlet
 * does, for adapter tests that need no web server.
 */
public final class InProcessRequests {
    private final App app;
    private final String secret;

    public InProcessRequests(App app, String secret) {
        this.app = app;
        this.secret = secret;
    }

    /** An Events API JSON body, signed now. */
    public Response event(String json) throws Exception {
        long now = Instant.now().getEpochSecond();
        return post(json, "application/json", now, SignedRequests.sign(secret, now, json));
    }

    /** A form body (slash command, {@code payload=} interaction), signed now. */
    public Response form(Map<String, String> fields) throws Exception {
        String body = SignedRequests.formBody(fields);
        long now = Instant.now().getEpochSecond();
        return post(body, "application/x-www-form-urlencoded", now, SignedRequests.sign(secret, now, body));
    }

    /** A body with the given timestamp and signature. */
    public Response post(String body, String contentType, long timestamp, String signature) throws Exception {
        Request<?> request = new SlackRequestParser(app.config())
                .parse(SlackRequestParser.HttpRequest.builder()
                        .requestUri("/slack/events")
                        .headers(new RequestHeaders(Map.of(
                                "Content-Type", List.of(contentType),
                                "X-Slack-Request-Timestamp", List.of(String.valueOf(timestamp)),
                                "X-Slack-Signature", List.of(signature))))
                        .requestBody(body)
                        .build());
        return app.run(request);
    }
}
