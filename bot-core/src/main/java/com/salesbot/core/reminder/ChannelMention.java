package com.salesbot.core.reminder;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the channel a reminder request names: a platform mention (Slack {@code <#C0456|team-west>} or
 * {@code <#C0456>}, Discord {@code <#8035…>}) or a typed {@code #team-west} / {@code #销售群}. The NLU reads
 * these requests as plain {@code set_reminder}; the channel is taken from the text here.
 */
public final class ChannelMention {
    private static final Pattern MENTION = Pattern.compile("<#([A-Za-z0-9]+)(?:\\|[^>]*)?>");
    // A typed name starts with a letter (so "#1 priority" is no channel) and stops at spaces and punctuation.
    private static final Pattern TYPED = Pattern.compile("(?<![\\w&])#(\\p{L}[\\p{L}\\p{N}_.-]*)");
    // Chinese runs on without spaces: "在#销售群提醒大家…", "在#销售群里提醒…".
    private static final Pattern ZH_TAIL = Pattern.compile("(?:里|中|内)?(?:提醒|通知).*$");
    private static final String BEFORE = "(?:\\b(?:in|on|to|at)\\s+|在\\s*)?";
    private static final Pattern MENTION_WITH_PREPOSITION =
            Pattern.compile("(?i)" + BEFORE + "<#[A-Za-z0-9]+(?:\\|[^>]*)?>(?:里|中|内)?");

    private ChannelMention() {}

    /** What the request names. */
    public sealed interface Found {}

    /** A channel the bot can post to. */
    public record Named(Recipient.Channel channel) implements Found {}

    /** A typed {@code #name} on a platform that posts by channel id only (Discord): the user must pick it. */
    public record NameOnly(String name) implements Found {}

    /**
     * The channel named in {@code text}, on the platform and workspace the request came from (read from
     * its message key, {@code platform:workspace:channel:id}); empty when it names none.
     */
    public static Optional<Found> in(String text, String messageKey) {
        String[] key = messageKey.split(":", 4);
        String platform = key[0];
        String workspace = key.length > 1 ? key[1] : "";
        Matcher mention = MENTION.matcher(text);
        if (mention.find()) {
            return Optional.of(new Named(new Recipient.Channel(platform, workspace, mention.group(1))));
        }
        Optional<String> typed = typedName(text);
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        if ("discord".equals(platform)) {
            return Optional.of(new NameOnly(typed.get()));
        }
        return Optional.of(new Named(new Recipient.Channel(platform, workspace, typed.get())));
    }

    /** The request without its channel mention (and its "in" / "在"), so the reminder's words do not repeat it. */
    public static String remove(String text) {
        String rest = MENTION_WITH_PREPOSITION.matcher(text).replaceAll(" ");
        Optional<String> typed = typedName(rest);
        if (typed.isPresent()) {
            rest = rest.replaceFirst("(?i)" + BEFORE + "#" + Pattern.quote(typed.get()) + "(?:里|中|内)?", " ");
        }
        return rest;
    }

    private static Optional<String> typedName(String text) {
        Matcher typed = TYPED.matcher(text);
        if (!typed.find()) {
            return Optional.empty();
        }
        String name = name(typed.group(1));
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    private static String name(String raw) {
        return ZH_TAIL.matcher(raw).replaceFirst("").replaceAll("[.-]+$", "");
    }
}
