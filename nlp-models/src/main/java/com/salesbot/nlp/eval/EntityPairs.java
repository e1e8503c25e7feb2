package com.salesbot.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The contract's scoring units: one (key, normalised value) pair per stated entity. Strings compare
 * case-insensitively with whitespace folded, numbers exactly, persons as one set, a period as its
 * (start, end).
 */
public final class EntityPairs {
    private EntityPairs() {}

    /** The pairs of an entities object. */
    public static Set<String> of(JsonNode entities) {
        Set<String> pairs = new HashSet<>();
        if (entities == null || !entities.isObject()) {
            return pairs;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = entities.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            pairs.add(field.getKey() + "=" + canonical(field.getValue()));
        }
        return pairs;
    }

    private static String canonical(JsonNode value) {
        if (value.isNumber()) {
            return new BigDecimal(value.asText()).stripTrailingZeros().toPlainString();
        }
        if (value.isArray()) {
            Set<String> items = new TreeSet<>();
            value.forEach(v -> items.add(fold(v.asText())));
            return items.toString();
        }
        if (value.isObject()) {
            return value.path("start").asText() + ".." + value.path("end").asText();
        }
        return fold(value.asText());
    }

    private static String fold(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
