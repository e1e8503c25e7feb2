package com.salesbot.adapter.charts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled font: WenQuanYi Micro Hei (Apache-2.0), cut down to Latin, punctuation, CJK symbols
 * and the 20,992 unified ideographs of U+4E00–U+9FFF. The JDK's own fonts have no Chinese glyphs, so
 * on a fresh machine Chinese labels would come out as boxes; this one has both scripts, so mixed
 * labels ("王磊 — $7,000") render from one font. See {@code fonts/README.md} beside it.
 */
public final class ChartFont {
    static final String RESOURCE = "/fonts/wqy-microhei-subset.ttf";
    private static final Font BASE = load();

    private ChartFont() {}

    /** The font at a size and style ({@link Font#PLAIN}, {@link Font#BOLD}). */
    public static Font of(int style, float size) {
        return BASE.deriveFont(style, size);
    }

    private static Font load() {
        try (InputStream in = ChartFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing font resource " + RESOURCE);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("unreadable font " + RESOURCE, e);
        }
    }
}
