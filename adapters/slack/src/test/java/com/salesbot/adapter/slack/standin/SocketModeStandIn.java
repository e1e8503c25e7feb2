package com.salesbot.adapter.slack.standin;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Slack's Socket Mode end on loopback: accepts the bot's WebSocket, greets it with {@code hello} as
 * Slack does, sends envelopes and records what the bot sends back (the acks).
 */
public final class SocketModeStandIn extends WebSocketServer implements AutoCloseable {
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch connected = new CountDownLatch(1);
    private final List<String> received = new CopyOnWriteArrayList<>();
    private volatile WebSocket bot;

    private SocketModeStandIn() {
        super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        setReuseAddr(true);
    }

    /** Starts listening on a free loopback port. */
    public static SocketModeStandIn begin() throws InterruptedException {
        SocketModeStandIn standIn = new SocketModeStandIn();
        standIn.start();
        if (!standIn.started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the WebSocket stand-in did not start");
        }
        return standIn;
    }

    /** The URL apps.connections.open should hand out. */
    public String url() {
        return "ws://127.0.0.1:" + getPort() + "/link";
    }

    /** Waits until the bot has connected. */
    public void awaitBot() throws InterruptedException {
        if (!connected.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("the bot never opened the Socket Mode connection");
        }
    }

    /** Sends one envelope of {@code type} with {@code payload} (JSON) to the bot. */
    public void send(String envelopeId, String type, String payloadJson, int retryAttempt) {
        bot.send("{\"envelope_id\":\"" + envelopeId + "\",\"type\":\"" + type + "\",\"payload\":" + payloadJson
                + ",\"accepts_response_payload\":" + type.equals("slash_commands") + ",\"retry_attempt\":"
                + retryAttempt + ",\"retry_reason\":\"" + (retryAttempt > 0 ? "timeout" : "") + "\"}");
    }

    /** Waits (up to ten seconds) for a message from the bot containing {@code text}. */
    public String awaitReceived(String text) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            for (String message : received) {
                if (message.contains(text)) {
                    return message;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the bot sent nothing containing " + text + "; it sent " + received);
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        bot = conn;
        conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"standin\"},"
                + "\"connection_info\":{\"app_id\":\"A0APP\"}}");
        connected.countDown();
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        received.add(message);
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {}

    @Override
    public void onError(WebSocket conn, Exception ex) {}

    @Override
    public void close() throws InterruptedException {
        stop(1000);
    }
}
