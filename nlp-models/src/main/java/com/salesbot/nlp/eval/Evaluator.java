package com.salesbot.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesbot.core.conversation.LanguageDetector;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.nlu.IntentParser;
import com.salesbot.core.nlu.ParsedMessage;
import com.salesbot.nlp.cli.ContractJson;
import com.salesbot.nlp.train.CorpusExample;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Scores a parser on an evaluation set exactly as the NLU contract scores it. */
public final class Evaluator {
    private static final String DEFAULT_NOW = "2026-11-27T10:00";
    private static final String DEFAULT_ZONE = "Asia/Shanghai";

    private final IntentParser parser;

    public Evaluator(IntentParser parser) {
        this.parser = parser;
    }

    /** The figures over all examples; {@code misses} sees every example with a wrong intent or entity. */
    public EvalReport evaluate(List<CorpusExample> examples, Consumer<String> misses) {
        EvalReport report = new EvalReport();
        for (CorpusExample example : examples) {
            ZonedDateTime now = LocalDateTime.parse(example.now() == null ? DEFAULT_NOW : example.now())
                    .atZone(ZoneId.of(example.zone() == null ? DEFAULT_ZONE : example.zone()));
            ParsedMessage parsed = parser.parse(example.text(), now);
            String gold = Intent.fromWireName(example.intent()).contractName();
            String predicted = parsed.intent().contractName();
            Set<String> goldPairs = EntityPairs.of(example.entities());
            JsonNode predictedEntities = ContractJson.entities(parsed.entities());
            Set<String> predictedPairs = EntityPairs.of(predictedEntities);
            Set<String> tp = new HashSet<>(predictedPairs);
            tp.retainAll(goldPairs);
            int fp = predictedPairs.size() - tp.size();
            int fn = goldPairs.size() - tp.size();
            String lang = LanguageDetector.detect(example.text()).code();
            report.add(lang, gold, predicted, tp.size(), fp, fn);
            if (!gold.equals(predicted) || fp > 0 || fn > 0) {
                misses.accept(String.format(
                        "%s | gold %s %s | got %s %s",
                        example.text(), gold, example.entities(), predicted, predictedEntities));
            }
        }
        return report;
    }
}
