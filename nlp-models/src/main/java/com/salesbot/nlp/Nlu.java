package com.salesbot.nlp;

import com.salesbot.core.nlu.IntentParser;
import com.salesbot.nlp.command.KeywordIntentParser;
import com.salesbot.nlp.intent.IntentClassifier;
import com.salesbot.nlp.intent.OpenNlpIntentParser;
import com.salesbot.nlp.names.NameFinder;
import com.salesbot.nlp.normalize.EntityExtractor;

/** The module's front door: the best intent parser this build ships. */
public final class Nlu {
    private Nlu() {}

    /** The trained OpenNLP parser, or the keyword parser when no model is bundled. */
    public static IntentParser defaultParser() {
        EntityExtractor extractor = new EntityExtractor();
        return IntentClassifier.bundled()
                .<IntentParser>map(classifier -> new OpenNlpIntentParser(classifier, extractor, NameFinder.bundled()))
                .orElseGet(() -> new KeywordIntentParser(extractor));
    }
}
