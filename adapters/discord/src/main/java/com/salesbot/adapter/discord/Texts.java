package com.salesbot.adapter.discord;

import com.salesbot.core.kernel.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** The adapter's own words in English and Chinese, from {@code texts_en/zh.properties} next to this class. */
final class Texts {
    private final Map<Lang, Properties> bundles = new EnumMap<>(Lang.class);

    private Texts() {
        for (Lang lang : Lang.values()) {
            bundles.put(lang, read("texts_" + lang.code() + ".properties"));
        }
    }

    static Texts load() {
        return new Texts();
    }

    /** The text for {@code key}, with {@code {0}}-style arguments filled in; a missing key fails loudly. */
    String get(Lang lang, String key, Object... args) {
        String pattern = bundles.get(lang).getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no Discord text '" + key + "' in " + lang.code());
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    boolean has(Lang lang, String key) {
        return bundles.get(lang).containsKey(key);
    }

    private static Properties read(String name) {
        Properties properties = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
