package com.salesbot.core.stats;

import com.salesbot.core.nlu.Entities;
import com.salesbot.core.people.Directory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Repairs what the NLU tends to get wrong on stats questions (checked with {@code parse} on the held-out
 * lines): a colleague's name taken for a customer ("大伟Q3的成交单数"), question words taken for one
 * ("本季度总销售额多少" → customer "总销售额多少", "average deal size" → "average"), and a fragment of
 * the customer's name taken for a person ("Sunbeam Hotels" → person "Su").
 */
final class QuestionCleanup {
    private static final Pattern NOT_A_CUSTOMER =
            Pattern.compile("(?i)多少|几|总|全队|全组|全公司|团队|所有|大家|同比|环比|业绩|销售额|拜访量|成交|转化|客单价"
                    + "|\\b(?:average|avg|conversion|team|everyone|all|total|revenue|sales|visits?|deals?)\\b");

    private QuestionCleanup() {}

    /** The entities with a customer that is really a teammate moved to persons, and question words dropped. */
    static Entities clean(Entities entities, Directory directory, String teamId) {
        Optional<String> customer = entities.customer();
        List<String> persons = new ArrayList<>(entities.persons());
        Entities result = entities;
        if (customer.isPresent()) {
            String name = customer.get().strip();
            if (!directory.byName(teamId, name).isEmpty()) {
                persons.add(name);
                result = without(result, Entities.CUSTOMER);
            } else if (NOT_A_CUSTOMER.matcher(name).find()) {
                result = without(result, Entities.CUSTOMER);
            } else {
                String lower = name.toLowerCase(Locale.ROOT);
                // A "person" that is only a piece of the customer's name came from the same words.
                persons.removeIf(
                        p -> directory.byName(teamId, p).isEmpty() && lower.contains(p.toLowerCase(Locale.ROOT)));
            }
        }
        if (!persons.equals(entities.persons())) {
            result = persons.isEmpty() ? without(result, Entities.PERSONS) : result.with(Entities.PERSONS, persons);
        }
        return result;
    }

    private static Entities without(Entities entities, String key) {
        Map<String, Object> values = new LinkedHashMap<>(entities.values());
        values.remove(key);
        return new Entities(values);
    }
}
