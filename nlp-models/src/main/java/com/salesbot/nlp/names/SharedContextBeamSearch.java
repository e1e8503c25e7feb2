package com.salesbot.nlp.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameFinderSequenceValidator;
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
 * features are scored once per token and each entry adds only its four. A token's features, and a
 * pair of neighbours' bigram features, are looked up in the model once and kept, and the beam keeps
 * each entry as a link to its parent instead of a copy of every decision so far. Sums run in the
 * same order and the selection rule is OpenNLP's, so results are bit-identical to {@code BeamSearch}
 * (a test compares both on every corpus message).
 */
final class SharedContextBeamSearch implements SequenceClassificationModel {
    private static final Object[] NO_CONTEXT = new Object[0];
    private static final int ZERO_LOG = -100000;
    private static final String SEQUENCE_MODEL = "nameFinder.model";
    private static final String FEATURE_DESCRIPTOR = "generator.featuregen";
    private static final int MAX_CACHED_TOKENS = 50_000;
    private static final int MAX_CACHED_PAIRS = 100_000;

    private final int size;
    private final Map<String, Context> predicates;
    private final String[] outcomes;
    private final double logPrior;
    // index n stands for NameFinderME.OTHER when the model has no outcome of that name
    private final int other;
    private final Context[] previousOutcome;
    private final Context[] outcomeBeforePrevious;
    // the default features after the windows that do not depend on the token
    private final Weights priorAndNoDecision;
    private final Context sentenceBegin;
    // what the validator OpenNLP's name finder uses allows: row 0 at the start, row p + 1 after outcome p
    private final boolean[][] allowed;
    // each token's features, looked up once per token string: a bounded vocabulary
    private final Map<String, TokenWeights> byToken = new ConcurrentHashMap<>();
    private final AtomicInteger cachedPairs = new AtomicInteger();

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
        Map<String, Integer> outcomeIndex = new HashMap<>();
        this.previousOutcome = new Context[outcomes.length + 1];
        this.outcomeBeforePrevious = new Context[outcomes.length + 1];
        for (int o = 0; o <= outcomes.length; o++) {
            String outcome = outcome(o);
            outcomeIndex.putIfAbsent(outcome, o);
            previousOutcome[o] = predicates.get("po=" + outcome);
            outcomeBeforePrevious[o] = predicates.get("ppo=" + outcome);
        }
        this.other = outcomeIndex.get(NameFinderME.OTHER);
        this.priorAndNoDecision = weightsOf(predicates.get("def"), predicates.get("pd=null"));
        this.sentenceBegin = predicates.get("S=begin");
        NameFinderSequenceValidator validator = new NameFinderSequenceValidator();
        this.allowed = new boolean[outcomes.length + 1][outcomes.length];
        for (int before = -1; before < outcomes.length; before++) {
            String[] decided = before < 0 ? new String[0] : new String[] {outcomes[before]};
            for (int o = 0; o < outcomes.length; o++) {
                allowed[before + 1][o] = validator.validSequence(decided.length, decided, decided, outcomes[o]);
            }
        }
    }

    private String outcome(int o) {
        return o < outcomes.length ? outcomes[o] : NameFinderME.OTHER;
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
        SplitNameContext split = cg instanceof SplitNameContext s ? s : null;
        boolean defaultRest = split != null && split.restIsDefaultWithoutDecisions();
        // OpenNLP's name finder always brings this validator; any other is asked every time
        boolean tabled = validator != null && validator.getClass() == NameFinderSequenceValidator.class;
        TokenWeights[] tokens = tokenWeights(sequence);
        Weights[][] windows = split == null ? null : windows(split, tokens);
        Pair[] pairs = defaultRest ? pairs(tokens) : null;
        List<String> restFeatures = new ArrayList<>();
        Queue<Node> prev = new PriorityQueue<>(size);
        Queue<Node> next = new PriorityQueue<>(size);
        prev.add(Node.ROOT);
        for (int i = 0; i < sequence.length; i++) {
            // null decisions: the context without the four previous-outcome features
            Arrays.fill(shared, logPrior);
            if (split == null) {
                for (String feature : cg.getContext(i, sequence, null, context)) {
                    add(predicates.get(feature), shared);
                }
            } else {
                addWindows(split, windows, i, shared);
                if (defaultRest) {
                    addDefaultRest(pairs, i, shared);
                } else {
                    restFeatures.clear();
                    split.restFeatures(restFeatures, texts(sequence), i);
                    for (String feature : restFeatures) {
                        add(predicates.get(feature), shared);
                    }
                }
            }
            TokenWeights token = tokens[i];
            int sz = Math.min(size, prev.size());
            for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
                Node top = prev.remove();
                int p = i > 0 ? top.outcome : other;
                int pp = i > 1 ? top.parent.outcome : other;
                System.arraycopy(shared, 0, scores, 0, n);
                token.afterOutcome[p].addTo(scores);
                add(outcomeBeforePrevious[pp], scores);
                normalise(scores);
                boolean[] valid = tabled ? allowed[i > 0 ? p + 1 : 0] : null;
                String[] decided = tabled ? null : top.decisions(outcomes);
                extend(top, i, sequence, decided, valid, scores, sorted, minSequenceScore, validator, next);
            }
            prev.clear();
            Queue<Node> tmp = prev;
            prev = next;
            next = tmp;
        }
        int count = Math.min(numSequences, prev.size());
        Sequence[] best = new Sequence[count];
        for (int k = 0; k < count; k++) {
            best[k] = prev.remove().toSequence(outcomes);
        }
        return best;
    }

    // The window features OpenNLP's context lists first for token i, in its order: each window's
    // slots (the token, p1, p2, n1, n2).
    private static void addWindows(SplitNameContext split, Weights[][] windows, int i, double[] sums) {
        int slots = SplitNameContext.WINDOW_OFFSETS.length;
        for (int w = 0; w < split.windows(); w++) {
            for (int slot = 0; slot < slots; slot++) {
                int at = i + SplitNameContext.WINDOW_OFFSETS[slot];
                if (at >= 0 && at < windows.length) {
                    windows[at][w * slots + slot].addTo(sums);
                }
            }
        }
    }

    // OpenNLP's default features after the windows, in its order: def, pd=null (nothing remembered),
    // pw,w and pwc,wc (a token before), w,nw and wc,nc (a token after), S=begin (the first token)
    private void addDefaultRest(Pair[] pairs, int i, double[] sums) {
        priorAndNoDecision.addTo(sums);
        if (i > 0) {
            pairs[i - 1].second().addTo(sums);
        }
        if (i < pairs.length) {
            pairs[i].first().addTo(sums);
        }
        if (i == 0) {
            add(sentenceBegin, sums);
        }
    }

    private TokenWeights[] tokenWeights(Object[] sequence) {
        TokenWeights[] tokens = new TokenWeights[sequence.length];
        for (int t = 0; t < sequence.length; t++) {
            String token = String.valueOf(sequence[t]);
            TokenWeights known = byToken.get(token);
            if (known == null) {
                known = new TokenWeights(token);
                // a cap keeps a flood of novel tokens from growing the cache without end
                if (byToken.size() < MAX_CACHED_TOKENS) {
                    byToken.put(token, known);
                }
            }
            tokens[t] = known;
        }
        return tokens;
    }

    private Weights[][] windows(SplitNameContext split, TokenWeights[] tokens) {
        Weights[][] windows = new Weights[tokens.length][];
        for (int t = 0; t < tokens.length; t++) {
            windows[t] = tokens[t].windows(split);
        }
        return windows;
    }

    // the bigram features of each two neighbours, pairs[k] for tokens k and k + 1
    private Pair[] pairs(TokenWeights[] tokens) {
        Pair[] pairs = new Pair[Math.max(0, tokens.length - 1)];
        for (int k = 0; k < pairs.length; k++) {
            pairs[k] = tokens[k].before(tokens[k + 1]);
        }
        return pairs;
    }

    /** One token's features: its window features and its previous-outcome features, by outcome. */
    private final class TokenWeights {
        private final String token;
        private final String tokenClass;
        // by previous outcome (index n: NameFinderME.OTHER), the po=, pow= and powf= parameters
        final Weights[] afterOutcome;
        // set once, when first needed; every thread computes the same arrays
        private volatile Weights[] windows;
        private final Map<String, Pair> followers = new ConcurrentHashMap<>();

        TokenWeights(String token) {
            this.token = token;
            this.tokenClass = FeatureGeneratorUtil.tokenFeature(token);
            this.afterOutcome = new Weights[outcomes.length + 1];
            for (int o = 0; o <= outcomes.length; o++) {
                afterOutcome[o] = weightsOf(
                        previousOutcome[o],
                        predicates.get("pow=" + outcome(o) + "," + token),
                        predicates.get("powf=" + outcome(o) + "," + tokenClass));
            }
        }

        Weights[] windows(SplitNameContext split) {
            Weights[] known = windows;
            if (known == null) {
                known = windowsOf(split, token);
                windows = known;
            }
            return known;
        }

        // the bigram features of this token followed by `next`
        Pair before(TokenWeights next) {
            Pair known = followers.get(next.token);
            if (known == null) {
                known = new Pair(
                        weightsOf(
                                predicates.get("w,nw=" + token + "," + next.token),
                                predicates.get("wc,nc=" + tokenClass + "," + next.tokenClass)),
                        weightsOf(
                                predicates.get("pw,w=" + token + "," + next.token),
                                predicates.get("pwc,wc=" + tokenClass + "," + next.tokenClass)));
                // bounded like the tokens: pairs of a large vocabulary could grow without end
                if (cachedPairs.get() < MAX_CACHED_PAIRS && followers.putIfAbsent(next.token, known) == null) {
                    cachedPairs.incrementAndGet();
                }
            }
            return known;
        }
    }

    /**
     * The bigram features of two neighbouring tokens: those the first one gets (w,nw then wc,nc) and
     * those the second one gets (pw,w then pwc,wc), each pair laid end to end.
     */
    private record Pair(Weights first, Weights second) {}

    // the parameters of the features present, in the order given, laid end to end
    private static Weights weightsOf(Context... features) {
        List<Context> present = new ArrayList<>(features.length);
        for (Context feature : features) {
            if (feature != null) {
                present.add(feature);
            }
        }
        return Weights.of(present);
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

    /**
     * A beam entry: its last decision and a link to the entry it extends. It orders and scores like
     * OpenNLP's {@code Sequence} (score = the parent's + log p), so the queues pick the same entries.
     */
    private static final class Node implements Comparable<Node> {
        static final Node ROOT = new Node(null, -1, 1.0, 0.0, 0);

        final Node parent;
        final int outcome;
        final double probability;
        final double score;
        final int length;

        private Node(Node parent, int outcome, double probability, double score, int length) {
            this.parent = parent;
            this.outcome = outcome;
            this.probability = probability;
            this.score = score;
            this.length = length;
        }

        Node then(int outcome, double probability) {
            return new Node(this, outcome, probability, score + StrictMath.log(probability), length + 1);
        }

        @Override
        public int compareTo(Node other) {
            return Double.compare(other.score, score);
        }

        String[] decisions(String[] names) {
            String[] decided = new String[length];
            for (Node node = this; node.length > 0; node = node.parent) {
                decided[node.length - 1] = names[node.outcome];
            }
            return decided;
        }

        // the same outcomes, probabilities and score as the Sequence OpenNLP's search would have built
        Sequence toSequence(String[] names) {
            Node[] path = new Node[length];
            for (Node node = this; node.length > 0; node = node.parent) {
                path[node.length - 1] = node;
            }
            Sequence sequence = new Sequence();
            for (Node node : path) {
                sequence.add(names[node.outcome], node.probability);
            }
            return sequence;
        }
    }

    private static String[] texts(Object[] sequence) {
        return sequence instanceof String[] strings
                ? strings
                : Arrays.stream(sequence).map(String::valueOf).toArray(String[]::new);
    }

    // OpenNLP's rule: keep the entry's `size` best outcomes; if none is valid, every valid one
    private <T> void extend(
            Node top,
            int i,
            T[] sequence,
            String[] decided,
            boolean[] valid,
            double[] scores,
            double[] sorted,
            double minSequenceScore,
            SequenceValidator<T> validator,
            Queue<Node> next) {
        double min = kthLargest(scores, Math.min(size, scores.length), sorted);
        for (int p = 0; p < scores.length; p++) {
            if (scores[p] >= min && allows(valid, validator, i, sequence, decided, p)) {
                Node candidate = top.then(p, scores[p]);
                if (candidate.score > minSequenceScore) {
                    next.add(candidate);
                }
            }
        }
        if (next.isEmpty()) {
            for (int p = 0; p < scores.length; p++) {
                if (allows(valid, validator, i, sequence, decided, p)) {
                    Node candidate = top.then(p, scores[p]);
                    if (candidate.score > minSequenceScore) {
                        next.add(candidate);
                    }
                }
            }
        }
    }

    // What OpenNLP reads from the sorted scores, sorted[length - k], found without sorting them all:
    // the k best kept in descending order of Double.compare, the order Arrays.sort uses.
    // (OpenNLP's index max(0, length - size) is the smallest score when size >= length: k = length)
    private static double kthLargest(double[] scores, int k, double[] best) {
        int kept = 0;
        for (double score : scores) {
            if (kept == k && Double.compare(score, best[k - 1]) <= 0) {
                continue;
            }
            int at = kept < k ? kept++ : k - 1;
            while (at > 0 && Double.compare(best[at - 1], score) < 0) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = score;
        }
        return best[k - 1];
    }

    private <T> boolean allows(
            boolean[] valid, SequenceValidator<T> validator, int i, T[] sequence, String[] decided, int p) {
        if (valid != null) {
            return valid[p];
        }
        return validator == null || validator.validSequence(i, sequence, decided, outcomes[p]);
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
