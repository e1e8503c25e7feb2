package com.salesbot.nlp.robustness;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of hostile chat text: arbitrary code points glued to the fragments our normalisers look for. */
final class ChatTextGen {
    /** Slack's message limit, the longest line the contract promises to survive. */
    static final int SLACK_MAX = 40_000;

    /** Unicode's White_Space property (wider than Java's isWhitespace: it has NBSP and NEL too). */
    static final List<String> UNICODE_WHITESPACE = List.of(
            "\t", "\n", "\u000B", "\f", "\r", " ", "\u0085", "\u00A0", "\u1680", "\u2000", "\u2003", "\u2007", "\u200A",
            "\u2028", "\u2029", "\u202F", "\u205F", "\u3000");

    // What the entity normalisers and the language rule key on, plus punctuation and invisible characters.
    private static final List<String> FRAGMENTS = List.of(
            "<@U024BE7LH>",
            "<@U024BE7LH|alice>",
            "<@!80351110224678912>",
            "<@80351110224678912>",
            "<#C123|general>",
            "<https://acme.example|Acme>",
            "<",
            ">",
            "<<<",
            ">>>",
            "<@",
            "@",
            "@@",
            "|",
            "!",
            "https://",
            "http://x.y/<z>",
            "万",
            "万万",
            "5万",
            "3千元",
            "1.5亿",
            "k",
            "K",
            "12k",
            "$1.5M",
            "$",
            "¥",
            "HK$",
            "S$",
            "€",
            "£",
            "美元",
            "块",
            "12,500",
            "1,2,3,4",
            "\uD801\uDCA0",
            "\uD804\uDC67",
            "𝟙𝟚",
            "٣",
            "1e9",
            "99999999999999999999999999999",
            "0.000000001",
            "-5",
            "3.",
            ".5",
            "１２３",
            "next Tuesday 3pm",
            "tomorrow",
            "in 3 days",
            "in 99999999 days",
            "in 5000000 minutes",
            "every Monday",
            "every 0 weeks",
            "Q3",
            "Q9",
            "Dec 5",
            "Feb 30",
            "25:99",
            "31/02",
            "9999-99-99",
            "last quarter",
            "this year",
            "下周二",
            "下午三点",
            "明天",
            "三天后",
            "每个工作日",
            "12月5日",
            "13月45日",
            "本周",
            "上季度",
            "今年",
            "log visit",
            "closed",
            "won",
            "mark as lost",
            "kudos",
            "remind me",
            "target",
            "quota",
            "revenue",
            "visits",
            "拜访了",
            "签了",
            "排行",
            "拜访量",
            "黄了",
            "改成赢单",
            "Acme Corp",
            "华为技术",
            "王经理",
            "the CTO",
            "Joy (nurse manager)",
            "\"",
            "'",
            "(",
            ")",
            "（",
            "）",
            "，",
            "。",
            ",",
            ".",
            ":",
            ";",
            "\\",
            "\\u0000",
            "\u0000",
            "\u0007",
            "\u001B[2K",
            "\u007F",
            "\u0085",
            "\u200B",
            "\u200D",
            "\u200E",
            "\u202E",
            "\uFEFF",
            "e\u0301",
            "\uFFFD",
            "\uFFFF",
            "\uD800",
            "\uDFFF",
            "\uDBFF\uDFFF",
            "😀",
            "👍🏽",
            "👨‍👩‍👧‍👦",
            "🇨🇳",
            "❤️",
            "🤝");

    /** Reference clocks, including a daylight-saving gap, an overlap, a leap day and a year end. */
    static final List<ZonedDateTime> NOWS = List.of(
            LocalDateTime.of(2026, 11, 27, 10, 0).atZone(ZoneId.of("Asia/Shanghai")),
            LocalDateTime.of(2026, 3, 8, 1, 59).atZone(ZoneId.of("America/New_York")),
            LocalDateTime.of(2026, 10, 25, 2, 30).atZone(ZoneId.of("Europe/Berlin")),
            LocalDateTime.of(2028, 2, 29, 0, 0).atZone(ZoneId.of("UTC")),
            LocalDateTime.of(2026, 12, 31, 23, 59).atZone(ZoneId.of("Pacific/Kiritimati")));

    private ChatTextGen() {}

    /** Any single piece: random code points from every plane, control characters, scripts and fragments. */
    static Gen<String> piece() {
        return Generate.frequency(List.of(
                Pair.of(4, strings().allPossible().ofLengthBetween(0, 12)),
                Pair.of(2, strings().betweenCodePoints(0x00, 0x1F).ofLengthBetween(1, 4)),
                Pair.of(1, strings().betweenCodePoints(0x7F, 0x9F).ofLengthBetween(1, 3)),
                Pair.of(1, strings().betweenCodePoints(0xD800, 0xDFFF).ofLengthBetween(1, 3)),
                Pair.of(4, han()),
                Pair.of(4, latinWord()),
                Pair.of(2, strings().betweenCodePoints(0x1F300, 0x1FAFF).ofLengthBetween(1, 3)),
                Pair.of(2, strings().numeric()),
                Pair.of(6, arbitrary().pick(FRAGMENTS)),
                Pair.of(6, arbitrary().pick(" ", " ", "  ", "\t", "\u3000"))));
    }

    /** A chat message of up to a few hundred characters built from {@link #piece()}s. */
    static Gen<String> message() {
        return lists().of(piece()).ofSizeBetween(0, 40).map(ChatTextGen::join);
    }

    /** Han and Latin words interleaved, around the language rule's H ≥ 2·W boundary. */
    static Gen<String> mixedScripts() {
        Gen<String> word = Generate.frequency(List.of(
                Pair.of(3, han()),
                Pair.of(3, latinWord()),
                Pair.of(1, arbitrary().pick("<@U024BE7LH>", "https://acme.example/拜访", "<拜访>", "123", "，"))));
        return lists().of(word).ofSizeBetween(1, 30).map(words -> String.join(" ", words));
    }

    /** A message of 1,000 to 40,000 characters: a random run of pieces repeated to a random length. */
    static Gen<String> huge() {
        return lists().of(piece())
                .ofSizeBetween(1, 60)
                .zip(Generate.range(1_000, SLACK_MAX), (pieces, length) -> fill(join(pieces), length));
    }

    /** Text dense in the characters mention, amount and date scanners key on, up to {@code maxLength}. */
    static Gen<String> dense(int minLength, int maxLength) {
        Gen<String> ch = arbitrary()
                .pick(
                        "<", "<", "@", "@", ">", "|", "!", "万", "万", "k", "K", "千", "元", "$", ".", ",", " ", "0", "1",
                        "2", "3", "4", "5", "6", "7", "8", "9", "U", "月", "日");
        return lists().of(ch).ofSizeBetween(minLength, maxLength).map(ChatTextGen::join);
    }

    /** One of the {@link #NOWS}. */
    static Gen<ZonedDateTime> now() {
        return arbitrary().pick(NOWS);
    }

    /** Empty or whitespace-only text, by Unicode's definition of whitespace. */
    static Gen<String> whitespaceOnly() {
        return lists().of(arbitrary().pick(UNICODE_WHITESPACE))
                .ofSizeBetween(0, 200)
                .map(ChatTextGen::join);
    }

    /** A short, readable picture of a possibly huge, possibly unprintable input for failure reports. */
    static String describe(String text) {
        String head = text.length() > 300 ? text.substring(0, 300) : text;
        StringBuilder out = new StringBuilder("length ").append(text.length()).append(": \"");
        head.chars().forEach(c -> {
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
                out.append((char) c);
            } else if (Character.isLetter(c) && !Character.isSurrogate((char) c)) {
                out.append((char) c);
            } else {
                out.append(String.format("\\u%04X", c));
            }
        });
        return out.append(text.length() > 300 ? "\"…" : "\"").toString();
    }

    private static Gen<String> han() {
        return strings().betweenCodePoints(0x4E00, 0x9FFF).ofLengthBetween(1, 8);
    }

    private static Gen<String> latinWord() {
        return strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 10);
    }

    private static String join(List<String> pieces) {
        return String.join("", pieces);
    }

    private static String fill(String seed, int length) {
        if (seed.isEmpty()) {
            return " ".repeat(length);
        }
        StringBuilder out = new StringBuilder(length + seed.length());
        while (out.length() < length) {
            out.append(seed);
        }
        // Cutting at a fixed length may split a surrogate pair: that is wanted, it is one more hostile input.
        return out.substring(0, length);
    }
}
