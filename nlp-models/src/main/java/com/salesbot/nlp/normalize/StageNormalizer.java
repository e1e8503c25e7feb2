package com.salesbot.nlp.normalize;

import com.salesbot.nlp.normalize.KeywordTable.Hit;
import com.salesbot.nlp.normalize.KeywordTable.Keyword;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the pipeline stage a message moves a deal to: {@code lead}, {@code qualified},
 * {@code proposal}, {@code negotiation}, {@code won} or {@code lost}, from phrases such as
 * "sent the quote", "negotiating", "mark as won", "fell through", "发了报价", "赢单", "黄了".
 */
public final class StageNormalizer {
    // Longer phrases win where they overlap: "closed lost" over "closed", "需求确认" over "确认".
    private static final KeywordTable STAGES = new KeywordTable(keywords());
    // "to negotiation", "as won", "改成赢单": the stage after the verb is the one the deal moves to.
    private static final Pattern TARGET_CUE = Pattern.compile("(?i)(?:\\b(?:to|as|into|in|now|stage:?)|->|→|=>)\\s*$"
            + "|(?:改成|改为|变成|推进到|进入|到了|转为|标记为|设为|设置为|更新为|改到|到|为|成)\\s*$");

    /** The stage a message states, preferring the one it moves the deal to when it names two. */
    public Optional<String> find(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String lower = CuedPattern.lower(text);
        String last = null;
        for (Hit hit : STAGES.findAll(lower)) {
            String stage = hit.keyword().value();
            if (hit.keyword().word().equals("won") && hit.end() < lower.length() && lower.charAt(hit.end()) == '\'') {
                continue; // "won't"
            }
            Matcher cue = TARGET_CUE.matcher(lower).region(Math.max(0, hit.start() - 10), hit.start());
            if (cue.find()) {
                return Optional.of(stage);
            }
            last = stage;
        }
        return Optional.ofNullable(last);
    }

    private static List<Keyword> keywords() {
        List<Keyword> k = new ArrayList<>();
        add(
                k,
                "lost",
                "closed lost",
                "closed-lost",
                "closedlost",
                "disqualified",
                "lost",
                "losing",
                "dead",
                "fell through",
                "fell apart",
                "falls through",
                "fall through",
                "no go",
                "no-go",
                "cancelled",
                "canceled",
                "dropped",
                "killed",
                "丢单",
                "丢了",
                "黄了",
                "输单",
                "输了",
                "没戏",
                "失败",
                "流失",
                "飞单",
                "跑单",
                "凉了",
                "凉凉",
                "没了",
                "关掉",
                "关闭",
                "输给");
        add(
                k,
                "won",
                "closed won",
                "closed-won",
                "closedwon",
                "won",
                "win",
                "closed",
                "signed",
                "booked",
                "赢单",
                "赢了",
                "成交",
                "签了",
                "签约",
                "签单",
                "拿下",
                "搞定");
        add(
                k,
                "negotiation",
                "negotiation",
                "negotiating",
                "negotiate",
                "negotiations",
                "redline",
                "redlines",
                "contract review",
                "haggling",
                "商务谈判",
                "谈判",
                "议价",
                "砍价",
                "谈价格",
                "谈价");
        add(
                k,
                "proposal",
                "proposal",
                "quote",
                "quoted",
                "quotation",
                "pricing sent",
                "sent pricing",
                "sent the pricing",
                "bid",
                "tender",
                "rfp response",
                "报价",
                "方案",
                "标书",
                "投标");
        add(
                k,
                "qualified",
                "qualified",
                "qualify",
                "sql",
                "discovery done",
                "need confirmed",
                "needs confirmed",
                "已确认需求",
                "确认需求",
                "需求确认",
                "合格",
                "已验证",
                "有效商机");
        add(k, "lead", "lead", "leads", "prospect", "prospecting", "new opportunity", "线索", "初步接触", "潜在客户", "初次接触");
        return k;
    }

    private static void add(List<Keyword> list, String stage, String... words) {
        for (String w : words) {
            list.add(new Keyword(w, stage, false));
        }
    }
}
