package com.salesbot.nlp.train;

import com.salesbot.nlp.intent.CueFeatures;
import com.salesbot.nlp.intent.MessageShapeFeatures;
import com.salesbot.nlp.intent.NameFeatures;
import com.salesbot.nlp.intent.StemmedWordFeatures;
import com.salesbot.nlp.intent.WordShapeFeatures;
import com.salesbot.nlp.text.ChatTokenizer;
import java.io.IOException;
import java.util.List;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/** Trains the intent categoriser from corpus examples; same corpus and settings, same model. */
public final class IntentTrainer {
    private final TrainingParameters params;
    private final FeatureGenerator[] features;

    /** The bundled model's settings. */
    public IntentTrainer() {
        this(defaultParameters(), defaultFeatures());
    }

    /** Another algorithm or iteration count over the default features, for comparisons. */
    public IntentTrainer(String algorithm, int iterations) {
        this(parameters(algorithm, iterations, 1), defaultFeatures());
    }

    public IntentTrainer(TrainingParameters params, FeatureGenerator... features) {
        this.params = params;
        this.features = features.clone();
    }

    /** The bundled model's training parameters. */
    public static TrainingParameters defaultParameters() {
        return parameters("MAXENT_QN", 100, 1);
    }

    /** Parameters for {@code algorithm} with one training thread, so training is reproducible. */
    public static TrainingParameters parameters(String algorithm, int iterations, int cutoff) {
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put("Threads", 1);
        return params;
    }

    /** The feature generators of the bundled model. */
    public static FeatureGenerator[] defaultFeatures() {
        return new FeatureGenerator[] {
            new StemmedWordFeatures(),
            new WordShapeFeatures(),
            new CueFeatures(),
            new MessageShapeFeatures(),
            new NameFeatures()
        };
    }

    /** A model trained on {@code examples}. */
    public DoccatModel train(List<CorpusExample> examples) throws IOException {
        List<DocumentSample> samples = examples.stream()
                .map(e -> {
                    ChatTokenizer.Tokenized tokenized = ChatTokenizer.analyse(e.text());
                    return new DocumentSample(
                            e.intent(), tokenized.tokens(), NameFeatures.extraInformation(tokenized));
                })
                .toList();
        DoccatFactory factory = new DoccatFactory(features.clone());
        return DocumentCategorizerME.train("mul", ObjectStreamUtils.createObjectStream(samples), params, factory);
    }
}
