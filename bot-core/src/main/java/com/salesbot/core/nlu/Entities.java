package com.salesbot.core.nlu;

import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kernel.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The entities a message states, keyed and normalised as the NLU contract says. Values are
 * {@link String}, {@link BigDecimal}, {@link Period}, {@link LocalDate} or {@link LocalDateTime},
 * or a {@code List<String>} for persons.
 */
public record Entities(Map<String, Object> values) {
    public static final String CUSTOMER = "customer";
    public static final String CONTACT = "contact";
    public static final String COMPETITOR = "competitor";
    public static final String AMOUNT = "amount";
    public static final String CURRENCY = "currency";
    public static final String METRIC = "metric";
    public static final String PERIOD = "period";
    public static final String WHEN = "when";
    public static final String FOLLOW_UP = "follow_up";
    public static final String RECURRENCE = "recurrence";
    public static final String PERSONS = "persons";
    public static final String STAGE = "stage";

    /**
     * Project key, not in the contract: an amount as written that is negative, zero or absurd
     * ("-5k", "1e99"), so the bot can say the amount looks wrong instead of asking for one.
     */
    public static final String INVALID_AMOUNT = "invalid_amount";

    /**
     * Project key, not in the contract: the verbatim reply to a question a skill asked itself (a report
     * template answered question by question), set by the engine, never by the NLU.
     */
    public static final String ANSWER = "answer";

    /** Every key of the contract, in its table's order. */
    public static final List<String> CONTRACT_KEYS = List.of(
            CUSTOMER,
            CONTACT,
            COMPETITOR,
            AMOUNT,
            CURRENCY,
            METRIC,
            PERIOD,
            WHEN,
            FOLLOW_UP,
            RECURRENCE,
            PERSONS,
            STAGE);

    public Entities {
        Objects.requireNonNull(values, "values");
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** No entities at all. */
    public static Entities none() {
        return new Entities(Map.of());
    }

    /** A copy with one more (or one replaced) entity. */
    public Entities with(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(key, value);
        return new Entities(copy);
    }

    /** True when the message stated {@code key}. */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    public Optional<String> text(String key) {
        Object v = values.get(key);
        return v instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    }

    public Optional<String> customer() {
        return text(CUSTOMER);
    }

    public Optional<String> contact() {
        return text(CONTACT);
    }

    public Optional<BigDecimal> amount() {
        return Optional.ofNullable(values.get(AMOUNT)).map(v -> (BigDecimal) v);
    }

    public Optional<String> currency() {
        return text(CURRENCY);
    }

    public Optional<Metric> metric() {
        return text(METRIC).flatMap(Metric::fromCode);
    }

    public Optional<Period> period() {
        return Optional.ofNullable(values.get(PERIOD)).map(v -> (Period) v);
    }

    /** The {@code when} entity as a date (a date-time gives its date). */
    public Optional<LocalDate> whenDate() {
        return dateOf(WHEN);
    }

    /** The {@code follow_up} entity as a date. */
    public Optional<LocalDate> followUpDate() {
        return dateOf(FOLLOW_UP);
    }

    /** The persons mentioned: platform ids or names as written. */
    @SuppressWarnings("unchecked")
    public List<String> persons() {
        Object v = values.get(PERSONS);
        return v instanceof List<?> list ? List.copyOf((List<String>) list) : List.of();
    }

    private Optional<LocalDate> dateOf(String key) {
        Object v = values.get(key);
        if (v instanceof LocalDateTime dt) {
            return Optional.of(dt.toLocalDate());
        }
        if (v instanceof LocalDate d) {
            return Optional.of(d);
        }
        return Optional.empty();
    }

    /** The raw temporal value of a date key, for callers that need the time of day. */
    public Optional<Temporal> temporal(String key) {
        Object v = values.get(key);
        return v instanceof Temporal t ? Optional.of(t) : Optional.empty();
    }
}
