package com.salesbot.nlp.normalize;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds colleagues named without an @-mention, for targets, kudos and statistics: "set alice's target
 * to 50k", "kudos to Bob and Carol", "how many visits did Dave make", "给王磊定个目标", "表扬王磊和李娜".
 */
public final class PersonNameExtractor {
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
            + "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方邹熊孟秦邱侯江尹薛闫段雷龙黎史陶贺顾毛郝龚邵万钱严覃武戴莫孔汤欧";
    // Case-sensitive even inside (?i) patterns: a second word joins the name only when capitalised ("Maria Garcia").
    private static final String EN_NAME = "(?-i:[A-Za-z][a-z]+(?:[-'][A-Za-z][a-z]+)?(?:\\s+(?:[A-Z][a-z]+|[a-z]'[a-z]+)"
            + "(?:[-'][A-Za-z][a-z]+)?)?|[\\p{IsHan}]{2,3})";
    // A masked @-mention may stand in a list of names: "<@U1>, <@U2> & Bob".
    private static final String EN_ITEM = "(?:" + EN_NAME + "|\u0000+)";
    private static final String EN_LIST = EN_ITEM + "(?:\\s*(?:,|and|&)\\s*" + EN_ITEM + ")*";
    // A given name is one or two Han characters that are not particles, time words or the verbs that follow.
    private static final String ZH_GIVEN = "[\\p{IsHan}&&[^的了和跟与在是这那我你他她们个月周年天本上下今昨最目业拜销成签排提奖完卖跑见定设加安调改分点给为表感谢夸干做真"
            + "总经理]]";
    private static final String ZH_NAME =
            "(?:[" + SURNAMES + "]" + ZH_GIVEN + "{1,2}?|[老小][" + SURNAMES + "]|阿" + ZH_GIVEN + "|[A-Za-z][a-z]+)";
    private static final String ZH_ITEM = "(?:" + ZH_NAME + "|\u0000+)";
    private static final String ZH_LIST = ZH_ITEM + "(?:\\s*[和、,及与跟]\\s*" + ZH_ITEM + ")*";
    private static final String ZH_TIME = "(?:这个月|本月|本周|这周|上周|上个月|今年|本季度|这个季度|今天|今日|昨天|最近|\u0000+)?";

    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("(?i)\\b(" + EN_NAME + ")'s\\s+(?:(?:monthly|weekly|quarterly|annual|yearly|sales|visit|deal"
                    + "|new|q[1-4]|december|january|november)\\s+)?(?:target|quota|goal|numbers|visits|sales|deals|revenue"
                    + "|pipeline|performance|stats|progress|ranking|rank|commission|kudos|results)\\b"),
            Pattern.compile("(?i)\\b(?:targets?|quotas?|goals?)\\b[^.!?\\n]{0,40}?\\bfor\\s+(" + EN_LIST + ")"),
            Pattern.compile("(?i)\\b(?:assign|give)\\s+(" + EN_LIST + ")\\s+(?:a|an|the)?\\s*\u0000*\\s*(?:new\\s+)?(?:[a-z]+\\s+)?"
                    + "(?:target|quota|goal)"),
            Pattern.compile("(?i)\\bwant\\s+(" + EN_LIST + ")\\s+(?:at|to\\s+(?:hit|reach|do|close|make|get|book))\\b"),
            Pattern.compile("^\\s*(?-i:([A-Z][a-z]+(?:[-'][A-Z][a-z]+)?(?:\\s+[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?)?))(?:'s)?\\s+(?i:sales|revenue|visits|deals|numbers|stats|kudos|pipeline"
                    + "|performance|target|quota|bookings|commission)\\b"),
            Pattern.compile("(?i)\\b(?:set|give|assign|update|change|raise|lower|bump)\\s+(" + EN_LIST
                    + ")\\s+(?:a\\s+|an\\s+|the\\s+)?(?:new\\s+)?(?:target|quota|goal)"),
            Pattern.compile("(?i)\\b(?:kudos|shout-?outs?|shout\\s+out|props|thanks|thank\\s+you|thx|congrats|congratulations"
                    + "|well\\s+done|great\\s+job|nice\\s+work|good\\s+job|big\\s+thanks|hats\\s+off|cheers|applause"
                    + "|high\\s+fives?|recogni[sz]e|celebrate|praise|appreciation)\\s*(?:,|!|:)?\\s*(?:to\\s+|for\\s+)?(" + EN_LIST
                    + ")(?=\\s*(?:$|[,.!?:;)]|for\\b|on\\b|-|\\s+(?:and|&)\\b))"),
            Pattern.compile("\\b([A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)\\s+(?:crushed|nailed|killed|smashed|rocked|aced|did\\s+(?:great"
                    + "|amazing|awesome|brilliantly)|is\\s+(?:a\\s+)?(?:star|rockstar|legend|amazing|awesome|on\\s+fire)"
                    + "|deserves|went\\s+above)"),
            Pattern.compile("(?i)\\b(?:did|has|have|does|is|was)\\s+(" + EN_NAME + ")\\s+(?:make|made|do|done|gotten|got|received|close|closed|log"
                    + "|logged|sell|sold|visit|visited|have|get|got|hit|achieve|achieved|book|booked|bring|brought|doing"
                    + "|reach|reached|complete|completed|won|win|tracking|pacing|on\\s+track)\\b"),
            Pattern.compile("(?i)\\b(?:for|by|of)\\s+(" + EN_LIST + ")\\s*(?=\u0000|$|[?.!]|(?:this|last|in|so\\s+far|for|today"
                    + "|yesterday)\\b)"),
            Pattern.compile("(?i)\\bhow(?:'s|\\s+is)\\s+(" + EN_NAME + ")\\s+(?:doing|tracking|pacing)"),
            Pattern.compile("(?i)\\btarget\\s+(" + EN_NAME + ")\\s+\u0000"),
            Pattern.compile("(?i)^\\s*(" + EN_NAME + ")\\s+(?:should|needs?\\s+to|has\\s+to|must|is\\s+going\\s+to)\\s+(?:hit|reach"
                    + "|do|close|make|get|book|bring|land)\\b"),
            Pattern.compile("(?i)\\b(?:remind|ping|tell|notify|nudge)\\s+(" + EN_LIST + ")\\s*(?=\u0000|$|[,.:;!]|(?:to|about|that|of"
                    + "|on|at|every|each|next|tomorrow|today|in|before|after|by)\\b)"),
            Pattern.compile("(?i)\\breminder\\s+(?:for|to)\\s+(" + EN_LIST + ")\\s*(?=[:,\u0000]|$|\\s+(?:to|about|that|every|on)\\b)"),
            Pattern.compile("(?i)\\b(?:compare|comparing|between)\\s+(" + EN_LIST + ")"),
            Pattern.compile("给(" + ZH_LIST + ")(?:定|设|设置|订|制定|加|安排|调|改|分配|下|点赞|定个|一个)"),
            Pattern.compile("(" + ZH_NAME + ")" + ZH_TIME + "的?(?:目标|指标|任务|业绩|拜访量|拜访了|拜访|销售额|成交|签单|排名"
                    + "|提成|奖金|完成|卖了|签了|跑了|见了|去过|获赞|收到|拿了|成交额|gotten)"),
            Pattern.compile("(?:表扬|感谢|谢谢|点赞|夸夸|夸一下|表彰|祝贺|恭喜)(?:一下)?(" + ZH_LIST + ")"),
            Pattern.compile("为(" + ZH_LIST + ")(?:鼓掌|点赞|喝彩|欢呼|打call|骄傲)"),
            Pattern.compile("提醒(" + ZH_LIST + ")(?:对|做|去|看|交|提交|跟进|准备|更新|整理|填|参加|开|打|发|写|联系|确认|检查|记得|一下|下)"),
            Pattern.compile("向(" + ZH_NAME + ")学习"),
            Pattern.compile("(" + ZH_NAME + ")" + ZH_TIME + "(?:立大功|立功|太棒|真棒|辛苦|厉害|牛|给力|干得|做得|表现|超额|拿下|搞定)"),
            Pattern.compile("(" + ZH_LIST + ")(?:必须|要|得|真该|值得|应该)?(?:表扬|点赞|夸一下|夸夸)"),
            Pattern.compile("(" + ZH_LIST + ")(?:干得|做得|表现|这次|真)(?:好|不错|漂亮|很棒|棒|出色|优秀|给力)"));

    private static final Set<String> NOT_NAMES = Set.copyOf(List.of(
            "me", "my", "i", "we", "our", "us", "you", "your", "team", "everyone", "everybody", "all", "the", "him",
            "her", "them", "they", "he", "she", "it", "this", "that", "each", "every", "someone", "anyone", "who",
            "whole", "sales", "rep", "reps", "guys", "folks", "people", "crew", "squad", "everyone's", "team's",
            "what", "how", "much", "many", "is", "are", "was", "for", "to", "and", "a", "an", "q1", "q2", "q3", "q4",
            "month", "week", "year", "quarter", "today", "yesterday", "target", "targets", "quota", "goal", "visits",
            "deals", "revenue", "kudos", "amazing", "awesome", "great", "good", "nice", "work", "job", "help",
            "landing", "closing", "being", "getting", "making", "doing", "helping", "their", "his", "hers", "new",
            "next", "last", "so", "far", "in", "on", "of", "by", "with", "lol", "thanks", "thank", "there", "here",
            "send", "give", "huge", "big", "total", "closed", "set", "applause", "round", "show", "everyone's", "both",
            "us", "again", "them", "today's", "client", "customer", "account", "about", "to", "the", "a", "an"));
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|\\band\\b|&|和|、|及|与|跟)\\s*");
    private static final String HAN_NOT_NAMES = "大家团队我你他她们全组各位同事老板领导";

    /** The names found, in order and each once. */
    public List<String> find(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (Pattern pattern : PATTERNS) {
            Matcher m = pattern.matcher(text);
            for (int n = 0; n < 8 && m.find(); n++) {
                for (String part : SPLIT.split(m.group(1))) {
                    String name = part.replace(String.valueOf(ChatText.MASK), "").strip();
                    if (acceptable(name)) {
                        names.add(name);
                    }
                }
            }
        }
        return new ArrayList<>(names);
    }

    private static boolean acceptable(String name) {
        if (name.isEmpty() || name.length() > 40) {
            return false;
        }
        if (name.endsWith("ing") && name.indexOf(' ') < 0 && Character.isLowerCase(name.charAt(0))) {
            return false; // "kudos for closing ...": a reason, not a person
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (NOT_NAMES.contains(lower) || NOT_NAMES.contains(lower.split("\\s+")[0])) {
            return false;
        }
        return HAN_NOT_NAMES.indexOf(name.charAt(0)) < 0;
    }
}
