package com.salesbot.nlp.normalize;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the pipeline stage a message moves a deal to: {@code lead}, {@code qualified},
 * {@code proposal}, {@code negotiation}, {@code won} or {@code lost}, from phrases such as
 * "sent the quote", "negotiating", "mark as won", "fell through", "发了报价", "赢单", "黄了".
 */
public final class StageNormalizer {
    // Longer and more specific phrases first: "closed lost" before "closed", "输单" before "单".
    private static final Pattern STAGE = Pattern.compile("(?i)"
            + "(?<lost>\\bclosed[\\s-]+lost\\b|\\bdisqualified\\b|\\blost\\b|\\blosing\\b|\\bdead\\b|\\bfell\\s+(?:through|apart)\\b"
            + "|\\bfalls?\\s+through\\b|\\bno[\\s-]+go\\b|\\bcancell?ed\\b|\\bdropped\\b|\\bkilled\\b"
            + "|丢单|丢了|黄了|输单|输了|没戏了?|失败|流失|飞单|跑单)"
            + "|(?<won>\\bclosed[\\s-]+won\\b|\\bwon\\b(?!')|\\bwin\\b|\\bclosed\\b|\\bsigned\\b|\\bbooked\\b"
            + "|赢单|赢了|成交|签了|签约|签单|拿下|搞定)"
            + "|(?<negotiation>\\bnegotiat\\w*|\\bredlines?\\b|\\bcontract\\s+review\\b|\\bhaggling\\b"
            + "|商务谈判|谈判|议价|砍价|谈价格?)"
            + "|(?<proposal>\\bproposal\\b|\\bquoted?\\b|\\bquotation\\b|\\bpricing\\s+sent\\b|\\bsent\\s+(?:the\\s+)?pricing\\b"
            + "|\\bbid\\b|\\btender\\b|\\brfp\\s+response\\b|报价|方案|标书|投标)"
            + "|(?<qualified>\\b(?:qualified|qualify|sql|discovery\\s+done|needs?\\s+confirmed)\\b"
            + "|已确认需求|确认需求|需求确认|合格|已验证|有效商机)"
            + "|(?<lead>\\bleads?\\b|\\bprospect(?:ing)?\\b|\\bnew\\s+opportunity\\b|线索|初步接触|潜在客户|初次接触)");
    // "to negotiation", "as won", "改成赢单": the stage after the verb is the one the deal moves to.
    private static final Pattern TARGET_CUE =
            Pattern.compile("(?i)\\b(?:to|as|into|in|->|→|=>|now|stage:?)\\s*$|(?:改成|改为|变成|推进到|进入|到了|转为|标记为|设为|设置为|更新为|改到|到)\\s*$");

    /** The stage a message states, preferring the one it moves the deal to when it names two. */
    public Optional<String> find(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = STAGE.matcher(text);
        String last = null;
        while (m.find()) {
            String stage = stageOf(m);
            if (precededByTargetCue(text, m.start())) {
                return Optional.of(stage);
            }
            last = stage;
        }
        return Optional.ofNullable(last);
    }

    private static boolean precededByTargetCue(String text, int start) {
        Matcher cue = TARGET_CUE.matcher(text).region(Math.max(0, start - 10), start);
        return cue.find();
    }

    private static String stageOf(Matcher m) {
        for (String stage : new String[] {"lost", "won", "negotiation", "proposal", "qualified", "lead"}) {
            if (m.group(stage) != null) {
                return stage.toLowerCase(Locale.ROOT);
            }
        }
        throw new IllegalStateException("unreachable: a stage group always matches");
    }
}
