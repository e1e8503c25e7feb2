package com.salesbot.core.i18n;

import com.salesbot.core.kernel.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reply texts in English and Chinese, read from {@code i18n/messages_<lang>.properties} as UTF-8.
 * Placeholders are {@code {0}}, {@code {1}}…; no MessageFormat quoting rules, so apostrophes are plain.
 */
public final class Messages {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private final Map<Lang, Properties> bundles = new EnumMap<>(Lang.class);

    private Messages() {}

    /** The bundled reply texts. */
    public static Messages load() {
        Messages messages = new Messages();
        for (Lang lang : Lang.values()) {
            messages.bundles.put(lang, read("/i18n/messages_" + lang.code() + ".properties"));
        }
        return messages;
    }

    private static Properties read(String resource) {
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text for {@code key} with its placeholders filled; an unknown key is a programming error. */
    public String get(Lang lang, String key, Object... args) {
        return find(lang, key, args)
                .orElseThrow(() -> new IllegalStateException("no " + lang.code() + " text for key " + key));
    }

    /** The text for {@code key}, or empty when the bundle has no such key. */
    public Optional<String> find(Lang lang, String key, Object... args) {
        String pattern = bundles.get(lang).getProperty(key);
        if (pattern == null) {
            return Optional.empty();
        }
        // One pass over the pattern, so an argument that itself contains "{1}" (a customer name, say)
        // is inserted as written and never substituted again.
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            String value = index < args.length ? String.valueOf(args[index]) : m.group();
            m.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        m.appendTail(text);
        return Optional.of(text.toString());
    }

    /** Every key of one language's bundle. */
    public Set<String> keys(Lang lang) {
        return bundles.get(lang).stringPropertyNames();
    }
}
