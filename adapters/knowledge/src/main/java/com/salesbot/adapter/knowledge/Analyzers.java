package com.salesbot.adapter.knowledge;

import com.salesbot.core.kernel.Lang;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * One analyzer per language. Besides the usual stop words they drop the words every question has
 * ("how", "what", "怎么", "多少"), so a match is judged on what the question is about.
 */
final class Analyzers {
    private static final List<String> EN_QUESTION_WORDS = List.of(
            "how",
            "what",
            "what's",
            "whats",
            "which",
            "who",
            "when",
            "where",
            "why",
            "do",
            "does",
            "did",
            "i",
            "we",
            "our",
            "you",
            "your",
            "my",
            "me",
            "should",
            "can",
            "could",
            "would",
            "say",
            "tell",
            "much",
            "many",
            "any",
            "about",
            "us",
            "get",
            "give",
            "there",
            "here",
            "best",
            "way",
            "usually",
            "please",
            "know",
            "anyone",
            "someone",
            "kb",
            "playbook",
            "knowledge",
            "base",
            "faq",
            "ask",
            "search",
            "look",
            "find",
            "up",
            "need",
            "want",
            "customer",
            "client",
            "them",
            "they",
            "it's",
            "is",
            "are",
            "an",
            "a",
            "the");
    private static final List<String> ZH_QUESTION_WORDS = List.of(
            "的", "了", "是", "吗", "呢", "么", "吧", "啊", "呀", "怎么", "怎么办", "怎样", "怎么样", "什么", "多少", "如何", "我", "我们", "你",
            "你们", "该", "应该", "要", "有", "在", "和", "请问", "一下", "可以", "能", "哪", "哪里", "哪些", "谁", "几", "客户", "知识库", "查",
            "查一下", "说", "回", "回应", "处理", "应对", "问", "给", "对", "时", "时候", "这个", "那个", "会", "还", "都", "就", "也", "里");

    private final Analyzer english;
    private final Analyzer chinese;

    Analyzers() {
        CharArraySet en = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        en.addAll(EN_QUESTION_WORDS);
        this.english = new EnglishAnalyzer(en);
        CharArraySet zh = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), true);
        zh.addAll(ZH_QUESTION_WORDS);
        zh.addAll(EN_QUESTION_WORDS);
        this.chinese = new SmartChineseAnalyzer(zh);
    }

    Analyzer of(Lang lang) {
        return lang == Lang.ZH ? chinese : english;
    }

    /** The distinct terms the language's analyzer makes of a text, in order. */
    Set<String> terms(Lang lang, String field, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = of(lang).tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory cannot fail", e);
        }
        return terms;
    }
}
