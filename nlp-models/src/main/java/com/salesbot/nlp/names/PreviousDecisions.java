package com.salesbot.nlp.names;

import opennlp.tools.util.featuregen.PreviousMapFeatureGenerator;

/**
 * OpenNLP's previous-decision features, which can also tell when they remember nothing: then every
 * token's feature is {@code pd=null}, and {@link SharedContextBeamSearch} scores it from a table.
 */
final class PreviousDecisions extends PreviousMapFeatureGenerator {
    private boolean none = true;

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
        super.updateAdaptiveData(tokens, outcomes);
        if (tokens.length > 0) {
            none = false;
        }
    }

    @Override
    public void clearAdaptiveData() {
        super.clearAdaptiveData();
        none = true;
    }

    /** True while no decision is remembered (a fresh finder, or one just cleared). */
    boolean none() {
        return none;
    }
}
