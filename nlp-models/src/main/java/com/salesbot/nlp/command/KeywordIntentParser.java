package com.salesbot.nlp.command;

import com.salesbot.core.conversation.LanguageDetector;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.nlu.IntentParser;
import com.salesbot.core.nlu.ParsedMessage;
import com.salesbot.nlp.intent.IntentEntityKeys;
import com.salesbot.nlp.normalize.EntityExtractor;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A deterministic recogniser for command-style input ("visit Acme today", "sale Globex 12k",
 * "target", "ranking", "日报 …"): the first keyword rule that matches decides the intent. It is the
 * fallback when no trained model is available, and returns contract-shaped results like the model.
 */
public final class KeywordIntentParser implements IntentParser {
    private record Rule(Intent intent, Pattern pattern) {}

    private static Rule rule(Intent intent, String regex) {
        return new Rule(intent, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    // Order matters: more specific commands first ("set target" before "target", "undo" before all).
    private static final List<Rule> RULES = List.of(
            rule(Intent.UNDO, "^\\s*(undo|take (that|it) back|撤销|撤回)"),
            rule(Intent.HELP, "^\\s*(help|\\?|what can you do|how do i use)|^\\s*(帮助|怎么用|你能做什么)"),
            rule(Intent.ADD_MEMBER, "\\badd\\b.+\\bto (my |the |our )?team\\b|(加入|加到|拉进).*(团队|组)"),
            rule(
                    Intent.SET_TARGET,
                    "\\bset\\b.*\\b(target|quota)\\b|\\b(target|quota)\\b.*\\bto\\b.*\\d|(设置|设定|定).*(目标|指标)|(目标|指标).*定为"),
            rule(Intent.DAILY_REPORT, "^\\s*(daily report|report|eod|end of day)\\b|^\\s*(日报|今日总结|工作汇报)"),
            rule(Intent.TEAM_RANKING, "\\b(ranking|leaderboard|rank|standings)\\b|排行|排名|榜"),
            rule(Intent.MY_TARGET, "\\b(my )?(target|quota)\\b|how am i doing|目标|指标|完成了多少"),
            rule(Intent.LOG_SALE, "^\\s*sale\\b|\\b(closed|signed|sold|won)\\b|签了|签单|成交|拿下|卖了|搞定"),
            rule(
                    Intent.LOG_VISIT,
                    "^\\s*visit\\b|\\b(visited|visiting|met|meeting with|call with|called)\\b|拜访|见了|去了|约见"),
            rule(Intent.BACK_FROM_AWAY, "^\\s*(i'?m |i am )?back( (from|in|at|to)\\b.*)?\\s*[.!]*$|我回来了|销假|返岗|休假回来"),
            rule(
                    Intent.SET_AWAY,
                    "\\b(out of (the )?office|ooo|pto|on (vacation|holiday|leave)|(off|out|away) (until|till|today|tomorrow|next))\\b|休假|请假|年假|调休"),
            rule(
                    Intent.SMALLTALK,
                    "^\\s*(hi|hello|hey|yo|thanks|thank you|thx|good (morning|afternoon|evening)|bye)\\b|^\\s*(你好|您好|嗨|谢谢|早上好|晚上好|再见)"));

    private final EntityExtractor extractor;

    public KeywordIntentParser(EntityExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public ParsedMessage parse(String text, ZonedDateTime now) {
        String safe = text == null ? "" : text;
        Lang lang = LanguageDetector.detect(safe);
        if (safe.isBlank()) {
            return new ParsedMessage(Intent.UNKNOWN, 1.0, lang, Entities.none());
        }
        String lower = safe.toLowerCase(Locale.ROOT);
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(lower).find()) {
                return new ParsedMessage(
                        rule.intent(),
                        1.0,
                        lang,
                        IntentEntityKeys.restrict(rule.intent(), extractor.extract(safe, rule.intent(), now)));
            }
        }
        return new ParsedMessage(Intent.UNKNOWN, 1.0, lang, Entities.none());
    }

    @Override
    public Entities entitiesFor(String text, Intent intent, ZonedDateTime now) {
        return IntentEntityKeys.restrict(intent, extractor.extract(text == null ? "" : text, intent, now));
    }
}
