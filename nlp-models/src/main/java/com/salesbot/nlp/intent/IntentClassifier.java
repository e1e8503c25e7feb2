package com.salesbot.nlp.intent;

import com.salesbot.core.nlu.Intent;
import com.salesbot.core.nlu.ParsedMessage.ScoredIntent;
import com.salesbot.nlp.text.ChatTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/** The trained OpenNLP document categoriser: tokens in, intents ranked by probability out. */
public final class IntentClassifier {
    /** Where the build keeps the intent model on the classpath. */
    public static final String MODEL_RESOURCE = "/models/intent.bin";

    private final DoccatModel model;

    public IntentClassifier(DoccatModel model) {
        this.model = model;
    }

    /** Loads the bundled model; empty when this build ships none. */
    public static java.util.Optional<IntentClassifier> bundled() {
        try (InputStream in = IntentClassifier.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new IntentClassifier(new DoccatModel(in)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MODEL_RESOURCE, e);
        }
    }

    /** Every intent the model knows, best first. */
    public List<ScoredIntent> classify(String text) {
        ChatTokenizer.Tokenized tokenized = ChatTokenizer.analyse(text);
        // A categoriser instance per call: construction is cheap and the class makes no thread-safety promise.
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        double[] probabilities = categorizer.categorize(tokenized.tokens(), NameFeatures.extraInformation(tokenized));
        List<ScoredIntent> ranked = new ArrayList<>(probabilities.length);
        for (int i = 0; i < probabilities.length; i++) {
            ranked.add(new ScoredIntent(Intent.fromWireName(categorizer.getCategory(i)), probabilities[i]));
        }
        ranked.sort(Comparator.comparingDouble(ScoredIntent::confidence).reversed());
        return ranked;
    }
}
