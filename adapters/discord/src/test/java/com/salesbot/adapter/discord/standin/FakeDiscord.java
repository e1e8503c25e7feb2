package com.salesbot.adapter.discord.standin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Discord on 127.0.0.1: the gateway (HELLO, IDENTIFY → READY, heartbeat acks, then whatever a test
 * dispatches) and the REST API (records every call; answers users/@me, command registration, messages,
 * DM channels and interaction callbacks). Ports are chosen by the system; nothing leaves loopback.
 */
public final class FakeDiscord implements AutoCloseable {
    public static final String BOT_ID = "900000000000000001";
    public static final String APPLICATION_ID = BOT_ID;
    /** The one server the bot is in; {@code @everyone} there has exactly the bot's seven permissions. */
    public static final String GUILD_ID = "800000000000000001";
    /** A text channel the bot may write in. */
    public static final String OPEN_CHANNEL = "800000000000000011";
    /** A text channel where {@code @everyone}, and so the bot, is denied Send Messages. */
    public static final String CLOSED_CHANNEL = "800000000000000012";
    /**
     * A second server the bot was invited to, e.g. one nobody configured. With two shards it is on shard
     * 0 and {@link #GUILD_ID} on shard 1 (Discord's rule: {@code (guild_id >> 22) % shards}).
     */
    public static final String OTHER_GUILD_ID = "800000000004194305";
    /** A text channel of {@link #OTHER_GUILD_ID} the bot may write in. */
    public static final String OTHER_CHANNEL = "800000000004194311";

    private static final String PERMISSIONS = "309237763072";
    private static final long SEND_MESSAGES = 1L << 11;
    /** How long a test waits for the client before failing; never part of what a test asserts. */
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final HttpServer rest;
    private final Gateway gateway;
    private final List<RecordedRequest> requests = new ArrayList<>();
    /** Messages dispatched with MESSAGE_CREATE, by id, served back to GET channels/{channel}/messages/{id}. */
    private final java.util.Map<String, DataObject> messages = new java.util.HashMap<>();
    /** Threads started under a message (id = the message's id), which take posts like a server channel. */
    private final java.util.Set<String> threads = new java.util.HashSet<>();

    private final AtomicLong ids = new AtomicLong(1_100_000_000_000_000_000L);
    private final CountDownLatch identified = new CountDownLatch(1);
    /** The shard ({@code [id, total]}) each open gateway connection identified as; absent: unsharded. */
    private final java.util.Map<WebSocket, int[]> shardOf = new java.util.concurrent.ConcurrentHashMap<>();
    /** Every IDENTIFY's shard, in order, as {@code "id/total"} ({@code "-"} when none was sent). */
    private final List<String> identifies = new ArrayList<>();

    private int resumes;
    private int sequence;

    private FakeDiscord() throws IOException, InterruptedException {
        rest = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        rest.createContext("/", this::serve);
        rest.start();
        gateway = new Gateway();
        gateway.setReuseAddr(true);
        gateway.start();
        gateway.started.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }

    public static FakeDiscord start() {
        try {
            return new FakeDiscord();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The REST base URL to configure, ending in {@code /api/v10/}. */
    public String apiUrl() {
        return "http://127.0.0.1:" + rest.getAddress().getPort() + "/api/v10/";
    }

    /** The gateway URL to configure. */
    public String gatewayUrl() {
        return "ws://127.0.0.1:" + gateway.getPort() + "/";
    }

    /** A fresh snowflake id, for messages and interactions a test dispatches. */
    public String nextId() {
        return String.valueOf(ids.incrementAndGet());
    }

    /** Blocks until the client identified on the gateway (and so holds a session). */
    public void awaitIdentified() throws InterruptedException {
        if (!identified.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError("the client never identified on the gateway");
        }
    }

    // ---- what tests send ----

    /**
     * Sends a gateway dispatch (op 0) of event {@code type} with payload {@code data} as Discord routes it:
     * an event of a server to the connection of the shard that owns the server, anything else (direct
     * messages) to shard 0. Unsharded connections count as shard 0 of 1 and get everything.
     */
    public synchronized void dispatch(String type, DataObject data) {
        if (type.equals("MESSAGE_CREATE")) {
            messages.put(data.getString("id"), data);
        }
        DataObject frame = DataObject.empty()
                .put("op", 0)
                .put("t", type)
                .put("s", ++sequence)
                .put("d", data);
        String guild = data.getString("guild_id", null);
        for (WebSocket socket : gateway.getConnections()) {
            int[] shard = shardOf.getOrDefault(socket, new int[] {0, 1});
            int owner = guild == null ? 0 : shardOf(guild, shard[1]);
            if (shard[0] == owner) {
                socket.send(frame.toString());
            }
        }
    }

    /** The shard of {@code total} that Discord gives server {@code guildId}. */
    public static int shardOf(String guildId, int total) {
        return (int) ((Long.parseLong(guildId) >> 22) % total);
    }

    /** The shard of every IDENTIFY so far, in order, as {@code "id/total"} ({@code "-"} for none). */
    public synchronized List<String> identifies() {
        return List.copyOf(identifies);
    }

    /** Blocks until {@code count} clients (or shards) have identified. */
    public synchronized void awaitIdentifies(int count) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (identifies.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + count + " identifies; got " + identifies);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /** A user as Discord describes one. */
    public static DataObject user(String id, String name) {
        return DataObject.empty()
                .put("id", id)
                .put("username", name)
                .put("global_name", name)
                .put("discriminator", "0")
                .put("avatar", null)
                .put("bot", false)
                .put("public_flags", 0);
    }

    /** A direct message from {@code author} in DM channel {@code channelId}. */
    public DataObject directMessage(String messageId, String channelId, DataObject author, String content) {
        return DataObject.empty()
                .put("id", messageId)
                .put("channel_id", channelId)
                .put("type", 0)
                .put("content", content)
                .put("author", author)
                .put("timestamp", "2026-11-27T02:00:00.000000+00:00")
                .put("edited_timestamp", null)
                .put("tts", false)
                .put("mention_everyone", false)
                .put("mentions", DataArray.empty())
                .put("mention_roles", DataArray.empty())
                .put("attachments", DataArray.empty())
                .put("embeds", DataArray.empty())
                .put("components", DataArray.empty())
                .put("pinned", false)
                .put("flags", 0);
    }

    /** A message in a text channel of the server; {@code mentionsBot} adds the bot to its mentions. */
    public DataObject guildMessage(
            String messageId, String channelId, DataObject author, String content, boolean mentionsBot) {
        return guildMessage(GUILD_ID, messageId, channelId, author, content, mentionsBot);
    }

    /** A message in a text channel of server {@code guildId}. */
    public DataObject guildMessage(
            String guildId,
            String messageId,
            String channelId,
            DataObject author,
            String content,
            boolean mentionsBot) {
        DataArray mentions = DataArray.empty();
        if (mentionsBot) {
            mentions.add(botUser().put("member", member(null)));
        }
        return directMessage(messageId, channelId, author, content)
                .put("guild_id", guildId)
                .put("member", member(null))
                .put("mentions", mentions);
    }

    /**
     * {@code user} reacting with {@code emoji} (unicode, e.g. 🏆) to message {@code messageId} by
     * {@code authorId} in a text channel of the server, as the gateway's MESSAGE_REACTION_ADD.
     */
    public DataObject reactionInGuild(
            String channelId, String messageId, DataObject user, String authorId, String emoji) {
        return DataObject.empty()
                .put("user_id", user.getString("id"))
                .put("channel_id", channelId)
                .put("message_id", messageId)
                .put("guild_id", GUILD_ID)
                .put("member", member(user))
                .put("message_author_id", authorId)
                .put("burst", false)
                .put("type", 0)
                .put("emoji", DataObject.empty().put("id", null).put("name", emoji));
    }

    /**
     * A slash command used in a direct message with the bot.
     *
     * @param options pairs of option name and string value
     */
    public DataObject slashCommandInDm(
            String interactionId, String channelId, DataObject user, String locale, String command, String... options) {
        DataArray optionArray = DataArray.empty();
        for (int i = 0; i < options.length; i += 2) {
            optionArray.add(
                    DataObject.empty().put("name", options[i]).put("type", 3).put("value", options[i + 1]));
        }
        return interactionInDm(2, interactionId, channelId, user, locale)
                .put(
                        "data",
                        DataObject.empty()
                                .put("id", "1300000000000000000")
                                .put("name", command)
                                .put("type", 1)
                                .put("options", optionArray));
    }

    /**
     * A slash command used in text channel {@code channelId} of server {@code guildId}.
     *
     * @param options pairs of option name and string value
     */
    public DataObject slashCommandInGuild(
            String guildId,
            String interactionId,
            String channelId,
            DataObject user,
            String locale,
            String command,
            String... options) {
        return inGuild(slashCommandInDm(interactionId, channelId, user, locale, command, options), guildId, user);
    }

    /** A click on a button with {@code customId} under one of the bot's messages in a server's channel. */
    public DataObject buttonClickInGuild(
            String guildId, String interactionId, String channelId, DataObject user, String customId) {
        return inGuild(buttonClickInDm(interactionId, channelId, user, customId), guildId, user);
    }

    /** A form submitted in a server's channel; {@code fields} as for {@link #formSubmitInDm}. */
    public DataObject formSubmitInGuild(
            String guildId, String interactionId, String channelId, DataObject user, String modalId, String... fields) {
        return inGuild(formSubmitInDm(interactionId, channelId, user, modalId, fields), guildId, user);
    }

    /** A DM interaction moved into a server: guild id and partial guild, the user as a member, a text channel, context 0. */
    private static DataObject inGuild(DataObject interaction, String guildId, DataObject user) {
        interaction.remove("user");
        return interaction
                .put("guild_id", guildId)
                .put(
                        "guild",
                        DataObject.empty()
                                .put("id", guildId)
                                .put("locale", "en-US")
                                .put("features", DataArray.empty()))
                .put("member", member(user).put("permissions", PERMISSIONS))
                .put("context", 0)
                .put(
                        "channel",
                        DataObject.empty()
                                .put("id", interaction.getString("channel_id"))
                                .put("type", 0)
                                .put("guild_id", guildId)
                                .put("name", "sales")
                                .put("permissions", PERMISSIONS)
                                .put("position", 0)
                                .put("permission_overwrites", DataArray.empty())
                                .put("nsfw", false)
                                .put("rate_limit_per_user", 0)
                                .put("flags", 0));
    }

    /** Closes every gateway connection as a network failure would (code 4000: the client may resume). */
    public void dropConnections() {
        for (WebSocket socket : gateway.getConnections()) {
            socket.close(4000, "connection lost (stand-in)");
        }
    }

    /** Blocks until the client has resumed its session {@code count} times. */
    public synchronized void awaitResumes(int count) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (resumes < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("the client did not resume; resumes: " + resumes);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /** Someone typing {@code typed} into the string option {@code option} of {@code command}, in a DM. */
    public DataObject autocompleteInDm(
            String interactionId, String channelId, DataObject user, String command, String option, String typed) {
        DataObject focused = DataObject.empty()
                .put("name", option)
                .put("type", 3)
                .put("value", typed)
                .put("focused", true);
        return interactionInDm(4, interactionId, channelId, user, "en-US")
                .put(
                        "data",
                        DataObject.empty()
                                .put("id", "1300000000000000000")
                                .put("name", command)
                                .put("type", 1)
                                .put("options", DataArray.empty().add(focused)));
    }

    /** A click on a button with {@code customId} under one of the bot's messages in a direct message. */
    public DataObject buttonClickInDm(String interactionId, String channelId, DataObject user, String customId) {
        DataObject button = DataObject.empty()
                .put("type", 2)
                .put("style", 4)
                .put("label", "Undo")
                .put("custom_id", customId);
        DataObject message = directMessage(nextId(), channelId, botUser(), "Logged.")
                .put(
                        "components",
                        DataArray.empty()
                                .add(DataObject.empty()
                                        .put("type", 1)
                                        .put("components", DataArray.empty().add(button))));
        return interactionInDm(3, interactionId, channelId, user, "en-US")
                .put("message", message)
                .put("data", DataObject.empty().put("custom_id", customId).put("component_type", 2));
    }

    /**
     * A submitted form (modal) in a direct message.
     *
     * @param fields pairs of text input id and value
     */
    public DataObject formSubmitInDm(
            String interactionId, String channelId, DataObject user, String modalId, String... fields) {
        DataArray labels = DataArray.empty();
        for (int i = 0; i < fields.length; i += 2) {
            // Discord numbers every component of a form: label and input each get an id.
            labels.add(DataObject.empty()
                    .put("type", 18)
                    .put("id", i + 1)
                    .put(
                            "component",
                            DataObject.empty()
                                    .put("type", 4)
                                    .put("id", i + 2)
                                    .put("custom_id", fields[i])
                                    .put("value", fields[i + 1])));
        }
        return interactionInDm(5, interactionId, channelId, user, "en-US")
                .put("data", DataObject.empty().put("custom_id", modalId).put("components", labels));
    }

    private static DataObject interactionInDm(
            int type, String interactionId, String channelId, DataObject user, String locale) {
        return DataObject.empty()
                .put("id", interactionId)
                .put("application_id", APPLICATION_ID)
                .put("type", type)
                .put("token", "interaction-token-" + interactionId)
                .put("version", 1)
                .put("locale", locale)
                .put("channel_id", channelId)
                .put(
                        "channel",
                        DataObject.empty()
                                .put("id", channelId)
                                .put("type", 1)
                                .put("recipients", DataArray.empty().add(botUser())))
                .put("user", user)
                .put("context", 1)
                .put("authorizing_integration_owners", DataObject.empty().put("0", "0"))
                .put("entitlements", DataArray.empty())
                .put("app_permissions", "0")
                .put("attachment_size_limit", 10_485_760);
    }

    // ---- what tests check ----

    /** Every REST call so far, in order. */
    public synchronized List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** The calls so far that match. */
    public synchronized List<RecordedRequest> requests(Predicate<RecordedRequest> matching) {
        return requests.stream().filter(matching).toList();
    }

    /** Blocks until the {@code count}-th call matching has arrived and returns the calls that match. */
    public synchronized List<RecordedRequest> awaitRequests(Predicate<RecordedRequest> matching, int count)
            throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (requests(matching).size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + count + " matching calls; got " + requests());
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return requests(matching);
    }

    /** As {@link #awaitRequests} for the first such call. */
    public RecordedRequest awaitRequest(Predicate<RecordedRequest> matching) throws InterruptedException {
        return awaitRequests(matching, 1).get(0);
    }

    @Override
    public void close() {
        rest.stop(0);
        try {
            gateway.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- REST ----

    private void serve(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath().replaceFirst("^/api/v10/", "");
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        RecordedRequest request = new RecordedRequest(
                method,
                path,
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Content-Type"),
                body);
        int status = 200;
        String answer;
        if (request.is("GET", "users/@me")) {
            answer = botUser().toString();
        } else if (request.is("GET", "gateway(/bot)?")) {
            answer = DataObject.empty()
                    .put("url", gatewayUrl())
                    .put("shards", 1)
                    .put(
                            "session_start_limit",
                            DataObject.empty()
                                    .put("total", 1000)
                                    .put("remaining", 1000)
                                    .put("reset_after", 0)
                                    .put("max_concurrency", 1))
                    .toString();
        } else if (request.is("PUT", "applications/\\d+/(guilds/\\d+/)?commands")) {
            answer = "[]";
        } else if (request.is("GET", "channels/\\d+/messages/\\d+")) {
            DataObject known;
            synchronized (this) {
                known = messages.get(path.split("/")[3]);
            }
            if (known == null) {
                status = 404;
                answer = "{\"message\":\"Unknown Message\",\"code\":10008}";
            } else {
                answer = known.toString();
            }
        } else if (request.is("POST", "channels/\\d+/messages/\\d+/threads")) {
            answer = startedThread(path.split("/")[1], path.split("/")[3], request)
                    .toString();
        } else if (request.is("POST", "channels/\\d+/messages")) {
            answer = sentMessage(path.split("/")[1], request).toString();
        } else if (request.is("POST", "users/@me/channels")) {
            String recipient = request.json().getString("recipient_id");
            answer = DataObject.empty()
                    .put("id", "7" + recipient.substring(1))
                    .put("type", 1)
                    .put("recipients", DataArray.empty().add(user(recipient, "someone")))
                    .toString();
        } else if (request.is("POST", "interactions/\\d+/[^/]+/callback")) {
            status = 204;
            answer = "";
        } else if (request.is("POST", "webhooks/\\d+/[^/]+")) {
            answer = sentMessage("700", request).toString();
        } else {
            status = 404;
            answer = "{\"message\":\"Unknown\",\"code\":0}";
        }
        synchronized (this) {
            requests.add(request);
            notifyAll();
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, status == 204 ? -1 : bytes.length);
        if (status != 204) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    private DataObject sentMessage(String channelId, RecordedRequest request) {
        DataObject sent = request.json();
        DataObject message = directMessage(nextId(), channelId, botUser(), sent.getString("content", ""))
                .put("components", DataArray.empty());
        if (channelId.equals(OTHER_CHANNEL)) {
            return message.put("guild_id", OTHER_GUILD_ID).put("member", member(null));
        }
        boolean thread;
        synchronized (this) {
            thread = threads.contains(channelId);
        }
        return channelId.equals(OPEN_CHANNEL) || channelId.equals(CLOSED_CHANNEL) || thread
                ? message.put("guild_id", GUILD_ID).put("member", member(null))
                : message;
    }

    /** A public thread under message {@code messageId} of {@code parentId}: it takes the message's id. */
    private DataObject startedThread(String parentId, String messageId, RecordedRequest request) {
        synchronized (this) {
            threads.add(messageId);
        }
        return DataObject.empty()
                .put("id", messageId)
                .put("type", 11)
                .put("guild_id", GUILD_ID)
                .put("parent_id", parentId)
                .put("owner_id", BOT_ID)
                .put("name", request.json().getString("name"))
                .put("flags", 0)
                .put("member_count", 1)
                .put("message_count", 0)
                .put("total_message_count", 0)
                .put("rate_limit_per_user", 0)
                .put(
                        "thread_metadata",
                        DataObject.empty()
                                .put("archived", false)
                                .put("locked", false)
                                .put("invitable", true)
                                .put("auto_archive_duration", request.json().getInt("auto_archive_duration", 1440))
                                .put("archive_timestamp", "2026-11-27T12:00:00.000000+00:00")
                                .put("create_timestamp", "2026-11-27T12:00:00.000000+00:00"));
    }

    private static DataObject guild(String guildId) {
        return guildId.equals(GUILD_ID) ? guild() : otherGuild();
    }

    /** The second server: one open channel, nobody configured it. */
    private static DataObject otherGuild() {
        DataObject guild = guild();
        DataObject everyone = guild.getArray("roles").getObject(0).put("id", OTHER_GUILD_ID);
        return guild.put("id", OTHER_GUILD_ID)
                .put("name", "Somebody else's server")
                .put("roles", DataArray.empty().add(everyone))
                .put(
                        "channels",
                        DataArray.empty()
                                .add(textChannel(OTHER_CHANNEL, "general", DataArray.empty())
                                        .put("guild_id", OTHER_GUILD_ID)));
    }

    private static DataObject guild() {
        DataObject everyone = DataObject.empty()
                .put("id", GUILD_ID)
                .put("name", "@everyone")
                .put("permissions", PERMISSIONS)
                .put("position", 0)
                .put("color", 0)
                .put("hoist", false)
                .put("managed", false)
                .put("mentionable", false)
                .put("flags", 0);
        DataArray closedOverwrites = DataArray.empty()
                .add(DataObject.empty()
                        .put("id", GUILD_ID)
                        .put("type", 0)
                        .put("allow", "0")
                        .put("deny", String.valueOf(SEND_MESSAGES)));
        return DataObject.empty()
                .put("id", GUILD_ID)
                .put("name", "West Sales")
                .put("owner_id", "100000000000000001")
                .put("unavailable", false)
                .put("member_count", 1)
                .put("afk_timeout", 300)
                .put("large", false)
                .put("roles", DataArray.empty().add(everyone))
                .put(
                        "channels",
                        DataArray.empty()
                                .add(textChannel(OPEN_CHANNEL, "sales", DataArray.empty()))
                                .add(textChannel(CLOSED_CHANNEL, "announcements", closedOverwrites)))
                .put("members", DataArray.empty().add(member(botUser())))
                .put("threads", DataArray.empty())
                .put("guild_scheduled_events", DataArray.empty())
                .put("emojis", DataArray.empty())
                .put("stickers", DataArray.empty())
                .put("voice_states", DataArray.empty())
                .put("presences", DataArray.empty())
                .put("features", DataArray.empty())
                .put("premium_progress_bar_enabled", false);
    }

    private static DataObject textChannel(String id, String name, DataArray overwrites) {
        return DataObject.empty()
                .put("id", id)
                .put("type", 0)
                .put("guild_id", GUILD_ID)
                .put("name", name)
                .put("position", 0)
                .put("permission_overwrites", overwrites)
                .put("parent_id", null)
                .put("topic", null)
                .put("nsfw", false)
                .put("last_message_id", null)
                .put("rate_limit_per_user", 0)
                .put("flags", 0);
    }

    /** A server member; {@code user} null for the member object inside a message (the author is beside it). */
    private static DataObject member(DataObject user) {
        DataObject member = DataObject.empty()
                .put("roles", DataArray.empty())
                .put("joined_at", "2026-01-05T09:00:00.000000+00:00")
                .put("deaf", false)
                .put("mute", false)
                .put("flags", 0)
                .put("nick", null)
                .put("pending", false);
        return user == null ? member : member.put("user", user);
    }

    private static DataObject botUser() {
        return user(BOT_ID, "salesbot").put("bot", true).put("verified", true).put("mfa_enabled", false);
    }

    // ---- gateway ----

    private final class Gateway extends WebSocketServer {
        private final CountDownLatch started = new CountDownLatch(1);

        Gateway() {
            super(new InetSocketAddress("127.0.0.1", 0));
        }

        @Override
        public void onOpen(WebSocket socket, ClientHandshake handshake) {
            socket.send(DataObject.empty()
                    .put("op", 10)
                    .put("d", DataObject.empty().put("heartbeat_interval", 45_000))
                    .toString());
        }

        @Override
        public void onMessage(WebSocket socket, String text) {
            DataObject frame = DataObject.fromJson(text);
            switch (frame.getInt("op")) {
                case 1 -> socket.send("{\"op\":11}");
                case 2 -> {
                    DataArray shardInfo = frame.getObject("d").optArray("shard").orElse(null);
                    int[] shard =
                            shardInfo == null ? new int[] {0, 1} : new int[] {shardInfo.getInt(0), shardInfo.getInt(1)};
                    shardOf.put(socket, shard);
                    // As Discord does: a shard is told of, and then sent, only the servers it owns.
                    List<String> guilds = java.util.stream.Stream.of(GUILD_ID, OTHER_GUILD_ID)
                            .filter(g -> shardOf(g, shard[1]) == shard[0])
                            .toList();
                    DataArray unavailable = DataArray.empty();
                    guilds.forEach(
                            g -> unavailable.add(DataObject.empty().put("id", g).put("unavailable", true)));
                    DataObject ready = DataObject.empty()
                            .put("v", 10)
                            .put("user", botUser())
                            .put("guilds", unavailable)
                            .put("private_channels", DataArray.empty())
                            .put("session_id", "fake-session-" + shard[0] + "-" + shard[1])
                            .put("resume_gateway_url", gatewayUrl())
                            .put(
                                    "application",
                                    DataObject.empty().put("id", APPLICATION_ID).put("flags", 0));
                    synchronized (FakeDiscord.this) {
                        socket.send(DataObject.empty()
                                .put("op", 0)
                                .put("t", "READY")
                                .put("s", ++sequence)
                                .put("d", ready)
                                .toString());
                        // As Discord does: the servers listed unavailable in READY follow as GUILD_CREATE.
                        for (String g : guilds) {
                            socket.send(DataObject.empty()
                                    .put("op", 0)
                                    .put("t", "GUILD_CREATE")
                                    .put("s", ++sequence)
                                    .put("d", guild(g))
                                    .toString());
                        }
                        identifies.add(shardInfo == null ? "-" : shard[0] + "/" + shard[1]);
                        FakeDiscord.this.notifyAll();
                    }
                    identified.countDown();
                }
                case 6 -> {
                    String[] session =
                            frame.getObject("d").getString("session_id").split("-");
                    if (session.length == 4) {
                        // The resumed session keeps its shard.
                        shardOf.put(socket, new int[] {Integer.parseInt(session[2]), Integer.parseInt(session[3])});
                    }
                    synchronized (FakeDiscord.this) {
                        socket.send(DataObject.empty()
                                .put("op", 0)
                                .put("t", "RESUMED")
                                .put("s", ++sequence)
                                .put("d", DataObject.empty())
                                .toString());
                        resumes++;
                        FakeDiscord.this.notifyAll();
                    }
                }
                default -> {
                    // Presence updates and the like need no answer.
                }
            }
        }

        @Override
        public void onClose(WebSocket socket, int code, String reason, boolean remote) {
            shardOf.remove(socket);
        }

        @Override
        public void onError(WebSocket socket, Exception error) {}

        @Override
        public void onStart() {
            started.countDown();
        }
    }
}
