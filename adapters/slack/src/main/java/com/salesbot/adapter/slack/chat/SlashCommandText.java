package com.salesbot.adapter.slack.chat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A slash command's free text as a chat message: the command names the topic, so its word is put in
 * front unless the text already says it ("/sale Globex 12k" → "sale Globex 12k"; "/target" →
 * "my target"). The result goes through the same NLU as any message.
 */
final class SlashCommandText {
    /** The commands the manifest declares. */
    static final List<String> COMMANDS =
            List.of("/visit", "/sale", "/target", "/ranking", "/kudos", "/remind", "/salesbot");

    private record Topic(String prefix, String whenEmpty, List<String> cues) {}

    private static final Map<String, Topic> TOPICS = Map.of(
            "/visit", new Topic("visit", "", List.of("visit", "拜访")),
            "/sale", new Topic("sale", "", List.of("sale", "sold", "closed", "deal", "签", "成交", "卖")),
            "/target", new Topic("target", "my target", List.of("target", "目标")),
            "/ranking", new Topic("ranking", "ranking", List.of("rank", "leaderboard", "排行", "排名")),
            "/kudos", new Topic("kudos", "kudos", List.of("kudos", "thank", "shout", "感谢", "点赞", "表扬")),
            "/remind", new Topic("remind me", "remind me", List.of("remind", "提醒")),
            "/salesbot", new Topic("", "help", List.of()));

    private SlashCommandText() {}

    /** The message for {@code command} with the user's {@code text} (possibly empty). */
    static String toMessage(String command, String text) {
        Topic topic = TOPICS.get(command);
        String said = text == null ? "" : text.strip();
        if (topic == null) {
            return said;
        }
        if (said.isEmpty()) {
            return topic.whenEmpty();
        }
        String lower = said.toLowerCase(Locale.ROOT);
        if (topic.prefix().isEmpty() || topic.cues().stream().anyMatch(lower::contains)) {
            return said;
        }
        return topic.prefix() + " " + said;
    }
}
