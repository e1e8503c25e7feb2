package com.salesbot.core.knowledge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * Entry ids derived from what caused the entry (a message key, a file and title, a question), so a
 * retried message or a reloaded file replaces its entry instead of adding a second one.
 */
public final class KnowledgeIds {
    private KnowledgeIds() {}

    /** {@code K} and six base-36 characters of the seed's hash, short enough to type. */
    public static String of(String seed) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 6; i++) {
                value = (value << 8) | (hash[i] & 0xff);
            }
            String digits = Long.toString(value % 2_176_782_336L, 36).toUpperCase(Locale.ROOT);
            return "K" + "0".repeat(6 - digits.length()) + digits;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
