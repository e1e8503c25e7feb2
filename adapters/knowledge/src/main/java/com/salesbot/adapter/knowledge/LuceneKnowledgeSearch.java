package com.salesbot.adapter.knowledge;

import com.salesbot.core.kernel.Lang;
import com.salesbot.core.knowledge.KnowledgeEntry;
import com.salesbot.core.knowledge.KnowledgeHit;
import com.salesbot.core.knowledge.KnowledgeSearch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The knowledge base's index in memory (it is rebuilt from the store at every start, so nothing is
 * kept on disk). An entry's title and body are analysed in its own language, English with stemming or
 * Chinese with SmartChineseAnalyzer's word segmentation; a question is analysed both ways and matched
 * against both, titles counting double. Writes are visible to the next search.
 */
public final class LuceneKnowledgeSearch implements KnowledgeSearch, AutoCloseable {
    private static final String ID = "id";
    private static final String TEAM = "team";
    private static final String LANG = "lang";
    private static final String TITLE = "title";
    private static final String BODY = "body";
    private static final String TAGS = "tags";
    private static final String AUTHOR = "author";
    private static final String ORIGIN = "origin";
    /** The entry's analysed terms, kept so a search measures coverage without analysing the entry again. */
    private static final String TERMS = "terms";

    private static final float TITLE_BOOST = 2f;

    private final Analyzers analyzers = new Analyzers();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public LuceneKnowledgeSearch() {
        try {
            PerFieldAnalyzerWrapper perField = new PerFieldAnalyzerWrapper(
                    analyzers.of(Lang.EN),
                    Map.of(
                            field(TITLE, Lang.ZH), analyzers.of(Lang.ZH),
                            field(BODY, Lang.ZH), analyzers.of(Lang.ZH)));
            this.writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(perField));
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("an index in memory could not be opened", e);
        }
    }

    private static String field(String name, Lang lang) {
        return name + "_" + lang.code();
    }

    @Override
    public synchronized void rebuild(List<KnowledgeEntry> entries) {
        io(() -> {
            writer.deleteAll();
            for (KnowledgeEntry entry : entries) {
                writer.addDocument(document(entry));
            }
        });
    }

    @Override
    public synchronized void index(KnowledgeEntry entry) {
        io(() -> writer.updateDocument(new Term(ID, entry.id()), document(entry)));
    }

    @Override
    public synchronized void unindex(String id) {
        io(() -> writer.deleteDocuments(new Term(ID, id)));
    }

    private void io(IoAction action) {
        try {
            action.run();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("the in-memory index failed", e);
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private Document document(KnowledgeEntry entry) {
        Document doc = new Document();
        doc.add(new StringField(ID, entry.id(), Field.Store.YES));
        doc.add(new StringField(TEAM, entry.teamId(), Field.Store.YES));
        doc.add(new StoredField(LANG, entry.lang().code()));
        doc.add(new StoredField(TITLE, entry.title()));
        doc.add(new StoredField(BODY, entry.body()));
        doc.add(new StoredField(TAGS, String.join(",", entry.tags())));
        doc.add(new StoredField(AUTHOR, entry.author()));
        doc.add(new StoredField(ORIGIN, entry.origin()));
        doc.add(new StoredField(TERMS, String.join(" ", analyzers.terms(entry.lang(), BODY, searchable(entry)))));
        String tags = String.join(" ", entry.tags());
        doc.add(new TextField(field(TITLE, entry.lang()), entry.title() + " " + tags, Field.Store.NO));
        doc.add(new TextField(field(BODY, entry.lang()), entry.body(), Field.Store.NO));
        return doc;
    }

    @Override
    public List<KnowledgeHit> search(String teamId, String question, int limit) {
        BooleanQuery.Builder text = new BooleanQuery.Builder();
        boolean anyTerm = false;
        for (Lang lang : Lang.values()) {
            for (String term : analyzers.terms(lang, field(BODY, lang), question)) {
                anyTerm = true;
                text.add(
                        new BoostQuery(new TermQuery(new Term(field(TITLE, lang), term)), TITLE_BOOST),
                        BooleanClause.Occur.SHOULD);
                text.add(new TermQuery(new Term(field(BODY, lang), term)), BooleanClause.Occur.SHOULD);
            }
        }
        if (!anyTerm || limit <= 0) {
            return List.of();
        }
        Query visible = new TermInSetQuery(TEAM, List.of(new BytesRef(teamId), new BytesRef(KnowledgeEntry.SHARED)));
        Query query = new BooleanQuery.Builder()
                .add(text.build(), BooleanClause.Occur.MUST)
                .add(visible, BooleanClause.Occur.FILTER)
                .build();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                List<KnowledgeHit> hits = new ArrayList<>();
                for (ScoreDoc scored : searcher.search(query, limit).scoreDocs) {
                    Document doc = searcher.storedFields().document(scored.doc);
                    KnowledgeEntry entry = entry(doc);
                    hits.add(new KnowledgeHit(entry, scored.score, coverage(question, entry.lang(), doc.get(TERMS))));
                }
                return List.copyOf(hits);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("searching the in-memory index failed", e);
        }
    }

    /** The share of the question's terms, analysed in the entry's language, that the entry contains. */
    private double coverage(String question, Lang lang, String entryTerms) {
        Set<String> asked = analyzers.terms(lang, BODY, question);
        if (asked.isEmpty()) {
            return 0;
        }
        Set<String> has = new HashSet<>(Arrays.asList(entryTerms.split(" ")));
        return asked.stream().filter(has::contains).count() / (double) asked.size();
    }

    private static String searchable(KnowledgeEntry entry) {
        return entry.title() + " " + String.join(" ", entry.tags()) + " " + entry.body();
    }

    private static KnowledgeEntry entry(Document doc) {
        String tags = doc.get(TAGS);
        return new KnowledgeEntry(
                doc.get(ID),
                doc.get(TEAM),
                doc.get(TITLE),
                doc.get(BODY),
                tags.isEmpty() ? List.of() : Arrays.asList(tags.split(",")),
                Lang.fromCode(doc.get(LANG)),
                doc.get(AUTHOR),
                doc.get(ORIGIN));
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
    }
}
