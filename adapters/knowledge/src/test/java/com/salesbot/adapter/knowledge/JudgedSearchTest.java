package com.salesbot.adapter.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.knowledge.KnowledgeHit;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Search quality on a judged set: 20 questions per language, each with the entry a rep needs, against a
 * fixture knowledge base of 20 entries per language loaded from Markdown. The questions are worded the
 * way reps ask, not like the titles.
 */
class JudgedSearchTest {
    private static final Path FOLDER = folder();

    private static Path folder() {
        try {
            return Path.of(JudgedSearchTest.class.getResource("/judged").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Judged(String lang, String question, String expected) {}

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void theExpectedEntryIsInTheTopThreeForAtLeastNinetyPercentOfQuestions(String lang) throws Exception {
        LuceneKnowledgeSearch search = new LuceneKnowledgeSearch();
        search.rebuild(new KnowledgeFolder(FOLDER).load());
        List<Judged> judged =
                judged().stream().filter(j -> j.lang().equals(lang)).toList();

        int inTopThree = 0;
        double reciprocalRanks = 0;
        List<String> misses = new ArrayList<>();
        for (Judged j : judged) {
            List<KnowledgeHit> hits = search.search("west", j.question(), 3);
            int rank = 0;
            for (int i = 0; i < hits.size(); i++) {
                if (hits.get(i).entry().title().equals(j.expected())) {
                    rank = i + 1;
                    break;
                }
            }
            if (rank > 0) {
                inTopThree++;
                reciprocalRanks += 1.0 / rank;
            } else {
                misses.add(j.question() + " → "
                        + hits.stream().map(h -> h.entry().title()).toList());
            }
        }
        double share = inTopThree / (double) judged.size();
        System.out.printf(
                Locale.ROOT,
                "judged search %s: %d questions, top-3 %.2f, MRR@3 %.3f, misses %s%n",
                lang,
                judged.size(),
                share,
                reciprocalRanks / judged.size(),
                misses);
        search.close();

        assertThat(judged).hasSize(20);
        assertThat(share).as("top-3 share; misses: %s", misses).isGreaterThanOrEqualTo(0.9);
    }

    private static List<Judged> judged() throws IOException {
        List<Judged> all = new ArrayList<>();
        for (String line : Files.readAllLines(FOLDER.resolve("questions.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            all.add(new Judged(cells[0], cells[1], cells[2]));
        }
        return all;
    }
}
