package com.salesbot.nlp.intent;

import static com.salesbot.core.nlu.Entities.AMOUNT;
import static com.salesbot.core.nlu.Entities.COMPETITOR;
import static com.salesbot.core.nlu.Entities.CONTACT;
import static com.salesbot.core.nlu.Entities.CURRENCY;
import static com.salesbot.core.nlu.Entities.CUSTOMER;
import static com.salesbot.core.nlu.Entities.FOLLOW_UP;
import static com.salesbot.core.nlu.Entities.METRIC;
import static com.salesbot.core.nlu.Entities.PERIOD;
import static com.salesbot.core.nlu.Entities.PERSONS;
import static com.salesbot.core.nlu.Entities.RECURRENCE;
import static com.salesbot.core.nlu.Entities.STAGE;
import static com.salesbot.core.nlu.Entities.WHEN;

import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The entity keys each intent may carry, per the contract's intent table. A daily report that
 * mentions a customer is still just a report: its text is the report, so no customer is stated.
 */
public final class IntentEntityKeys {
    private static final Map<Intent, Set<String>> KEYS = new EnumMap<>(Intent.class);

    static {
        KEYS.put(Intent.LOG_VISIT, Set.of(CUSTOMER, CONTACT, WHEN, FOLLOW_UP, AMOUNT, CURRENCY));
        KEYS.put(Intent.LOG_SALE, Set.of(CUSTOMER, AMOUNT, CURRENCY, WHEN));
        KEYS.put(Intent.UPDATE_DEAL, Set.of(CUSTOMER, STAGE, AMOUNT, CURRENCY));
        KEYS.put(Intent.MY_TARGET, Set.of(PERIOD, METRIC));
        KEYS.put(Intent.SET_TARGET, Set.of(PERSONS, AMOUNT, CURRENCY, METRIC, PERIOD));
        KEYS.put(Intent.TEAM_RANKING, Set.of(METRIC, PERIOD));
        KEYS.put(Intent.STATS_QUERY, Set.of(METRIC, PERSONS, PERIOD, CUSTOMER));
        KEYS.put(Intent.MISSING_REPORTS, Set.of(PERIOD));
        KEYS.put(Intent.SET_REMINDER, Set.of(WHEN, RECURRENCE, PERSONS));
        KEYS.put(Intent.GIVE_KUDOS, Set.of(PERSONS));
        KEYS.put(Intent.CUSTOMER_INFO, Set.of(CUSTOMER));
        KEYS.put(Intent.LOG_COMPETITOR, Set.of(COMPETITOR, CUSTOMER));
        KEYS.put(Intent.MY_COMMISSION, Set.of(PERIOD));
        KEYS.put(Intent.ADD_MEMBER, Set.of(PERSONS));
        KEYS.put(Intent.SET_AWAY, Set.of(PERIOD));
        // The knowledge intents' text is the question, entry or feedback itself: no entities.
        KEYS.put(Intent.LIST_FEEDBACK, Set.of(PERIOD));
        KEYS.put(Intent.SCHEDULE_TRAINING, Set.of(WHEN, RECURRENCE));
        KEYS.put(Intent.TRAINING_RESULTS, Set.of(PERIOD));
    }

    private IntentEntityKeys() {}

    /** The keys {@code intent} may carry; empty for intents whose text is the whole message. */
    public static Set<String> of(Intent intent) {
        return KEYS.getOrDefault(intent, Set.of());
    }

    /** Only the entities the intent may carry. */
    public static Entities restrict(Intent intent, Entities entities) {
        Set<String> allowed = of(intent);
        Map<String, Object> kept = new LinkedHashMap<>();
        entities.values().forEach((k, v) -> {
            if (allowed.contains(k) || (k.equals(Entities.INVALID_AMOUNT) && allowed.contains(AMOUNT))) {
                kept.put(k, v);
            }
        });
        return new Entities(kept);
    }
}
