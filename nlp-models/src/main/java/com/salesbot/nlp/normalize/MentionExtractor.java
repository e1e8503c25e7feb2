package com.salesbot.nlp.normalize;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the people a message mentions: Slack {@code <@U024BE7LH>} and {@code <@U024BE7LH|alice>},
 * Discord {@code <@80351110224678912>} and {@code <@!80351110224678912>} (their platform ids), and
 * typed {@code @alice} / {@code @王磊} (the name). Channel references, role mentions, links and URLs
 * are reported as spans too, so nothing downstream mistakes them for names or amounts.
 */
public final class MentionExtractor {
    private static final Pattern TOKEN = Pattern.compile(
            "<@([UW][A-Z0-9]{2,40})(?:\\|[^<>\\n]{0,80})?>" // Slack user
                    + "|<@!?(\\d{5,25})>" // Discord user (with or without the nickname "!")
                    + "|<(?:#|@&|!)[^<>\\n]{0,120}>" // channels, roles, @here/@channel
                    + "|<(?:https?|mailto|tel):[^<>\\n]{0,2000}>" // Slack links, with or without a label
                    + "|\\bhttps?://[^\\s<>]{1,2000}" // plain URLs
                    + "|\\b[\\w.+-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,8}" // e-mail addresses are not mentions
                    + "|(?<![\\w@])@([A-Za-z][\\w.\\-]{0,39}[\\w]|[A-Za-z])" // @alice
                    + "|(?<![\\w@])@(\\p{IsHan}{2,4})"); // @王磊

    // Han characters that end a typed Chinese name: a verb, particle or time word after it.
    private static final String HAN_STOPS = "的和跟与给在是说今明昨本这上下定设目你我他她们也都就要把被对向请帮来去看发";
    private static final Set<String> NOT_PEOPLE =
            Set.of("here", "channel", "everyone", "all", "team", "salesbot", "bot");

    /** The persons mentioned, in order and each once, plus the spans of every mention, link and URL. */
    public Mentions extract(String text) {
        if (text == null || text.isEmpty() || !mayContainMention(text)) {
            return new Mentions(List.of(), List.of());
        }
        Set<String> persons = new LinkedHashSet<>();
        List<TextSpan> spans = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            int end = m.end();
            if (m.group(1) != null) {
                persons.add(m.group(1));
            } else if (m.group(2) != null) {
                persons.add(m.group(2));
            } else if (m.group(3) != null) {
                String name = m.group(3);
                if (!NOT_PEOPLE.contains(name.toLowerCase(Locale.ROOT))) {
                    persons.add(name);
                }
            } else if (m.group(4) != null) {
                String name = hanName(m.group(4));
                end = m.start(4) + name.length();
                persons.add(name);
            }
            spans.add(new TextSpan(m.start(), end));
        }
        return new Mentions(List.copyOf(persons), List.copyOf(spans));
    }

    /** Who a message mentions, and where mention-like tokens sit. */
    public record Mentions(List<String> persons, List<TextSpan> spans) {
        public Mentions {
            persons = List.copyOf(persons);
            spans = List.copyOf(spans);
        }
    }

    // "@王磊明天" has no space to end the name; cut at the first word that cannot be part of it.
    private static String hanName(String run) {
        for (int i = 2; i < run.length(); i++) {
            if (HAN_STOPS.indexOf(run.charAt(i)) >= 0) {
                return run.substring(0, i);
            }
        }
        return run.length() == 4 ? run.substring(0, 3) : run;
    }

    private static boolean mayContainMention(String text) {
        return text.indexOf('@') >= 0 || text.indexOf('<') >= 0 || text.indexOf("://") >= 0;
    }
}
