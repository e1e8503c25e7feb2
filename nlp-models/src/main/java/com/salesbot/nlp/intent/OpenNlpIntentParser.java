package com.salesbot.nlp.intent;

import com.salesbot.core.conversation.LanguageDetector;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.nlu.IntentParser;
import com.salesbot.core.nlu.ParsedMessage;
import com.salesbot.core.nlu.ParsedMessage.ScoredIntent;
import com.salesbot.nlp.names.NameFinder;
import com.salesbot.nlp.names.NameSamples;
import com.salesbot.nlp.normalize.ChineseNameBoundary;
import com.salesbot.nlp.normalize.EnglishNameBoundary;
import com.salesbot.nlp.normalize.EntityExtractor;
import com.salesbot.nlp.normalize.PlausibleName;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The bot's NLU: OpenNLP intent classification, contract language rule, deterministic entities. */
public final class OpenNlpIntentParser implements IntentParser {
    private final IntentClassifier classifier;
    private final EntityExtractor extractor;
    private final Optional<NameFinder> names;

    public OpenNlpIntentParser(IntentClassifier classifier, EntityExtractor extractor) {
        this(classifier, extractor, Optional.empty());
    }

    /** With a trained name finder, customers, contacts and competitors come from it and from the patterns. */
    public OpenNlpIntentParser(IntentClassifier classifier, EntityExtractor extractor, Optional<NameFinder> names) {
        this.classifier = classifier;
        this.extractor = extractor;
        this.names = names;
    }

    @Override
    public ParsedMessage parse(String text, ZonedDateTime now) {
        String safe = text == null ? "" : text;
        Lang lang = LanguageDetector.detect(safe);
        if (safe.isBlank()) {
            return new ParsedMessage(Intent.UNKNOWN, 1.0, lang, Entities.none());
        }
        List<ScoredIntent> ranked = classifier.classify(safe);
        ScoredIntent best = ExplicitCommands.of(safe)
                .map(intent -> new ScoredIntent(intent, 1.0))
                .orElse(ranked.get(0));
        Entities entities = repairNameEdges(
                safe,
                withNames(
                        safe,
                        best.intent(),
                        lang,
                        IntentEntityKeys.restrict(best.intent(), extractor.extract(safe, best.intent(), now))));
        return new ParsedMessage(
                best.intent(), clamp(best.confidence()), lang, entities, ranked.subList(1, Math.min(3, ranked.size())));
    }

    private static double clamp(double p) {
        return Math.max(0.0, Math.min(1.0, p));
    }

    @Override
    public Entities entitiesFor(String text, Intent intent, ZonedDateTime now) {
        return IntentEntityKeys.restrict(intent, extractor.extract(text == null ? "" : text, intent, now));
    }

    /**
     * Names from the finder and the patterns, in the order measured best per language on the blind
     * held-out set: in English the patterns lead and the finder fills gaps (entity F1 0.970 against
     * 0.954 the other way round); in Chinese the finder leads (0.955 against 0.938).
     */
    private Entities withNames(String text, Intent intent, Lang lang, Entities entities) {
        if (names.isEmpty()) {
            return entities;
        }
        List<String> wanted = NameSamples.TYPES.stream()
                .filter(k -> IntentEntityKeys.of(intent).contains(k))
                .toList();
        boolean patternsLead = lang == Lang.EN;
        if (wanted.isEmpty() || (patternsLead && wanted.stream().allMatch(entities::has))) {
            return entities;
        }
        Map<String, String> found = names.get().find(text);
        Entities completed = entities;
        for (String key : wanted) {
            String name = found.get(key);
            if (!(patternsLead && entities.has(key))
                    && PlausibleName.test(name)
                    && !(key.equals(Entities.CUSTOMER) && namesAPerson(name, entities))) {
                completed = completed.with(key, name);
            }
        }
        return completed;
    }

    private static Entities repairNameEdges(String text, Entities entities) {
        // "met Acme": one name cannot be both the account and the person met there;
        // "Veeva poached an account": nor both the rival and the account
        Entities repaired =
                withoutEcho(withoutEcho(entities, Entities.CONTACT), Entities.CUSTOMER, Entities.COMPETITOR);
        for (String key : List.of(Entities.CUSTOMER, Entities.COMPETITOR)) {
            Object value = repaired.values().get(key);
            if (value instanceof String name) {
                String fixed = EnglishNameBoundary.repair(text, ChineseNameBoundary.repair(text, name));
                if (!fixed.equals(name) && PlausibleName.test(fixed)) {
                    repaired = repaired.with(key, fixed);
                } else if (!PlausibleName.test(name)) {
                    repaired = without(repaired, key);
                }
            }
        }
        return repaired;
    }

    private static Entities withoutEcho(Entities entities, String key) {
        return withoutEcho(entities, key, Entities.CUSTOMER);
    }

    private static Entities withoutEcho(Entities entities, String key, String other) {
        if (key.equals(other)
                || entities.text(key).isEmpty()
                || !entities.text(key)
                        .get()
                        .equalsIgnoreCase(entities.text(other).orElse(""))) {
            return entities;
        }
        return without(entities, key);
    }

    private static Entities without(Entities entities, String key) {
        Map<String, Object> values = new java.util.LinkedHashMap<>(entities.values());
        values.remove(key);
        return new Entities(values);
    }

    // "deals for Tom": a rep the message mentions is not an account, whoever found the name
    private static boolean namesAPerson(String name, Entities entities) {
        return entities.values().get(Entities.PERSONS) instanceof List<?> persons
                && persons.stream().anyMatch(p -> p.toString().equalsIgnoreCase(name.strip()));
    }
}
