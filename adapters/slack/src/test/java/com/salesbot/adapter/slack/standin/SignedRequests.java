package com.salesbot.adapter.slack.standin;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts requests to the bot the way Slack does: the raw body signed per Slack's specification,
 * {@code v0=hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + body))}, over real HTTP.
 */
public final class SignedRequests {
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint;
    private final String secret;

    public SignedRequests(URI endpoint, String secret) {
        this.endpoint = endpoint;
        this.secret = secret;
    }

    /** The signature Slack would send for {@code body} at {@code timestamp}. */
    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] hash = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Posts an Events API JSON body, signed now. */
    public HttpResponse<String> event(String json) {
        return post(json, "application/json", Instant.now().getEpochSecond(), null, Map.of());
    }

    /** Posts an Events API JSON body as Slack's retry number {@code retryNum} of it. */
    public HttpResponse<String> retriedEvent(String json, int retryNum) {
        return post(
                json,
                "application/json",
                Instant.now().getEpochSecond(),
                null,
                Map.of("X-Slack-Retry-Num", String.valueOf(retryNum), "X-Slack-Retry-Reason", "http_timeout"));
    }

    /** Posts a form body (slash commands, {@code payload=} interactions), signed now. */
    public HttpResponse<String> form(Map<String, String> fields) {
        return post(
                formBody(fields),
                "application/x-www-form-urlencoded",
                Instant.now().getEpochSecond(),
                null,
                Map.of());
    }

    /** Posts with a chosen timestamp and signature (null: the correct one for that timestamp). */
    public HttpResponse<String> post(
            String body, String contentType, long timestamp, String signature, Map<String, String> extraHeaders) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", String.valueOf(timestamp))
                .header("X-Slack-Signature", signature != null ? signature : sign(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        extraHeaders.forEach(request::header);
        return send(request.build());
    }

    /** Posts without any signature headers. */
    public HttpResponse<String> unsigned(String body) {
        return send(HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("the bot did not answer over HTTP", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code key=value&…}, URL-encoded as UTF-8. */
    public static String formBody(Map<String, String> fields) {
        return new LinkedHashMap<>(fields)
                .entrySet().stream()
                        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
    }
}
