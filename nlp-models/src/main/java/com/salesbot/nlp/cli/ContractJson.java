package com.salesbot.nlp.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.ParsedMessage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** Writes a reading as the NLU contract's JSON object: intent, confidence, lang, entities. */
public final class ContractJson {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final ObjectMapper MAPPER =
            new ObjectMapper().configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);

    private ContractJson() {}

    /** One line of {@code parse} output. */
    public static String line(ParsedMessage parsed) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("intent", parsed.intent().contractName());
        root.put("confidence", BigDecimal.valueOf(parsed.confidence()).setScale(4, RoundingMode.HALF_UP));
        root.put("lang", parsed.lang().code());
        root.set("entities", entities(parsed.entities()));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** The entities object, contract keys only, in the contract's value formats. */
    public static ObjectNode entities(Entities entities) {
        ObjectNode node = MAPPER.createObjectNode();
        for (Map.Entry<String, Object> entry : entities.values().entrySet()) {
            if (!Entities.CONTRACT_KEYS.contains(entry.getKey())) {
                continue;
            }
            Object value = entry.getValue();
            String key = entry.getKey();
            if (value instanceof BigDecimal number) {
                node.put(key, new BigDecimal(number.stripTrailingZeros().toPlainString()));
            } else if (value instanceof Period period) {
                ObjectNode p = node.putObject(key);
                p.put("start", period.start().toString());
                p.put("end", period.end().toString());
            } else if (value instanceof LocalDateTime dateTime) {
                node.put(key, dateTime.format(MINUTES));
            } else if (value instanceof LocalDate date) {
                node.put(key, date.toString());
            } else if (value instanceof List<?> list) {
                ArrayNode array = node.putArray(key);
                list.forEach(item -> array.add(String.valueOf(item)));
            } else {
                node.put(key, String.valueOf(value));
            }
        }
        return node;
    }
}
