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
    private static final String SURNAMES =
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程" + "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方邹熊孟秦邱侯江尹薛闫段雷龙黎史陶贺顾毛郝龚邵万钱严覃武戴莫孔汤欧";
    // Case-sensitive even inside (?i) patterns: a second word joins the name only when capitalised ("Maria Garcia").
    private static final String EN_NAME =
            "(?-i:(?<![A-Za-z])[A-Za-z][a-z\u00e0-\u00ff]{1,19}(?:[-'][A-Za-z][a-z\u00e0-\u00ff]{1,19})?"
                    + "(?:\\s+(?:[A-Z][a-z\u00e0-\u00ff]{1,19}|[a-z]'[a-z]{1,19})(?:[-'][A-Za-z][a-z]{1,19})?)?(?![a-z\u00e0-\u00ff])"
                    + "|[\\p{IsHan}]{2,3})";
    // A masked @-mention may stand in a list of names: "<@U1>, <@U2> & Bob".
    private static final String EN_ITEM = "(?:" + EN_NAME + "|\u0000{1,200})";
    private static final String EN_LIST = EN_ITEM + "(?:\\s{0,3}(?:,|and|&)\\s{0,3}" + EN_ITEM + "){0,8}";
    // A given name is one or two Han characters that are not particles, time words or the verbs that follow.
    private static final String ZH_GIVEN =
            "[\\p{IsHan}&&[^的了和跟与在是这那我你他她们个月周年天本上下今昨最目业拜销成签排提奖完卖跑见定设加安调改分点给为表感谢压要各都夸干做真太很也还就辛后" + "总经理]]";
    private static final String ZH_NAME =
            "(?:[" + SURNAMES + "]" + ZH_GIVEN + "{1,2}?|[老小][" + SURNAMES + "]|阿" + ZH_GIVEN + "|[A-Za-z][a-z]+)";
    // Before a name: not the middle of a longer Chinese word ("方航空" in 东方航空), unless a verb or list word leads in.
    private static final String ZH_NAME_START = "(?<![\\p{IsHan}&&[^查看问给把让和跟与、是说下谢扬赞夸为向请叫]])";
    // After a name: punctuation, the end, a list word or a word that typically follows one, so 王浩然 is not cut to 王浩.
    private static final String ZH_NAME_END = "(?=[^\\p{IsHan}]|$|[和、及与跟的帮带真太这在把给为对又也都同今昨上本让])";
    private static final String ZH_ITEM = "(?:" + ZH_NAME + "|\u0000{1,200})";
    private static final String ZH_LIST = ZH_ITEM + "(?:\\s{0,3}[和、,及与跟]\\s{0,3}" + ZH_ITEM + "){0,8}";
    private static final String ZH_TIME = "(?:这个月|本月|本周|这周|上周|上个月|今年|本季度|这个季度|今天|今日|昨天|最近|\u0000{1,60})?";

    // Time words between a name and its target: "马超的这个季度目标", "老李下周要完成", "周婷的明年一季度目标".
    private static final String ZH_TIME2 = "(?:(?:这个|本|上个?|下个?|今|明|去|这|次)(?:月份?|周|星期|礼拜|季度?|年)"
            + "|今天|今日|昨天|最近|明天|[0-9一二三四五六七八九十]{1,2}月份?|[一二三四1-4]季度|[Qq][1-4]|\u0000{1,60}){0,2}";

    private static final List<CuedPattern> PATTERNS = List.of(
            new CuedPattern(
                    "(?i)\\b(" + EN_NAME + ")'s\\s+(?:(?:monthly|weekly|quarterly|annual|yearly|sales|visit|deal"
                            + "|new|q[1-4]|december|january|november)\\s+|\u0000+\\s*)?(?:target|quota|goal|numbers|visits|sales|deals"
                            + "|revenue|visit\\s+count|deal\\s+count|count"
                            + "|pipeline|performance|stats|progress|ranking|rank|commission|kudos|results)\\b",
                    "'s"),
            new CuedPattern(
                    "(?i)\\b(?:targets?|quotas?|goals?)\\b[^.!?\\n]{0,40}?\\bfor\\s+(" + EN_LIST + ")",
                    "target",
                    "quota",
                    "goal"),
            new CuedPattern(
                    "(?i)\\b(?:assign|give)\\s+(" + EN_LIST
                            + ")\\s+(?:a|an|the)?\\s*\u0000{0,60}\\s*(?:new\\s+)?(?:[a-z]{1,20}\\s+)?"
                            + "(?:target|quota|goal)",
                    "assign",
                    "give"),
            new CuedPattern(
                    "(?i)\\bwant\\s+(" + EN_LIST + ")\\s+(?:at|to\\s+(?:hit|reach|do|close|make|get|book))\\b", "want"),
            new CuedPattern(
                    "^\\s*(?-i:([A-Z][a-z]{1,19}(?:[-'][A-Z][a-z]{1,19})?(?:\\s+[A-Z][a-z]{1,19}(?:[-'][A-Z][a-z]{1,19})?)?))(?:'s)?(?:\\s*[-:–]\\s*|\\s+)(?i:sales|revenue|visits|deals|numbers|stats|kudos|pipeline"
                            + "|performance|target|quota|bookings|commission)\\b",
                    "sales",
                    "revenue",
                    "visits",
                    "deals",
                    "numbers",
                    "stats",
                    "kudos",
                    "pipeline",
                    "performance",
                    "target",
                    "quota",
                    "bookings",
                    "commission"),
            new CuedPattern(
                    "(?i)\\b(?:set|give|assign|update|change|raise|lower|bump)\\s+(" + EN_LIST
                            + ")\\s+(?:a\\s+|an\\s+|the\\s+)?(?:new\\s+)?(?:target|quota|goal)",
                    "set",
                    "give",
                    "assign",
                    "update",
                    "change",
                    "raise",
                    "lower",
                    "bump"),
            new CuedPattern(
                    "(?i)\\b(?:kudos|shout-?outs?|shout\\s+out|props|thanks|thank\\s+you|thx|congrats|congratulations"
                            + "|well\\s+done|great\\s+job|nice\\s+work|good\\s+job|big\\s+thanks|hats\\s+off|cheers|applause"
                            + "|high\\s+fives?|recogni(?:[sz]e|tion)|celebrate|praise|appreciation|give\\s+it\\s+up)\\s*(?:,|!|:)?\\s*(?:to\\s+|for\\s+)?("
                            + EN_LIST
                            + ")(?=\\s*(?:$|[^\\p{L}\\p{N}\\s]|for\\b|on\\b|who\\b|-|\\s+(?:and|&)\\b))",
                    "kudos",
                    "shout",
                    "props",
                    "thank",
                    "thx",
                    "congrat",
                    "well done",
                    "great job",
                    "nice work",
                    "good job",
                    "hats off",
                    "cheers",
                    "applause",
                    "high five",
                    "recogni",
                    "celebrate",
                    "praise",
                    "appreciation",
                    "give it up"),
            new CuedPattern(
                    "(?<![A-Za-z])([A-Z][a-z]{1,19}(?:\\s+[A-Z][a-z]{1,19})?(?:\\s*(?:,|and|&)\\s*[A-Z][a-z]{1,19}){0,4})\\s+(?:crushed|nailed|killed|smashed|rocked|aced|did\\s+(?:great"
                            + "|amazing|awesome|brilliantly)|is\\s+(?:a\\s+)?(?:star|rockstar|legend|amazing|awesome|on\\s+fire)"
                            + "|deserves|went\\s+above)",
                    "crushed",
                    "nailed",
                    "killed",
                    "smashed",
                    "rocked",
                    "aced",
                    "did ",
                    " is ",
                    "deserves",
                    "went above"),
            new CuedPattern(
                    "(?i)\\b(?:did|has|have|does|is|was)\\s+(" + EN_NAME
                            + ")\\s+(?:make|made|do|done|gotten|got|received|close|closed|log"
                            + "|logged|sell|sold|visit|visited|have|get|got|hit|achieve|achieved|book|booked|bring|brought|doing"
                            + "|reach|reached|complete|completed|won|win|tracking|pacing|on\\s+track)\\b",
                    "did",
                    "has",
                    "have",
                    "does",
                    " is ",
                    "was"),
            new CuedPattern(
                    "(?i)\\b(?:for|by|of)\\s+(" + EN_LIST + ")\\s*(?=\u0000|$|[?.!]|(?:this|last|in|so\\s+far|for|today"
                            + "|yesterday)\\b)",
                    "for",
                    "by",
                    "of"),
            new CuedPattern("(?i)\\bhow(?:'s|\\s+is)\\s+(" + EN_NAME + ")\\s+(?:doing|tracking|pacing)", "how"),
            new CuedPattern("(?i)\\btarget\\s+(" + EN_NAME + ")\\s+\u0000", "target"),
            new CuedPattern(
                    "(?i)^\\s*(" + EN_NAME
                            + ")\\s+(?:should|needs?\\s+to|has\\s+to|must|is\\s+going\\s+to)\\s+(?:be\\s+aiming|aim|be\\s+at|hit|reach"
                            + "|do|close|make|get|book|bring|land)\\b",
                    "should",
                    "need",
                    "has to",
                    "must",
                    "going to"),
            new CuedPattern(
                    "(?i)\\b(?:remind|ping|tell|notify|nudge)\\s+(" + EN_LIST
                            + ")\\s*(?=\u0000|$|[,.:;!]|(?:to|about|that|of"
                            + "|on|at|every|each|next|tomorrow|today|in|before|after|by)\\b)",
                    "remind",
                    "ping",
                    "tell",
                    "notify",
                    "nudge"),
            new CuedPattern(
                    "(?i)\\breminder\\s+(?:for|to)\\s+(" + EN_LIST
                            + ")\\s*(?=[:,\u0000]|$|\\s+(?:to|about|that|every|on)\\b)",
                    "reminder"),
            new CuedPattern("(?i)\\b(?:compare|comparing|between)\\s+(" + EN_LIST + ")", "compar", "between"),
            new CuedPattern("(?i)\\bput\\s+(" + EN_LIST + ")\\s+down\\s+for\\b", "put"),
            // "targets for next year - Matteo 1.2M, Quinn 1.2M": a capitalised name right before a (masked) amount
            new CuedPattern(
                    "(?:^|[,;:\\-–]\\s*)(?-i:([A-Z][a-z]{1,19}(?:\\s*(?:,|and|&)\\s*[A-Z][a-z]{1,19}){0,6}))\\s*:?\\s+\u0000",
                    "\u0000"),
            new CuedPattern(
                    "^\\s*(?-i:([A-Z][a-z]{1,19}))\\s*,\\s*you(?:'re|\\s+are)?\\s+(?:an?\\s+)?(?:absolute\\s+|total\\s+|true\\s+|real\\s+)?"
                            + "(?i:legend|star|rockstar|hero|genius|machine|beast|champ|rock|the\\s+best|amazing|awesome)",
                    "you"),
            new CuedPattern("给(" + ZH_LIST + ")(?:定|设|设置|订|制定|加|安排|调|改|分配|下|点赞|定个|一个)", "给"),
            new CuedPattern(
                    ZH_NAME_START + "(" + ZH_LIST + ")" + ZH_TIME2 + "的?(?:目标|指标|任务|业绩|拜访量|拜访了|拜访|销售额|成交|签单|排名"
                            + "|提成|奖金|完成|卖了|签了|跑了|见了|去过|获赞|收到|拿了|成交额|营收|gotten)",
                    "目标",
                    "指标",
                    "任务",
                    "业绩",
                    "拜访",
                    "销售额",
                    "成交",
                    "签单",
                    "排名",
                    "提成",
                    "奖金",
                    "完成",
                    "卖了",
                    "签了",
                    "跑了",
                    "见了",
                    "去过",
                    "获赞",
                    "收到",
                    "拿了",
                    "营收",
                    "gotten"),
            new CuedPattern(
                    "(?:表扬|感谢|谢谢|点赞|夸夸|夸一下|表彰|祝贺|恭喜|佩服|致敬|多亏|多谢|服了)(?:一下)?(" + ZH_LIST + ")" + ZH_NAME_END,
                    "表扬",
                    "感谢",
                    "谢谢",
                    "点赞",
                    "夸",
                    "表彰",
                    "祝贺",
                    "恭喜",
                    "佩服",
                    "致敬",
                    "多亏",
                    "多谢",
                    "服了"),
            new CuedPattern(
                    "(" + ZH_LIST + ")\\s{0,3}的?\\s{0,3}" + ZH_TIME2
                            + "\\s{0,3}的?(?:要|的)?(?:拜访|成交|销售|签单|回款)?(?:目标|指标|任务|业绩|完成|KPI|kpi)",
                    "目标",
                    "指标",
                    "任务",
                    "业绩",
                    "完成",
                    "kpi"),
            new CuedPattern(
                    "(?:目标|指标|任务)\\s{0,3}[:：]?\\s{0,3}(" + ZH_LIST + ")(?=\\s|[0-9一二三四五六七八九十两百]|$)", "目标", "指标", "任务"),
            new CuedPattern("给(" + ZH_LIST + ")压", "给"),
            new CuedPattern("(?:赞|功劳|掌声|鲜花|奖杯|红花)(?:要)?(?:送|颁|记)?给(" + ZH_LIST + ")" + ZH_NAME_END, "给"),
            new CuedPattern("为(" + ZH_LIST + ")(?:鼓个?掌|点个?赞|喝彩|欢呼|打call|骄傲)", "为"),
            new CuedPattern(
                    "提醒(" + ZH_LIST
                            + ")(?:对|做|去|看|交|提交|跟进|准备|更新|整理|填|参加|开|打|发|写|联系|确认|检查|记得|一下|下|后天|明天|今天|今晚|下午|上午|晚上|早上|周|星期|把|给|别|在)",
                    "提醒"),
            new CuedPattern("(?:统计|查询|查查|查一下)\\s{0,3}[:：]\\s{0,3}(" + ZH_LIST + ")(?=[，,、\\s]|$)", "统计", "查"),
            new CuedPattern(
                    "(?i)(?:mvp|最佳\\p{IsHan}{0,3}|销冠|冠军|第一名)是(" + ZH_NAME + ")", "mvp", "最佳", "销冠", "冠军", "第一名"),
            new CuedPattern("^\\s*(" + ZH_LIST + ")\\s{0,3}" + ZH_TIME2 + "\\s{0,3}(?:谁|哪个|哪位)", "谁", "哪"),
            new CuedPattern(
                    "(" + ZH_NAME + ")\\s{0,2}(?i:yyds|nb|牛逼|666|绝了|太强了|最棒)",
                    "yyds",
                    "nb",
                    "牛逼",
                    "666",
                    "绝了",
                    "太强",
                    "最棒"),
            new CuedPattern("向(" + ZH_NAME + ")学习", "向"),
            new CuedPattern(
                    ZH_NAME_START + "(" + ZH_NAME + ")" + ZH_TIME
                            + "(?:太|真|很|超|也太|真的)?(?:立大功|立功|太棒|真棒|辛苦|厉害|牛|给力|干得|做得|表现|超额|拿下|搞定)",
                    "立",
                    "棒",
                    "辛苦",
                    "厉害",
                    "牛",
                    "给力",
                    "干得",
                    "做得",
                    "表现",
                    "超额",
                    "拿下",
                    "搞定"),
            new CuedPattern("(" + ZH_LIST + ")(?:必须|要|得|真该|值得|应该)?(?:表扬|点赞|夸一下|夸夸)", "表扬", "点赞", "夸"),
            new CuedPattern(
                    "(" + ZH_LIST + ")(?:干得|做得|表现|这次|真)(?:好|不错|漂亮|很棒|棒|出色|优秀|给力)", "干得", "做得", "表现", "这次", "真"));

    private static final Set<String> NOT_NAMES = Set.copyOf(List.of(
            "me",
            "my",
            "i",
            "we",
            "our",
            "us",
            "you",
            "your",
            "team",
            "everyone",
            "everybody",
            "all",
            "the",
            "him",
            "her",
            "them",
            "they",
            "he",
            "she",
            "it",
            "this",
            "that",
            "each",
            "every",
            "someone",
            "anyone",
            "who",
            "whole",
            "sales",
            "rep",
            "reps",
            "guys",
            "folks",
            "people",
            "crew",
            "squad",
            "everyone's",
            "team's",
            "what",
            "how",
            "much",
            "many",
            "is",
            "are",
            "was",
            "for",
            "to",
            "and",
            "a",
            "an",
            "q1",
            "q2",
            "q3",
            "q4",
            "month",
            "week",
            "year",
            "quarter",
            "today",
            "yesterday",
            "target",
            "targets",
            "quota",
            "goal",
            "visits",
            "deals",
            "revenue",
            "kudos",
            "amazing",
            "awesome",
            "great",
            "good",
            "nice",
            "work",
            "job",
            "help",
            "landing",
            "closing",
            "being",
            "getting",
            "making",
            "doing",
            "helping",
            "their",
            "his",
            "hers",
            "new",
            "next",
            "last",
            "so",
            "far",
            "in",
            "on",
            "of",
            "by",
            "with",
            "lol",
            "tally",
            "visit",
            "did",
            "get",
            "got",
            "gets",
            "sales",
            "deal",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "mondays",
            "tuesdays",
            "wednesdays",
            "thursdays",
            "fridays",
            "saturdays",
            "sundays",
            "count",
            "total",
            "number",
            "both",
            "thanks",
            "thank",
            "there",
            "here",
            "send",
            "give",
            "huge",
            "big",
            "total",
            "closed",
            "set",
            "applause",
            "round",
            "show",
            "everyone's",
            "both",
            "us",
            "again",
            "them",
            "today's",
            "client",
            "customer",
            "account",
            "about",
            "to",
            "the",
            "a",
            "an",
            "change",
            "update",
            "raise",
            "lower",
            "bump",
            "get",
            "make",
            "please",
            "tell",
            "ok",
            "okay",
            "monthly",
            "weekly",
            "quarterly",
            "numbers",
            "ask",
            "have",
            "mvp",
            "salesbot",
            "bot",
            "new",
            "goal",
            "quota"));
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|\\band\\b|&|和|、|及|与|跟)\\s*");
    private static final Pattern OLD_SURNAME = Pattern.compile("老[" + SURNAMES + "]");
    private static final String HAN_NOT_NAMES = "大家团队我你他她们全组各位同事老板领导";

    /** The names found, in order and each once. */
    public List<String> find(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        String lower = CuedPattern.lower(text);
        for (CuedPattern pattern : PATTERNS) {
            Matcher m = pattern.matcher(text, lower);
            for (int n = 0; m != null && n < 8 && m.find(); n++) {
                for (String part : SPLIT.split(m.group(1))) {
                    String name = withoutLeadingVerb(
                            part.replace(String.valueOf(ChatText.MASK), "").strip());
                    if (acceptable(name)) {
                        names.add(name);
                    }
                }
            }
        }
        return new ArrayList<>(names);
    }

    // "set Theo's quota": the pattern's two-word name took the verb along; the person is the word after it.
    private static String withoutLeadingVerb(String name) {
        int space = name.indexOf(' ');
        if (space > 0 && NOT_NAMES.contains(name.substring(0, space).toLowerCase(Locale.ROOT))) {
            return name.substring(space + 1).strip();
        }
        return name;
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
        if (lower.endsWith(" s")) {
            return false;
        }
        return HAN_NOT_NAMES.indexOf(name.charAt(0)) < 0
                || OLD_SURNAME.matcher(name).matches();
    }
}
