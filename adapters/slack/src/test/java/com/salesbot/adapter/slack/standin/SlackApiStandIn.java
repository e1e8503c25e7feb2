package com.salesbot.adapter.slack.standin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A local stand-in for Slack's Web API (JDK HttpServer on 127.0.0.1): every call is recorded with its
 * form or JSON body and answered with Slack-shaped JSON. Tests queue failures for a method (a 429 with
 * Retry-After, an error code) and wait for the calls they expect. It also serves response URLs
 * ({@code /respond/…}) and the upload URL of the files upload v2 flow.
 */
public final class SlackApiStandIn implements AutoCloseable {
    public static final String TEAM = "T0TEAM";
    public static final String BOT_USER = "U0BOT";

    /** One request as the stand-in received it. */
    public record Call(String path, Map<String, String> headers, Map<String, String> form, String body) {
        /** The Web API method, e.g. {@code chat.postMessage}, or the path for other requests. */
        public String method() {
            return path.startsWith("/api/") ? path.substring("/api/".length()) : path;
        }

        public String param(String name) {
            return form.get(name);
        }
    }

    /** A canned answer: HTTP status, extra headers, JSON body. */
    public record Answer(int status, Map<String, String> headers, String json) {
        public static Answer ok(String json) {
            return new Answer(200, Map.of(), json);
        }

        public static Answer error(String code) {
            return ok("{\"ok\":false,\"error\":\"" + code + "\"}");
        }

        public static Answer rateLimited(int retryAfterSeconds) {
            return new Answer(
                    429,
                    Map.of("Retry-After", String.valueOf(retryAfterSeconds)),
                    "{\"ok\":false,\"error\":\"ratelimited\"}");
        }
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Answer>> queued = new ConcurrentHashMap<>();
    private final Map<String, String> users = new ConcurrentHashMap<>();

    private SlackApiStandIn(HttpServer server) {
        this.server = server;
    }

    /** Starts on a free loopback port. */
    public static SlackApiStandIn start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        SlackApiStandIn standIn = new SlackApiStandIn(server);
        server.createContext("/", standIn::handle);
        server.start();
        return standIn;
    }

    /** The Web API base URL, for {@code SALESBOT_SLACK_API_URL}. */
    public String apiUrl() {
        return base() + "/api/";
    }

    /** A response URL served by the stand-in, as Slack puts in commands and button payloads. */
    public String responseUrl(String name) {
        return base() + "/respond/" + name;
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** What users.info answers for {@code userId}: this name, time zone and locale. */
    public void knowUser(String userId, String name, String tz, String locale) {
        users.put(
                userId,
                "{\"ok\":true,\"user\":{\"id\":\"" + userId + "\",\"team_id\":\"" + TEAM + "\",\"name\":\"" + name
                        + "\",\"real_name\":\"" + name + "\",\"tz\":\"" + tz + "\",\"locale\":\"" + locale
                        + "\",\"profile\":{\"display_name\":\"" + name + "\",\"real_name\":\"" + name + "\"}}}");
    }

    /** The next calls of {@code method} get these answers, in order, before the normal one. */
    public void queue(String method, Answer... answers) {
        Deque<Answer> deque = queued.computeIfAbsent(method, m -> new ConcurrentLinkedDeque<>());
        for (Answer a : answers) {
            deque.addLast(a);
        }
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    public void clear() {
        calls.clear();
        queued.clear();
    }

    /** Waits (up to ten seconds) for {@code count} calls of {@code method} and returns them. */
    public List<Call> await(String method, int count) {
        return await(c -> c.method().equals(method), count, method);
    }

    /** Waits (up to ten seconds) for the first call that matches. */
    public Call awaitFirst(Predicate<Call> match, String what) {
        return await(match, 1, what).get(0);
    }

    private List<Call> await(Predicate<Call> match, int count, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            List<Call> found = calls.stream().filter(match).toList();
            if (found.size() >= count) {
                return found;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("expected " + count + " call(s) of " + what + ", got " + found.size()
                        + "; all calls: " + calls.stream().map(Call::method).toList());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
        String contentType = headers.getOrDefault("content-type", "");
        Map<String, String> form = contentType.startsWith("application/x-www-form-urlencoded") ? form(body) : Map.of();
        Call call = new Call(exchange.getRequestURI().getPath(), headers, form, body);
        calls.add(call);
        Answer answer = Optional.ofNullable(queued.get(call.method()))
                .map(Deque::pollFirst)
                .orElseGet(() -> normal(call));
        byte[] bytes = answer.json().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        answer.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private Answer normal(Call call) {
        if (call.path().startsWith("/respond/") || call.path().startsWith("/upload/")) {
            return Answer.ok("ok");
        }
        return switch (call.method()) {
            case "auth.test" ->
                Answer.ok("{\"ok\":true,\"url\":\"https://standin.slack/\",\"team\":\"Stand-in\","
                        + "\"team_id\":\"" + TEAM + "\",\"user\":\"salesbot\",\"user_id\":\"" + BOT_USER
                        + "\",\"bot_id\":\"B0BOT\"}");
            case "chat.postMessage" ->
                Answer.ok("{\"ok\":true,\"channel\":\"" + call.param("channel") + "\",\"ts\":\""
                        + System.nanoTime() / 1000 + ".000100\"}");
            case "conversations.open" ->
                Answer.ok("{\"ok\":true,\"channel\":{\"id\":\"D" + call.param("users") + "\"}}");
            case "users.info" ->
                Answer.ok(users.getOrDefault(
                        call.param("user"),
                        "{\"ok\":true,\"user\":{\"id\":\"" + call.param("user") + "\",\"name\":\"" + call.param("user")
                                + "\",\"tz\":\"America/New_York\",\"locale\":\"en-US\"}}"));
            case "views.open" -> Answer.ok("{\"ok\":true,\"view\":{\"id\":\"V0VIEW\"}}");
            case "files.getUploadURLExternal" ->
                Answer.ok("{\"ok\":true,\"upload_url\":\"" + base() + "/upload/F0FILE\",\"file_id\":\"F0FILE\"}");
            case "files.completeUploadExternal" ->
                Answer.ok("{\"ok\":true,\"files\":[{\"id\":\"F0FILE\",\"title\":\"chart\"}]}");
            case "files.info" -> Answer.ok("{\"ok\":true,\"file\":{\"id\":\"F0FILE\"}}");
            case "apps.connections.open" -> Answer.ok("{\"ok\":true,\"url\":\"" + socketUrl + "\"}");
            default -> Answer.ok("{\"ok\":true}");
        };
    }

    private volatile String socketUrl = "ws://127.0.0.1:1/";

    /** The WebSocket URL apps.connections.open hands out (Socket Mode tests). */
    public void socketUrl(String url) {
        this.socketUrl = url;
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            // Bolt sends some fields (thread_ts) twice with the same value; Slack reads one.
            form.putIfAbsent(key, value);
        }
        return form;
    }

    /** All calls' methods, for failure messages. */
    public List<String> methods() {
        List<String> names = new ArrayList<>();
        calls.forEach(c -> names.add(c.method()));
        return names;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
