package com.salesbot.nlp.intent;

import com.salesbot.core.nlu.Intent;
import com.salesbot.core.nlu.ParsedMessage.ScoredIntent;
import com.salesbot.nlp.text.ChatTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.model.MaxentModel;

/** The trained OpenNLP document categoriser: tokens in, intents ranked by probability out. */
public final class IntentClassifier {
    /** Where the build keeps the intent model on the classpath. */
    public static final String MODEL_RESOURCE = "/models/intent.bin";

    private final DoccatModel model;
    // the model's own weights in a faster layout, when it is the kind the trainer writes
    private final Optional<IntentWeights> weights;
    private final FeatureGenerator[] features;
    private final Intent[] intents;

    public IntentClassifier(DoccatModel model) {
        this.model = model;
        MaxentModel maxent = model.getMaxentModel();
        this.weights = IntentWeights.of(maxent);
        this.features = model.getFactory().getFeatureGenerators();
        this.intents = new Intent[maxent.getNumOutcomes()];
        Arrays.setAll(intents, i -> Intent.fromWireName(maxent.getOutcome(i)));
    }

    /** Loads the bundled model; empty when this build ships none. */
    public static Optional<IntentClassifier> bundled() {
        try (InputStream in = IntentClassifier.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new IntentClassifier(new DoccatModel(in)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MODEL_RESOURCE, e);
        }
    }

    /** Every intent the model knows, best first. */
    public List<ScoredIntent> classify(String text) {
        ChatTokenizer.Tokenized tokenized = ChatTokenizer.analyse(text);
        double[] probabilities = weights.isPresent()
                ? rows(tokenized, weights.get()).eval()
                // A categoriser instance per call: construction is cheap and the class makes no thread-safety promise.
                : new DocumentCategorizerME(model)
                        .categorize(tokenized.tokens(), NameFeatures.extraInformation(tokenized));
        List<ScoredIntent> ranked = new ArrayList<>(probabilities.length);
        for (int i : bestFirst(probabilities)) {
            ranked.add(new ScoredIntent(intents[i], probabilities[i]));
        }
        return ranked;
    }

    // outcome indexes by falling probability, ties in outcome order: what a stable sort by
    // Double.compare, reversed, gives, without a comparator call per comparison
    private static int[] bestFirst(double[] probabilities) {
        int[] order = new int[probabilities.length];
        for (int i = 0; i < order.length; i++) {
            int at = i;
            while (at > 0 && Double.compare(probabilities[order[at - 1]], probabilities[i]) < 0) {
                order[at] = order[at - 1];
                at--;
            }
            order[at] = i;
        }
        return order;
    }

    // the rows of what features(...) lists, the per-token generators' looked up without a string each
    FeatureRows rows(ChatTokenizer.Tokenized tokenized, IntentWeights table) {
        String[] tokens = tokenized.tokens();
        FeatureRows rows = new FeatureRows(table);
        Map<String, Object> extra = null;
        for (FeatureGenerator generator : features) {
            if (generator instanceof StemmedWordFeatures stems) {
                stems.addRows(tokens, rows);
            } else if (generator instanceof WordShapeFeatures shapes) {
                shapes.addRows(tokens, rows);
            } else {
                if (extra == null) {
                    extra = NameFeatures.extraInformation(tokenized);
                }
                rows.addAll(generator.extractFeatures(tokens, extra));
            }
        }
        return rows;
    }

    // what OpenNLP's document categoriser context lists: each generator's features in turn, repeats kept
    List<String> features(ChatTokenizer.Tokenized tokenized) {
        String[] tokens = tokenized.tokens();
        Map<String, Object> extra = NameFeatures.extraInformation(tokenized);
        List<String> all = new ArrayList<>(tokens.length * 6);
        for (FeatureGenerator generator : features) {
            all.addAll(generator.extractFeatures(tokens, extra));
        }
        return all;
    }
}
