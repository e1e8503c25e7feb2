package com.salesbot.core.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads entries written in chat ("how to answer 'too expensive' → stress the three-year cost") and makes excerpts. */
final class KnowledgeText {
    private static final Pattern ARROW = Pattern.compile("\\s*(→|->|=>|⇒)\\s*");
    private static final Pattern TAG = Pattern.compile("(?<![\\w#])#(\\p{L}[\\p{L}\\p{N}_-]*)");
    private static final Pattern COMMAND = Pattern.compile(
            "^(add to (the |our )?(team )?(playbook|knowledge base|kb)|加入知识库|添加到知识库|加到知识库"
                    + "|edit (playbook|knowledge|kb)\\s*#\\w+|修改知识库?\\s*#\\w+)\\s*[:：]\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEAD_IN = Pattern.compile("^[^:：]{0,60}[:：]\\s*");
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.{4,80}?[?？.。!！])\\s*(.+)$", Pattern.DOTALL);

    private KnowledgeText() {}

    /** Title and body of an entry as written; the title is what comes before an arrow, or the first sentence. */
    record Parsed(String title, String body, List<String> tags) {}

    static Parsed parse(String message) {
        String text = message.strip();
        Matcher command = COMMAND.matcher(text);
        if (command.find()) {
            text = text.substring(command.end());
        } else {
            Matcher lead = LEAD_IN.matcher(text);
            if (lead.find()) {
                text = text.substring(lead.end());
            }
        }
        List<String> tags = new ArrayList<>();
        Matcher tag = TAG.matcher(text);
        while (tag.find()) {
            tags.add(tag.group(1).toLowerCase(Locale.ROOT));
        }
        text = TAG.matcher(text).replaceAll("").strip();
        String[] parts = ARROW.split(text, 2);
        if (parts.length == 2) {
            return new Parsed(unquote(parts[0]), parts[1].strip(), tags);
        }
        Matcher sentence = FIRST_SENTENCE.matcher(text);
        if (sentence.matches()) {
            return new Parsed(unquote(sentence.group(1)), sentence.group(2).strip(), tags);
        }
        return new Parsed(unquote(text), text, tags);
    }

    private static String unquote(String title) {
        return title.strip().replaceAll("^[\"'“‘]+|[\"'”’]+$", "").strip();
    }

    /** The start of a body, cut at a word or character boundary, at most {@code max} characters. */
    static String excerpt(String body, int max) {
        String flat = body.replaceAll("\\s+", " ").strip();
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max);
        return flat.substring(0, cut > max / 2 ? cut : max) + "…";
    }
}
