package com.salesbot.adapter.slack.standin;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Slack-shaped request bodies (Events API JSON, slash command forms, interaction payloads) for tests. */
public final class SlackPayloads {
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();
    private static final String TEAM = SlackApiStandIn.TEAM;

    private SlackPayloads() {}

    /** A direct message {@code text} from {@code user}, as event {@code eventId}. */
    public static String directMessage(String eventId, String user, String text, String ts) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", "message");
        event.put("channel", "D" + user);
        event.put("channel_type", "im");
        event.put("user", user);
        event.put("text", text);
        event.put("ts", ts);
        event.put("team", TEAM);
        return envelope(eventId, event);
    }

    /** A channel message mentioning the bot; in a thread when {@code threadTs} is not null. */
    public static String mention(String eventId, String channel, String user, String text, String ts, String threadTs) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", "app_mention");
        event.put("channel", channel);
        event.put("user", user);
        event.put("text", "<@" + SlackApiStandIn.BOT_USER + "> " + text);
        event.put("ts", ts);
        if (threadTs != null) {
            event.put("thread_ts", threadTs);
        }
        event.put("team", TEAM);
        return envelope(eventId, event);
    }

    /**
     * {@code user} reacted with {@code reaction} (a short name such as {@code trophy}) to the message
     * {@code messageTs} by {@code itemUser} in {@code channel}.
     */
    public static String reactionAdded(
            String eventId, String user, String reaction, String channel, String messageTs, String itemUser) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", "reaction_added");
        event.put("user", user);
        event.put("reaction", reaction);
        event.put("item_user", itemUser);
        event.put("item", Map.of("type", "message", "channel", channel, "ts", messageTs));
        event.put("event_ts", "1764208900.000100");
        return envelope(eventId, event);
    }

    private static String envelope(String eventId, Map<String, Object> event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token", "legacy");
        body.put("team_id", TEAM);
        body.put("api_app_id", "A0APP");
        body.put("event", event);
        body.put("type", "event_callback");
        body.put("event_id", eventId);
        body.put("event_time", 1764208800);
        body.put(
                "authorizations",
                List.of(Map.of(
                        "team_id",
                        TEAM,
                        "user_id",
                        SlackApiStandIn.BOT_USER,
                        "is_bot",
                        true,
                        "is_enterprise_install",
                        false)));
        return GSON.toJson(body);
    }

    /** The form fields of slash command {@code command} with {@code text}, answering to {@code responseUrl}. */
    public static Map<String, String> slashCommand(
            String command, String user, String channel, String text, String responseUrl, String triggerId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "legacy");
        form.put("team_id", TEAM);
        form.put("team_domain", "standin");
        form.put("channel_id", channel);
        form.put("channel_name", channel.startsWith("D") ? "directmessage" : "sales");
        form.put("user_id", user);
        form.put("user_name", user.toLowerCase());
        form.put("command", command);
        form.put("text", text);
        form.put("api_app_id", "A0APP");
        form.put("response_url", responseUrl);
        form.put("trigger_id", triggerId);
        return form;
    }

    /** A click on a button ({@code actionId}, {@code value}) of the bot's message {@code messageTs} in {@code channel}. */
    public static Map<String, String> buttonClick(
            String user, String channel, String messageTs, String actionId, String value, String responseUrl) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", "block_actions");
        payload.put("team", Map.of("id", TEAM, "domain", "standin"));
        payload.put("user", Map.of("id", user, "username", user.toLowerCase(), "team_id", TEAM));
        payload.put("api_app_id", "A0APP");
        payload.put("token", "legacy");
        payload.put(
                "container",
                Map.of("type", "message", "message_ts", messageTs, "channel_id", channel, "is_ephemeral", false));
        payload.put("trigger_id", "trigger-" + messageTs);
        payload.put("channel", Map.of("id", channel, "name", "directmessage"));
        payload.put("response_url", responseUrl);
        payload.put(
                "actions",
                List.of(Map.of(
                        "action_id",
                        actionId,
                        "block_id",
                        "salesbot_choices_0",
                        "text",
                        Map.of("type", "plain_text", "text", value),
                        "value",
                        value,
                        "type",
                        "button",
                        "action_ts",
                        messageTs + "1")));
        return Map.of("payload", GSON.toJson(payload));
    }

    /** A submission of the visit form with these field values (block id = action id = field). */
    public static Map<String, String> visitFormSubmission(
            String user, String viewId, String privateMetadata, Map<String, String> fields) {
        return formSubmission(user, viewId, "salesbot_log_visit", privateMetadata, fields);
    }

    /** A submission of the modal {@code callbackId} with these field values (block id = action id = field). */
    public static Map<String, String> formSubmission(
            String user, String viewId, String callbackId, String privateMetadata, Map<String, String> fields) {
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach((field, value) -> values.put(
                field,
                Map.of(
                        field,
                        field.equals("follow_up")
                                ? Map.of("type", "datepicker", "selected_date", value)
                                : Map.of("type", "plain_text_input", "value", value))));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", viewId);
        view.put("team_id", TEAM);
        view.put("type", "modal");
        view.put("callback_id", callbackId);
        view.put("private_metadata", privateMetadata);
        view.put("state", Map.of("values", values));
        view.put("hash", "h");
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", "view_submission");
        payload.put("team", Map.of("id", TEAM, "domain", "standin"));
        payload.put("user", Map.of("id", user, "username", user.toLowerCase(), "team_id", TEAM));
        payload.put("api_app_id", "A0APP");
        payload.put("token", "legacy");
        payload.put("trigger_id", "trigger-" + viewId);
        payload.put("view", view);
        return Map.of("payload", GSON.toJson(payload));
    }
}
