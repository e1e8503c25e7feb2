package com.salesbot.core.customer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The comparable form of a customer name: "Acme Corp.", "ACME  corp" and "acme" share one key, as do
 * "华为技术有限公司" and "华为技术". Case, width, spacing, punctuation and legal-form suffixes are ignored.
 */
public final class CustomerKey {
    /** Latin legal forms, dropped only as whole trailing words ("Costco" keeps its "co"). */
    private static final Set<String> LATIN_SUFFIXES = Set.of(
            "inc",
            "incorporated",
            "ltd",
            "limited",
            "corp",
            "corporation",
            "co",
            "company",
            "llc",
            "plc",
            "gmbh",
            "group");

    /** Chinese legal forms, longest first so "有限公司" goes before "公司" would leave "有限". */
    private static final List<String> HAN_SUFFIXES = List.of("股份有限公司", "有限责任公司", "有限公司", "集团公司", "公司", "集团");

    private CustomerKey() {}

    /** The key of a name; a name made only of a suffix keeps it, so no customer gets an empty key. */
    public static String of(String name) {
        String folded = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .strip();
        List<String> words = new ArrayList<>(List.of(folded.split("[\\s\\p{Punct}，。、（）·]+")));
        words.removeIf(String::isEmpty);
        while (words.size() > 1 && LATIN_SUFFIXES.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        String joined = String.join("", words);
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String suffix : HAN_SUFFIXES) {
                if (joined.endsWith(suffix) && joined.length() > suffix.length()) {
                    joined = joined.substring(0, joined.length() - suffix.length());
                    stripped = true;
                    break;
                }
            }
        }
        return joined;
    }
}
