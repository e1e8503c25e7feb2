package com.salesbot.core.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads what a manager wrote after the colon: a tip's text, or a quiz as "question | option | *right
 * option | option", the star marking the right answer.
 */
final class TrainingText {
    private static final Pattern QUIZ_WORD = Pattern.compile("^\\s*(quiz|小测验|测验)", Pattern.CASE_INSENSITIVE);

    private TrainingText() {}

    static boolean isQuiz(String message) {
        return QUIZ_WORD.matcher(message.toLowerCase(Locale.ROOT)).find();
    }

    /** Everything after the first colon, the part the time expression is not in. */
    static String afterColon(String message) {
        int colon = -1;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == ':' || c == '：') {
                colon = i;
                break;
            }
        }
        return colon < 0 ? "" : message.substring(colon + 1).strip();
    }

    record Quiz(String question, List<String> options, int correct) {}

    /** The quiz, or empty when there are fewer than two options or not exactly one starred. */
    static Optional<Quiz> quiz(String body) {
        List<String> parts =
                Arrays.stream(body.split("[|｜]")).map(String::strip).toList();
        if (parts.size() < 3 || parts.get(0).isEmpty()) {
            return Optional.empty();
        }
        List<String> options = new ArrayList<>();
        int correct = -1;
        for (String part : parts.subList(1, parts.size())) {
            if (part.startsWith("*") || part.startsWith("＊")) {
                if (correct >= 0) {
                    return Optional.empty();
                }
                correct = options.size();
                part = part.substring(1).strip();
            }
            if (part.isEmpty()) {
                return Optional.empty();
            }
            options.add(part);
        }
        return correct < 0 ? Optional.empty() : Optional.of(new Quiz(parts.get(0), options, correct));
    }
}
