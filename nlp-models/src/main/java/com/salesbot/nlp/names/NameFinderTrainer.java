package com.salesbot.nlp.names;

import com.salesbot.nlp.train.CorpusExample;
import java.io.IOException;
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

    public NameFinderTrainer() {
        this(100);
    }

    public NameFinderTrainer(int iterations) {
        this.iterations = iterations;
    }

    /** A model trained on every example whose labelled names can be located in its text. */
    public TokenNameFinderModel train(List<CorpusExample> examples) throws IOException {
        List<NameSample> samples =
                examples.stream().map(NameSamples::of).flatMap(Optional::stream).toList();
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put("Threads", 1);
        return NameFinderME.train(
                "mul", null, ObjectStreamUtils.createObjectStream(samples), params, new TokenNameFinderFactory());
    }
}
