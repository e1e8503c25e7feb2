package com.salesbot.nlp.normalize;

import java.util.OptionalLong;

/** Reads Chinese numerals such as 三, 十五, 一百二十万 and the spoken short form 两万五 (25,000). */
final class ChineseNumerals {
    /** Every character a Chinese numeral may contain, for building patterns. */
    static final String CHARS = "零〇一二两三四五六七八九十百千万亿";

    private static final long MAX = 1_000_000_000_000_000L;

    private ChineseNumerals() {}

    /** The value of {@code s}, or empty when it is not a well-formed numeral (or mixes in digits). */
    static OptionalLong parse(String s) {
        if (s == null || s.isEmpty() || s.length() > 24) {
            return OptionalLong.empty();
        }
        long yi = 0; // everything already multiplied by 亿
        long wan = 0; // the part below 亿 already multiplied by 万
        long section = 0; // the part below 万
        long digit = -1;
        long lastUnit = 1;
        boolean sawZero = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digitOf(c);
            if (d >= 0) {
                if (digit >= 0) {
                    return OptionalLong.empty(); // 一二 is not a number in this sense
                }
                digit = d;
                if (d == 0) {
                    sawZero = true;
                    digit = -1;
                }
                continue;
            }
            long unit = smallUnit(c);
            if (unit > 0) {
                if (digit < 0) {
                    if (c != '十') {
                        return OptionalLong.empty();
                    }
                    digit = 1; // 十五 means 一十五
                }
                section += digit * unit;
                digit = -1;
                lastUnit = unit;
                sawZero = false;
                continue;
            }
            if (c == '万') {
                section += Math.max(digit, 0);
                if (section == 0) {
                    return OptionalLong.empty();
                }
                wan += section * 10_000;
                section = 0;
                digit = -1;
                lastUnit = 10_000;
                sawZero = false;
                continue;
            }
            if (c == '亿') {
                section += Math.max(digit, 0);
                long below = wan + section;
                if (below == 0 && yi == 0) {
                    return OptionalLong.empty();
                }
                if (yi + below > MAX / 100_000_000) {
                    return OptionalLong.empty();
                }
                yi = (yi + below) * 100_000_000;
                wan = 0;
                section = 0;
                digit = -1;
                lastUnit = 100_000_000;
                sawZero = false;
                continue;
            }
            return OptionalLong.empty();
        }
        if (digit >= 0) {
            // A trailing digit right after a unit is the spoken short form: 两万五 is 25,000, 三千五 is 3,500.
            section += (lastUnit > 1 && !sawZero) ? digit * (lastUnit / 10) : digit;
        }
        long total = yi + wan + section;
        if (total == 0 && !sawZero) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(total);
    }

    /** The value of a single numeral digit character, or -1. */
    static int digitOf(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    /** A small number written in ASCII digits or Chinese numerals, such as "3", "15" or "十五". */
    static OptionalLong parseSmall(String s) {
        if (s == null || s.isEmpty() || s.length() > 6) {
            return OptionalLong.empty();
        }
        if (s.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return OptionalLong.of(Long.parseLong(s));
        }
        return parse(s);
    }

    private static long smallUnit(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> 0;
        };
    }
}
