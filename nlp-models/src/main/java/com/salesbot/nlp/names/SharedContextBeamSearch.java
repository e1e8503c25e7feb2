package com.salesbot.nlp.names;

import java.util.Arrays;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * OpenNLP's name-finder beam search with the beam-independent work done once per token.
 *
 * <p>The default name context depends on earlier decisions only through four trailing
 * "previous outcome" features; everything else is the same for every entry in the beam. OpenNLP
 * regenerates and rescores all of it for each entry (three times per token), which made the name
 * finder most of the cost of a Chinese message, where every character is a token. Here the shared
 * features are scored once per token and each entry adds only its four. Sums run in the same
 * order and the selection rule is OpenNLP's, so results are bit-identical to {@code BeamSearch}
 * (a test compares both on every corpus message).
 */
final class SharedContextBeamSearch implements SequenceClassificationModel {
    private static final Object[] NO_CONTEXT = new Object[0];
    private static final int ZERO_LOG = -100000;
    private static final String SEQUENCE_MODEL = "nameFinder.model";
    private static final String FEATURE_DESCRIPTOR = "generator.featuregen";

    private final int size;
    private final Map<String, Context> predicates;
    private final String[] outcomes;
    private final double logPrior;

    /**
     * The same model with this search in place of OpenNLP's, when it is the maxent model this search
     * knows how to score; any other model is returned as it is.
     */
    static TokenNameFinderModel around(TokenNameFinderModel model) {
        Object artifact = model.getArtifact(SEQUENCE_MODEL);
        String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        if (!(artifact instanceof GISModel maxent) || beam == null) {
            return model;
        }
        @SuppressWarnings("unchecked")
        Map<String, Context> predicates = (Map<String, Context>) maxent.getDataStructures()[1];
        String[] outcomes = new String[maxent.getNumOutcomes()];
        Arrays.setAll(outcomes, maxent::getOutcome);
        byte[] descriptor = model.getArtifact(FEATURE_DESCRIPTOR);
        return new TokenNameFinderModel(
                model.getLanguage(),
                new SharedContextBeamSearch(Integer.parseInt(beam), predicates, outcomes),
                descriptor,
                Map.of(),
                Map.of(),
                model.getSequenceCodec(),
                new MemoizedNameFeatures(descriptor, model.getSequenceCodec()));
    }

    SharedContextBeamSearch(int size, Map<String, Context> predicates, String[] outcomes) {
        this.size = size;
        this.predicates = predicates;
        this.outcomes = outcomes.clone();
        // UniformPrior, as GISModel uses when loaded from a model file
        this.logPrior = Math.log(1.0 / outcomes.length);
    }

    @Override
    public <T> Sequence bestSequence(
            T[] sequence,
            Object[] additionalContext,
            BeamSearchContextGenerator<T> cg,
            SequenceValidator<T> validator) {
        Sequence[] best = bestSequences(1, sequence, additionalContext, cg, validator);
        return best.length > 0 ? best[0] : null;
    }

    @Override
    public <T> Sequence[] bestSequences(
            int numSequences,
            T[] sequence,
            Object[] additionalContext,
            BeamSearchContextGenerator<T> cg,
            SequenceValidator<T> validator) {
        return bestSequences(numSequences, sequence, additionalContext, ZERO_LOG, cg, validator);
    }

    @Override
    public <T> Sequence[] bestSequences(
            int numSequences,
            T[] sequence,
            Object[] additionalContext,
            double minSequenceScore,
            BeamSearchContextGenerator<T> cg,
            SequenceValidator<T> validator) {
        Object[] context = additionalContext == null ? NO_CONTEXT : additionalContext;
        int n = outcomes.length;
        double[] shared = new double[n];
        double[] scores = new double[n];
        double[] sorted = new double[n];
        Queue<Sequence> prev = new PriorityQueue<>(size);
        Queue<Sequence> next = new PriorityQueue<>(size);
        prev.add(new Sequence());
        for (int i = 0; i < sequence.length; i++) {
            // null decisions: the context without the four previous-outcome features
            String[] common = cg.getContext(i, sequence, null, context);
            Arrays.fill(shared, logPrior);
            for (String feature : common) {
                add(feature, shared);
            }
            String token = String.valueOf(sequence[i]);
            String tokenClass = FeatureGeneratorUtil.tokenFeature(token);
            int sz = Math.min(size, prev.size());
            for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
                Sequence top = prev.remove();
                String[] decided = top.getOutcomes().toArray(new String[0]);
                String po = i > 0 ? decided[i - 1] : NameFinderME.OTHER;
                String ppo = i > 1 ? decided[i - 2] : NameFinderME.OTHER;
                System.arraycopy(shared, 0, scores, 0, n);
                add("po=" + po, scores);
                add("pow=" + po + "," + token, scores);
                add("powf=" + po + "," + tokenClass, scores);
                add("ppo=" + ppo, scores);
                normalise(scores);
                extend(top, i, sequence, decided, scores, sorted, minSequenceScore, validator, next);
            }
            prev.clear();
            Queue<Sequence> tmp = prev;
            prev = next;
            next = tmp;
        }
        int count = Math.min(numSequences, prev.size());
        Sequence[] best = new Sequence[count];
        for (int k = 0; k < count; k++) {
            best[k] = prev.remove();
        }
        return best;
    }

    // OpenNLP's rule: keep the entry's `size` best outcomes; if none is valid, every valid one
    private <T> void extend(
            Sequence top,
            int i,
            T[] sequence,
            String[] decided,
            double[] scores,
            double[] sorted,
            double minSequenceScore,
            SequenceValidator<T> validator,
            Queue<Sequence> next) {
        System.arraycopy(scores, 0, sorted, 0, scores.length);
        Arrays.sort(sorted);
        double min = sorted[Math.max(0, scores.length - size)];
        for (int p = 0; p < scores.length; p++) {
            if (scores[p] >= min && validator.validSequence(i, sequence, decided, outcomes[p])) {
                Sequence candidate = new Sequence(top, outcomes[p], scores[p]);
                if (candidate.getScore() > minSequenceScore) {
                    next.add(candidate);
                }
            }
        }
        if (next.isEmpty()) {
            for (int p = 0; p < scores.length; p++) {
                if (validator.validSequence(i, sequence, decided, outcomes[p])) {
                    Sequence candidate = new Sequence(top, outcomes[p], scores[p]);
                    if (candidate.getScore() > minSequenceScore) {
                        next.add(candidate);
                    }
                }
            }
        }
    }

    private void add(String feature, double[] sums) {
        Context parameters = predicates.get(feature);
        if (parameters == null) {
            return;
        }
        int[] targets = parameters.getOutcomes();
        double[] weights = parameters.getParameters();
        for (int k = 0; k < targets.length; k++) {
            sums[targets[k]] += weights[k];
        }
    }

    // GISModel.eval's normalisation, StrictMath included, so probabilities match to the bit
    private static void normalise(double[] sums) {
        double total = 0.0;
        for (int o = 0; o < sums.length; o++) {
            sums[o] = StrictMath.exp(sums[o]);
            total += sums[o];
        }
        for (int o = 0; o < sums.length; o++) {
            sums[o] /= total;
        }
    }

    @Override
    public String[] getOutcomes() {
        return outcomes.clone();
    }
}
