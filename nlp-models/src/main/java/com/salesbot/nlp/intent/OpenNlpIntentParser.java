package com.salesbot.nlp.intent;

import com.salesbot.core.conversation.LanguageDetector;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.nlu.IntentParser;
import com.salesbot.core.nlu.ParsedMessage;
import com.salesbot.core.nlu.ParsedMessage.ScoredIntent;
import com.salesbot.nlp.normalize.EntityExtractor;
import java.time.ZonedDateTime;
import java.util.List;

/** The bot's NLU: OpenNLP intent classification, contract language rule, deterministic entities. */
public final class OpenNlpIntentParser implements IntentParser {
    private final IntentClassifier classifier;
    private final EntityExtractor extractor;

    public OpenNlpIntentParser(IntentClassifier classifier, EntityExtractor extractor) {
        this.classifier = classifier;
        this.extractor = extractor;
    }

    @Override
    public ParsedMessage parse(String text, ZonedDateTime now) {
        String safe = text == null ? "" : text;
        Lang lang = LanguageDetector.detect(safe);
        if (safe.isBlank()) {
            return new ParsedMessage(Intent.UNKNOWN, 1.0, lang, Entities.none());
        }
        List<ScoredIntent> ranked = classifier.classify(safe);
        ScoredIntent best = ranked.get(0);
        Entities entities = IntentEntityKeys.restrict(best.intent(), extractor.extract(safe, best.intent(), now));
        return new ParsedMessage(best.intent(), clamp(best.confidence()), lang, entities, ranked.subList(1, Math.min(3, ranked.size())));
    }

    private static double clamp(double p) {
        return Math.max(0.0, Math.min(1.0, p));
    }
}
