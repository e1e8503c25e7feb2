package com.salesbot.nlp.names;

import com.salesbot.nlp.train.CorpusExample;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/** Trains the customer/contact/competitor name finder from the corpora. */
public final class NameFinderTrainer {
    private final int iterations;
    private final int variants;

    public NameFinderTrainer() {
        this(100, Integer.getInteger("salesbot.names.variants", 2));
    }

    /** @param variants how many copies of each sample with invented names to train on besides the original */
    public NameFinderTrainer(int iterations, int variants) {
        this.iterations = iterations;
        this.variants = variants;
    }

    /** A model trained on every example whose labelled names can be located in its text. */
    public TokenNameFinderModel train(List<CorpusExample> examples) throws IOException {
        List<NameSample> found =
                examples.stream().map(NameSamples::of).flatMap(Optional::stream).toList();
        List<NameSample> samples = new ArrayList<>(found);
        for (int copy = 1; copy <= variants; copy++) {
            for (NameSample sample : found) {
                if (sample.getNames().length > 0) {
                    samples.add(NameSwap.variant(sample, copy));
                }
            }
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put("Threads", 1);
        return NameFinderME.train(
                "mul", null, ObjectStreamUtils.createObjectStream(samples), params, new TokenNameFinderFactory());
    }
}
