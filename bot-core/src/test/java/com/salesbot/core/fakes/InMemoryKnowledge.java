package com.salesbot.core.fakes;

import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Source;
import com.salesbot.core.knowledge.KnowledgeEntry;
import com.salesbot.core.knowledge.KnowledgeHit;
import com.salesbot.core.knowledge.KnowledgeSearch;
import com.salesbot.core.knowledge.KnowledgeStore;
import com.salesbot.core.knowledge.Question;
import com.salesbot.core.knowledge.QuestionStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The knowledge ports in memory: a store, a word-overlap search (Lucene's quality is tested in its
 * adapter; here only the skills' behaviour matters) and forwarded questions.
 */
public final class InMemoryKnowledge implements KnowledgeStore, KnowledgeSearch, QuestionStore {
    private final Map<String, KnowledgeEntry> entries = new LinkedHashMap<>();
    private final Map<String, KnowledgeEntry> index = new LinkedHashMap<>();
    private final Map<String, Question> questions = new LinkedHashMap<>();
    private final Map<String, String> questionByMessage = new LinkedHashMap<>();

    @Override
    public synchronized void save(KnowledgeEntry entry) {
        entries.put(entry.id(), entry);
    }

    @Override
    public synchronized Optional<KnowledgeEntry> find(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    @Override
    public synchronized boolean remove(String id) {
        return entries.remove(id) != null;
    }

    @Override
    public synchronized List<KnowledgeEntry> all() {
        return List.copyOf(entries.values());
    }

    /** What the search index holds now. */
    public synchronized List<KnowledgeEntry> indexed() {
        return List.copyOf(index.values());
    }

    @Override
    public synchronized void rebuild(List<KnowledgeEntry> all) {
        index.clear();
        all.forEach(this::index);
    }

    @Override
    public synchronized void unindex(String id) {
        index.remove(id);
    }

    @Override
    public synchronized void index(KnowledgeEntry entry) {
        index.put(entry.id(), entry);
    }

    @Override
    public synchronized List<KnowledgeHit> search(String teamId, String question, int limit) {
        Set<String> words = words(question);
        List<KnowledgeHit> hits = new ArrayList<>();
        for (KnowledgeEntry entry : index.values()) {
            if (!entry.visibleTo(teamId) || words.isEmpty()) {
                continue;
            }
            Set<String> have = words(entry.title() + " " + entry.body());
            long shared = words.stream().filter(have::contains).count();
            if (shared > 0) {
                hits.add(new KnowledgeHit(entry, shared, (double) shared / words.size()));
            }
        }
        return hits.stream()
                .sorted(Comparator.comparingDouble(KnowledgeHit::score).reversed())
                .limit(limit)
                .toList();
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() > 2)
                .collect(Collectors.toSet());
    }

    @Override
    public synchronized Question ask(String teamId, String text, Lang lang, Source source) {
        String known = questionByMessage.get(source.messageKey());
        if (known != null) {
            return questions.get(known);
        }
        String id = "Q" + (questions.size() + 1);
        Question question = new Question(
                id,
                source.author(),
                teamId,
                text,
                lang,
                source.writtenAt().atZone(TestWorld.ZONE).toLocalDate(),
                null,
                null);
        questions.put(id, question);
        questionByMessage.put(source.messageKey(), id);
        return question;
    }

    @Override
    public synchronized Optional<Question> question(String id) {
        return Optional.ofNullable(questions.get(id));
    }

    @Override
    public synchronized boolean answer(String id, String answer, PersonId by) {
        Question q = questions.get(id);
        if (q == null) {
            return false;
        }
        questions.put(id, new Question(q.id(), q.asker(), q.teamId(), q.text(), q.lang(), q.askedOn(), answer, by));
        return true;
    }
}
