package com.salesbot.nlp.intent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Cue-class features from {@link CueLexicon}: {@code cue=remind} for every class present, {@code
 * cue0=undo} for the class of a cue that opens the message, and {@code cc=cancel+remind} for each
 * pair of classes present (a linear model cannot combine "cancel" and "reminder" by itself). A
 * top-level class with fixed settings: OpenNLP re-creates feature generators by class name.
 */
public final class CueFeatures implements FeatureGenerator {
    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        String[] stemmed = CueLexicon.normalise(tokens);
        List<String> classes = CueLexicon.classesIn(stemmed);
        List<String> features = new ArrayList<>(classes.size() * (classes.size() + 1) / 2 + 2);
        for (String cls : classes) {
            features.add("cue=" + cls);
        }
        if (stemmed.length > 0) {
            String first = CueLexicon.classAt(stemmed, 0);
            features.add("cue0=" + (first == null ? "none" : first));
        }
        if (classes.isEmpty()) {
            features.add("cue=none");
        }
        List<String> sorted = new ArrayList<>(classes);
        sorted.sort(null);
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                features.add("cc=" + sorted.get(i) + "+" + sorted.get(j));
            }
        }
        return features;
    }
}
