package com.salesbot.core.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV as Excel opens it: UTF-8 with a byte-order mark (so Chinese shows correctly), CRLF line
 * ends, fields quoted when they hold a comma, quote or line break. A cell that a spreadsheet would run
 * as a formula (starting with = + - @, or a tab or carriage return) gets a leading apostrophe, so an
 * exported note can never execute.
 */
public final class Csv {
    /** The media type platforms show for the file. */
    public static final String MEDIA_TYPE = "text/csv";

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Csv() {}

    /** The file's bytes: BOM, header, then one line per row. */
    public static byte[] write(List<String> header, List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        StringBuilder text = new StringBuilder();
        line(text, header);
        rows.forEach(row -> line(text, row));
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void line(StringBuilder text, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(cell(fields.get(i)));
        }
        text.append("\r\n");
    }

    /** One field, defused and quoted as needed; null is empty. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
