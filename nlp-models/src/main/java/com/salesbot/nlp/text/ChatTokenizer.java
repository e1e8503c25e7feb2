package com.salesbot.nlp.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One tokenizer for English, Chinese and both mixed: each Han character is a token (Chinese has no
 * spaces), runs of Latin letters are lower-cased words, digit runs become {@code <num>}, Slack and
 * Discord mentions {@code <mention>}, links {@code <url>}, currency symbols {@code <cur>}, question
 * marks {@code ?}, and each emoji is a token of its own. Other punctuation is dropped. Full-width
 * forms typed by Chinese input methods ({@code ＫＰＩ？}) read as their ASCII twins.
 */
public final class ChatTokenizer {
    /** Token standing for any number, so "12k" and "50万" look alike to the classifier. */
    public static final String NUM = "<num>";

    public static final String MENTION = "<mention>";
    public static final String URL = "<url>";
    /** Token standing for a currency symbol ($, ¥, €, £, ₹ …). */
    public static final String CURRENCY = "<cur>";
    /** A question mark, ASCII or full width: questions ask, statements record. */
    public static final String QUESTION = "?";

    /** Classifying needs only the start of a long message; this bounds the work per message. */
    static final int MAX_CHARS = 2_000;

    private ChatTokenizer() {}

    /**
     * Tokens with, for each, whether it looks like part of a name: a Latin word written with a
     * capital inside a sentence ("met the CFO of <u>Vandelay</u> <u>Imports</u>"), not the message's
     * first word nor a word after sentence punctuation, nor a weekday, month or "I".
     */
    public record Tokenized(String[] tokens, boolean[] nameLike) {}

    /** The tokens of {@code text}, in order. */
    public static String[] tokenize(String text) {
        return analyse(text).tokens();
    }

    /** The tokens of {@code text} and which of them look like parts of names. */
    public static Tokenized analyse(String text) {
        String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        String s = Normalizer.normalize(cut, Normalizer.Form.NFKC);
        List<String> tokens = new ArrayList<>();
        List<Boolean> names = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '<') {
                int close = s.indexOf('>', i);
                if (close > i
                        && close - i < 120
                        && (i + 1 < n)
                        && (s.charAt(i + 1) == '@' || s.charAt(i + 1) == '#' || s.startsWith("http", i + 1))) {
                    tokens.add(s.charAt(i + 1) == 'h' ? URL : MENTION);
                    i = close + 1;
                    continue;
                }
            }
            if ((c == 'h' || c == 'H') && (s.startsWith("http://", i) || s.startsWith("https://", i))) {
                int end = i;
                while (end < n && !Character.isWhitespace(s.charAt(end))) {
                    end++;
                }
                tokens.add(URL);
                i = end;
                continue;
            }
            int cp = s.codePointAt(i);
            int width = Character.charCount(cp);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                tokens.add(new String(Character.toChars(cp)));
                i += width;
            } else if (Character.isDigit(cp)) {
                // By code point: a digit outside the BMP (𐒠) must still move the scan forward.
                int end = i + width;
                while (end < n) {
                    int next = s.codePointAt(end);
                    if (Character.isDigit(next)) {
                        end += Character.charCount(next);
                    } else if ((next == '.' || next == ',')
                            && end + 1 < n
                            && Character.isDigit(s.codePointAt(end + 1))) {
                        end++;
                    } else {
                        break;
                    }
                }
                tokens.add(NUM);
                i = end;
            } else if (Character.isLetter(cp)) {
                int end = i;
                while (end < n) {
                    int next = s.codePointAt(end);
                    if (!Character.isLetter(next) || Character.UnicodeScript.of(next) == Character.UnicodeScript.HAN) {
                        if (next == '\'' || next == '’') {
                            end += Character.charCount(next);
                            continue;
                        }
                        break;
                    }
                    end += Character.charCount(next);
                }
                String raw = s.substring(i, end);
                String word = raw.replace("'", "").replace("’", "").toLowerCase(Locale.ROOT);
                if (!word.isEmpty()) {
                    sync(tokens, names);
                    tokens.add(word);
                    names.add(tokens.size() > 1 && looksLikeName(raw, word) && !sentenceStart(s, i));
                }
                i = end;
            } else if (c == '?') {
                tokens.add(QUESTION);
                i += width;
            } else if (Character.getType(cp) == Character.CURRENCY_SYMBOL) {
                tokens.add(CURRENCY);
                i += width;
            } else if (isEmoji(cp)) {
                tokens.add(new String(Character.toChars(cp)));
                i += width;
            } else {
                i += width;
            }
        }
        sync(tokens, names);
        boolean[] nameLike = new boolean[tokens.size()];
        for (int k = 0; k < nameLike.length; k++) {
            nameLike[k] = names.get(k);
        }
        return new Tokenized(tokens.toArray(String[]::new), nameLike);
    }

    /** Marks tokens added without a name decision as not name-like. */
    private static void sync(List<String> tokens, List<Boolean> names) {
        while (names.size() < tokens.size()) {
            names.add(false);
        }
    }

    private static final Set<String> NOT_NAMES = Set.of(
            "i",
            "im",
            "ive",
            "ill",
            "id",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "mon",
            "tue",
            "tues",
            "wed",
            "thu",
            "thurs",
            "fri",
            "sat",
            "sun",
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec",
            "ok",
            "okay");

    /** Capitalised, and not shouting: "Acme", "McKinsey", "IBMer" but not "EOD" or "PLEASE". */
    private static boolean looksLikeName(String raw, String word) {
        if (!Character.isUpperCase(raw.codePointAt(0)) || NOT_NAMES.contains(word)) {
            return false;
        }
        for (int k = 1; k < raw.length(); k++) {
            if (Character.isLowerCase(raw.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** True when only spaces, quotes, brackets or bullets separate position {@code i} from a sentence end. */
    private static boolean sentenceStart(String s, int i) {
        for (int k = i - 1; k >= 0; k--) {
            char c = s.charAt(k);
            if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '\n' || c == '。') {
                return true;
            }
            if (!Character.isWhitespace(c) && c != '"' && c != '(' && c != '*' && c != '-' && c != '•') {
                return false;
            }
        }
        return true;
    }

    /** Pictographs (🎉, 👍, 🥂); skin-tone modifiers, variation selectors and joiners are not tokens. */
    private static boolean isEmoji(int cp) {
        boolean skinTone = cp >= 0x1F3FB && cp <= 0x1F3FF;
        return cp >= 0x2600 && !skinTone && Character.getType(cp) == Character.OTHER_SYMBOL;
    }
}
