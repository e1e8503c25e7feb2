package com.salesbot.nlp.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
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
    private static final int MAX_CACHED_TOKENS = 50_000;

    private final int size;
    private final Map<String, Context> predicates;
    private final String[] outcomes;
    private final double logPrior;
    // the four previous-outcome features cost a string and a lookup per beam entry; most repeat
    private final Map<String, Integer> outcomeIndex = new HashMap<>();
    private final Context[] previousOutcome;
    private final Context[] outcomeBeforePrevious;
    // each token's window features, looked up once per token string: a bounded vocabulary
    private final Map<String, Weights[]> windowsByToken = new ConcurrentHashMap<>();

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
        // index n stands for NameFinderME.OTHER when the model has no outcome of that name
        this.previousOutcome = new Context[outcomes.length + 1];
        this.outcomeBeforePrevious = new Context[outcomes.length + 1];
        for (int o = 0; o <= outcomes.length; o++) {
            String outcome = o < outcomes.length ? outcomes[o] : NameFinderME.OTHER;
            outcomeIndex.putIfAbsent(outcome, o);
            previousOutcome[o] = predicates.get("po=" + outcome);
            outcomeBeforePrevious[o] = predicates.get("ppo=" + outcome);
        }
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
        // per token: the pow= and powf= parameters by previous outcome, looked up when first needed
        Context[] withToken = new Context[n + 1];
        Context[] withTokenClass = new Context[n + 1];
        boolean[] looked = new boolean[n + 1];
        SplitNameContext split = cg instanceof SplitNameContext s ? s : null;
        Weights[][] windows = split == null ? null : windows(split, sequence);
        List<String> restFeatures = new ArrayList<>();
        Queue<Sequence> prev = new PriorityQueue<>(size);
        Queue<Sequence> next = new PriorityQueue<>(size);
        prev.add(new Sequence());
        for (int i = 0; i < sequence.length; i++) {
            // null decisions: the context without the four previous-outcome features
            Arrays.fill(shared, logPrior);
            if (split == null) {
                for (String feature : cg.getContext(i, sequence, null, context)) {
                    add(feature, shared);
                }
            } else {
                addShared(split, windows, sequence, i, restFeatures, shared);
            }
            String token = String.valueOf(sequence[i]);
            String tokenClass = FeatureGeneratorUtil.tokenFeature(token);
            Arrays.fill(looked, false);
            int sz = Math.min(size, prev.size());
            for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
                Sequence top = prev.remove();
                String[] decided = top.getOutcomes().toArray(new String[0]);
                String po = i > 0 ? decided[i - 1] : NameFinderME.OTHER;
                String ppo = i > 1 ? decided[i - 2] : NameFinderME.OTHER;
                System.arraycopy(shared, 0, scores, 0, n);
                Integer p = outcomeIndex.get(po);
                Integer pp = outcomeIndex.get(ppo);
                if (p == null || pp == null) {
                    add("po=" + po, scores);
                    add("pow=" + po + "," + token, scores);
                    add("powf=" + po + "," + tokenClass, scores);
                    add("ppo=" + ppo, scores);
                } else {
                    if (!looked[p]) {
                        withToken[p] = predicates.get("pow=" + po + "," + token);
                        withTokenClass[p] = predicates.get("powf=" + po + "," + tokenClass);
                        looked[p] = true;
                    }
                    add(previousOutcome[p], scores);
                    add(withToken[p], scores);
                    add(withTokenClass[p], scores);
                    add(outcomeBeforePrevious[pp], scores);
                }
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

    // The features OpenNLP's context lists for token i, in its order: each window's slots
    // (the token, p1, p2, n1, n2), then the other generators' features.
    private void addShared(
            SplitNameContext split,
            Weights[][] windows,
            Object[] sequence,
            int i,
            List<String> restFeatures,
            double[] sums) {
        int slots = SplitNameContext.WINDOW_OFFSETS.length;
        for (int w = 0; w < split.windows(); w++) {
            for (int slot = 0; slot < slots; slot++) {
                int at = i + SplitNameContext.WINDOW_OFFSETS[slot];
                if (at >= 0 && at < sequence.length) {
                    windows[at][w * slots + slot].addTo(sums);
                }
            }
        }
        restFeatures.clear();
        split.restFeatures(restFeatures, tokens(sequence), i);
        for (String feature : restFeatures) {
            add(feature, sums);
        }
    }

    private Weights[][] windows(SplitNameContext split, Object[] sequence) {
        Weights[][] windows = new Weights[sequence.length][];
        for (int t = 0; t < sequence.length; t++) {
            String token = String.valueOf(sequence[t]);
            Weights[] known = windowsByToken.get(token);
            if (known == null) {
                known = windowsOf(split, token);
                // a cap keeps a flood of novel tokens from growing the cache without end
                if (windowsByToken.size() < MAX_CACHED_TOKENS) {
                    windowsByToken.put(token, known);
                }
            }
            windows[t] = known;
        }
        return windows;
    }

    // for each window and slot, the parameters of the token's features there (absent ones left out)
    private Weights[] windowsOf(SplitNameContext split, String token) {
        String[] prefixes = SplitNameContext.WINDOW_PREFIXES;
        Weights[] slots = new Weights[split.windows() * prefixes.length];
        for (int w = 0; w < split.windows(); w++) {
            List<String> features = split.tokenFeatures(w, token);
            for (int slot = 0; slot < prefixes.length; slot++) {
                List<Context> found = new ArrayList<>(features.size());
                for (String feature : features) {
                    Context parameters = predicates.get(prefixes[slot] + feature);
                    if (parameters != null) {
                        found.add(parameters);
                    }
                }
                slots[w * prefixes.length + slot] = Weights.of(found);
            }
        }
        return slots;
    }

    /**
     * Several features' parameters laid end to end, added in the same order as one by one, so a
     * token's window features cost two arrays the cache keeps instead of two per feature in the model.
     */
    private record Weights(int[] targets, double[] weights) {
        static Weights of(List<Context> features) {
            int n = 0;
            for (Context feature : features) {
                n += feature.getOutcomes().length;
            }
            int[] targets = new int[n];
            double[] weights = new double[n];
            int at = 0;
            for (Context feature : features) {
                int length = feature.getOutcomes().length;
                System.arraycopy(feature.getOutcomes(), 0, targets, at, length);
                System.arraycopy(feature.getParameters(), 0, weights, at, length);
                at += length;
            }
            return new Weights(targets, weights);
        }

        void addTo(double[] sums) {
            for (int k = 0; k < targets.length; k++) {
                sums[targets[k]] += weights[k];
            }
        }
    }

    private static String[] tokens(Object[] sequence) {
        return sequence instanceof String[] strings
                ? strings
                : Arrays.stream(sequence).map(String::valueOf).toArray(String[]::new);
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
        add(predicates.get(feature), sums);
    }

    private static void add(Context parameters, double[] sums) {
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
