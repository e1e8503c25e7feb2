package com.salesbot.nlp.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a name as written, forward from where an anchor phrase ends ("visited |Acme Corp today") or
 * backward from where one begins ("Globex| signed 50k"), stopping at the words that end a name in
 * chat: dates, amounts (already masked), punctuation, verbs, pronouns and connectives.
 */
final class NameScanner {
    /** A name and where it was read. */
    record Found(String name, int start, int end) {}

    private static final int MAX_LATIN_TOKENS = 6;
    private static final int MAX_HAN = 20;

    // English words that end a name (or cannot start one).
    private static final Set<String> EN_STOPS =
            Set.copyOf(List.of( // duplicates tolerated: the list is easier to grow by topic
                    "today",
                    "tomorrow",
                    "yesterday",
                    "tonight",
                    "this",
                    "last",
                    "next",
                    "and",
                    "about",
                    "to",
                    "for",
                    "at",
                    "on",
                    "in",
                    "with",
                    "from",
                    "by",
                    "re",
                    "regarding",
                    "via",
                    "after",
                    "before",
                    "during",
                    "since",
                    "until",
                    "met",
                    "meet",
                    "meeting",
                    "visited",
                    "visit",
                    "called",
                    "call",
                    "talked",
                    "spoke",
                    "signed",
                    "closed",
                    "closing",
                    "bought",
                    "ordered",
                    "renewed",
                    "purchased",
                    "is",
                    "are",
                    "was",
                    "were",
                    "be",
                    "been",
                    "has",
                    "have",
                    "had",
                    "will",
                    "would",
                    "should",
                    "could",
                    "can",
                    "did",
                    "do",
                    "does",
                    "said",
                    "says",
                    "wants",
                    "want",
                    "needs",
                    "need",
                    "asked",
                    "told",
                    "went",
                    "go",
                    "going",
                    "got",
                    "get",
                    "gave",
                    "give",
                    "agreed",
                    "seems",
                    "looks",
                    "looked",
                    "so",
                    "but",
                    "because",
                    "who",
                    "which",
                    "that",
                    "where",
                    "when",
                    "while",
                    "if",
                    "then",
                    "than",
                    "again",
                    "also",
                    "too",
                    "just",
                    "still",
                    "already",
                    "yet",
                    "please",
                    "pls",
                    "thanks",
                    "thank",
                    "asap",
                    "soon",
                    "later",
                    "earlier",
                    "morning",
                    "afternoon",
                    "evening",
                    "week",
                    "month",
                    "quarter",
                    "year",
                    "monday",
                    "tuesday",
                    "wednesday",
                    "thursday",
                    "friday",
                    "saturday",
                    "sunday",
                    "the",
                    "a",
                    "an",
                    "my",
                    "our",
                    "your",
                    "their",
                    "his",
                    "her",
                    "its",
                    "we",
                    "i",
                    "they",
                    "he",
                    "she",
                    "it",
                    "me",
                    "us",
                    "them",
                    "you",
                    "deal",
                    "deals",
                    "demo",
                    "proposal",
                    "quote",
                    "contract",
                    "order",
                    "po",
                    "follow",
                    "followup",
                    "follow-up",
                    "as",
                    "stage",
                    "opportunity",
                    "opp",
                    "lead",
                    "qualified",
                    "negotiation",
                    "won",
                    "lost",
                    "dead",
                    "history",
                    "info",
                    "information",
                    "status",
                    "details",
                    "notes",
                    "update",
                    "updates",
                    "summary",
                    "overview",
                    "background",
                    "pipeline",
                    "visits",
                    "offering",
                    "offered",
                    "pitching",
                    "pitched",
                    "bidding",
                    "quoting",
                    "undercutting",
                    "undercut",
                    "discounting",
                    "pushing",
                    "evaluating",
                    "considering",
                    "talking",
                    "trying",
                    "hiring",
                    "went",
                    "chose",
                    "picked",
                    "selected",
                    "switched",
                    "switching",
                    "moving",
                    "moved",
                    "into",
                    "of",
                    "off",
                    "or",
                    "not",
                    "no",
                    "yes",
                    "ok",
                    "okay",
                    "went",
                    "demoed",
                    "presented",
                    "renewal",
                    "account",
                    "now",
                    "here",
                    "there",
                    "what",
                    "what's",
                    "whats",
                    "how",
                    "how's",
                    "hows",
                    "why",
                    "any",
                    "some",
                    "all",
                    "everyone",
                    "team",
                    "customer",
                    "client",
                    "prospect",
                    "company",
                    "around",
                    "over",
                    "out",
                    "up",
                    "down",
                    "today's",
                    "tomorrow's",
                    "going",
                    "very",
                    "really",
                    "great",
                    "good",
                    "nice",
                    "well",
                    "bad",
                    "went",
                    "lunch",
                    "dinner",
                    "coffee",
                    "breakfast",
                    "onsite",
                    "on-site",
                    "office",
                    "hq",
                    "headquarters",
                    "site",
                    "again",
                    "like",
                    "per",
                    "new",
                    "more",
                    "much",
                    "many",
                    "few",
                    "amount",
                    "sale",
                    "sales",
                    "revenue",
                    "target",
                    "reminder",
                    "remind",
                    "kudos",
                    "intel",
                    "note",
                    "fyi",
                    "heads",
                    "news",
                    "recap",
                    "log",
                    "logged",
                    "record",
                    "add",
                    "added",
                    "please",
                    "maybe",
                    "probably",
                    "finally",
                    "officially",
                    "pretty",
                    "quite",
                    "cto",
                    "ceo",
                    "cfo",
                    "coo",
                    "cio",
                    "vp",
                    "director",
                    "manager",
                    "buyer",
                    "owner",
                    "founder",
                    "big",
                    "finance",
                    "ops",
                    "operations",
                    "procurement",
                    "purchasing",
                    "engineering",
                    "marketing",
                    "legal",
                    "hr",
                    "staff",
                    "folks",
                    "guys",
                    "people",
                    "quoted",
                    "launched",
                    "visited",
                    "reps",
                    "brochures",
                    "brochure",
                    "lower",
                    "higher",
                    "flyers",
                    "booth",
                    "sales",
                    "alos",
                    "currently",
                    "recently",
                    "uses",
                    "using",
                    "too",
                    "huge",
                    "small",
                    "large",
                    "first",
                    "another",
                    "whole",
                    "entire",
                    "annual",
                    "yearly",
                    "monthly",
                    "total",
                    "off",
                    "discount",
                    "price",
                    "pricing",
                    "cheaper",
                    "aggressive",
                    "again",
                    "because",
                    "too",
                    "we're",
                    "i'm",
                    "they're",
                    "it's",
                    "we've",
                    "i've",
                    "that's",
                    "there's",
                    "let's",
                    "don't",
                    "didn't",
                    "won't",
                    "can't",
                    "competitor",
                    "competitors",
                    "competition",
                    "potential",
                    "possible",
                    "estimated",
                    "expected",
                    "approx",
                    "roughly",
                    "poach",
                    "steal",
                    "lure",
                    "unhappy",
                    "happy",
                    "frustrated",
                    "left",
                    "w/",
                    "done",
                    "complete",
                    "completed",
                    "joined",
                    "received",
                    "sent",
                    "send",
                    "sending",
                    "shared",
                    "mark",
                    "move",
                    "add",
                    "set",
                    "change",
                    "tmrw",
                    "f/u",
                    "fu",
                    "fyi",
                    "asap",
                    "then",
                    "went",
                    "there",
                    "who's",
                    "what's",
                    "regards",
                    "via",
                    "opportunity",
                    "stats",
                    "numbers",
                    "count",
                    "report",
                    "reports",
                    "digest",
                    "standup",
                    "open",
                    "review",
                    "booked",
                    "landed",
                    "door",
                    "trial",
                    "quick",
                    "hey",
                    "hi",
                    "hello",
                    "yo",
                    "btw",
                    "um",
                    "ok",
                    "ps",
                    "note",
                    "morning!",
                    "pls",
                    "plz",
                    "thx"));

    // Words after "X's" that make X a company and the rest a person: "Acme's CTO".
    private static final Set<String> POSSESSED_ROLES = Set.of(
            "cto",
            "ceo",
            "cfo",
            "coo",
            "cio",
            "cmo",
            "vp",
            "head",
            "director",
            "manager",
            "buyer",
            "owner",
            "founder",
            "procurement",
            "purchasing",
            "team",
            "people",
            "it",
            "ops",
            "finance",
            "boss",
            "gm",
            "president",
            "lead",
            "engineer",
            "engineers",
            "admin",
            "pricing",
            "price",
            "offer",
            "rep",
            "reps",
            "contact",
            "champion");

    private static final String BACKWARD_STOP_CHARS = "了的在和跟与是把给从对向也都就还说去见约请吗呢吧啊呀嘛哦我你他她们这那";

    private static final Set<String> ROLE_WORDS =
            Set.of("cto", "ceo", "cfo", "coo", "cio", "cmo", "vp", "it", "hr", "pm", "gm", "po", "crm", "erp", "mvp");

    private static final String[] COMPANY_ENDINGS = {
        "有限公司", "集团", "公司", "科技", "机械", "食品", "软件", "物流", "贸易", "酒店", "医药", "药业", "电子", "电器", "银行",
        "保险", "汽车", "建材", "化工", "信息", "技术", "实业", "控股", "置业", "地产", "股份", "精密", "配件", "管理", "咨询",
        "文化", "传媒", "教育", "医院", "大学", "中心", "工业", "能源", "制造", "餐饮", "超市", "商场"
    };

    private static final String[] HAN_COMPANY_SUFFIXES = {
        "股份有限公司", "有限责任公司", "有限公司", "分公司", "集团", "公司", "科技", "中国", "银行", "医院", "大学", "药业", "电子"
    };

    // Lower-case words that may sit inside a name but not at its start or end ("Bank of China").
    private static final Set<String> EN_INNER = Set.of("of", "and", "the", "&", "de", "la", "von", "van");

    // Han words that end a name: time words, verbs, places and particles a rep types right after it.
    private static final String[] HAN_STOP_WORDS = {
        "今天", "明天", "昨天", "后天", "前天", "上午", "下午", "晚上", "中午", "早上", "刚才", "刚刚", "上周", "下周", "本周", "这周", "本月", "这个月",
        "下个月", "上个月", "周一", "周二", "周三", "周四", "周五", "周六", "周日", "星期", "礼拜", "开会", "拜访", "沟通", "交流", "讨论", "演示", "介绍",
        "汇报", "报价", "吃饭", "签约", "签单", "确认", "采购", "合作", "续约", "续费", "下单", "付款", "回款", "老板", "项目", "需求", "方案", "产品",
        "团队", "负责人", "那边", "那儿", "那里", "这边", "这里", "的人", "最近", "怎么", "目前", "现在", "已经", "正在", "准备", "打算", "可能", "应该",
        "一起", "一下", "关于", "对于", "进行", "提供", "成交", "赢单", "丢单", "黄了", "输单", "没戏", "谈判", "议价", "改成", "改为", "变成", "推进",
        "进入", "情况", "历史", "记录", "进展", "跟进", "商机", "单子", "订单", "合同", "客户", "公司的", "这个", "那个", "非常", "比较", "特别", "感兴趣",
        "很", "又", "也", "还", "都", "就", "要", "会", "把", "被", "给", "让", "向", "从", "到", "再", "已", "是", "有", "没", "不", "和",
        "跟", "与", "及", "对", "在", "签", "谈", "聊", "见", "说", "讲", "吗", "呢", "吧", "啊", "呀", "嘛", "哦", "了", "的", "等", "去",
        "来", "约", "看", "做", "用", "买", "订", "挖", "推", "送", "降", "打", "报", "贡献", "拜访完", "完了", "更新", "详情", "下一步", "之前",
        "出来", "回签", "搞定", "拿下", "档案", "数据", "几", "一共", "一批", "一个", "一单", "一笔", "一些", "一次", "终于", "听说", "打卡", "请", "吃",
        "卖", "这", "那", "发", "我", "你", "他", "她", "们", "趟", "过", "从", "成交额", "销售额", "业绩", "金额", "单量", "次数", "阶段", "价格",
        "预算", "试用", "招标", "答应", "答复", "表示", "觉得", "希望", "反馈", "带", "上门", "刚", "电话", "线上", "线下", "鼓掌", "必须", "搞", "调",
        "查", "问", "找", "记", "着", "被", "分享", "参加", "出现", "不满", "满意", "对比", "排", "总共", "合计", "一直", "提醒", "通知", "告诉", "为",
        "凉了", "凉凉", "录成", "录入", "标记", "左右", "大概", "大约", "差不多", "开了", "点赞", "合格", "线索", "初步接触", "营收", "倾向", "因为", "所以",
        "但是", "不过", "然后", "动态", "情报", "消息", "的销售", "的人", "的团队", "演示", "出了", "比一下", "比较", "盖章", "转了", "坐了", "坐坐", "挪",
        "首单", "中标", "拍板", "款到", "到账", "资料", "意向", "较强", "最近一次", "是什么", "什么时候", "活动", "促销", "正在", "接触", "获赞", "收到", "功能",
        "出单", "的续费", "的续约", "的合同", "的款", "款", "不在", "留了"
    };

    // Han endings that continue a company name even though they start with a stop character.
    private static final String[] HAN_CONTINUATIONS = {"有限公司", "有限责任公司", "股份有限公司", "有限"};

    // Han words a name cannot start with: pronouns, demonstratives and generic nouns.
    private static final String[] HAN_BAD_STARTS = {
        "我", "你", "他", "她", "它", "咱", "大家", "对方", "这", "那", "哪", "一", "几", "年", "进", "面", "底", "时", "客户", "公司", "下次",
        "上次", "下周", "上周", "本周", "老板", "领导", "同事", "团队", "他们", "个", "些", "谁", "什么", "多少", "怎么", "刚", "帮", "请", "查", "问",
        "找", "记", "过", "趟", "技术", "采购", "财务", "领导", "听说", "打卡", "调", "把", "给", "和", "跟", "在", "去", "到", "从", "对", "向",
        "为", "被", "让", "又", "也", "还", "都", "就", "要", "会", "说", "看", "聊", "电话", "微信", "上门", "下单", "成交", "签", "约", "见",
        "开", "发", "报", "们", "部", "录", "登记", "新增", "整个", "平均", "每", "比一下", "比较", "所有", "全部", "各", "谁", "合格", "线索", "初步",
        "谈判", "赢单", "输单", "丢单", "报价", "方案", "需求", "左右", "大概", "大约", "点赞", "动态", "情报", "消息", "因为", "对接人", "意向", "潜在",
        "金额", "规模", "竞争", "竞品", "对手", "友商", "竞对", "陪", "资料", "注意", "获赞", "收到", "功能", "出单"
    };

    // the stop words by their first and by their last character, indexed by that character: these are
    // looked up at nearly every character a name scan passes, where a boxed map key cost more than the rest
    private static final String[][] STOPS_BY_FIRST = index(HAN_STOP_WORDS, true);
    private static final String[][] STOPS_BY_LAST = index(HAN_STOP_WORDS, false);
    // the same for the words a name cannot start with and the company endings: only the few that
    // share the character at hand are compared, not all of them
    private static final String[][] BAD_STARTS_BY_FIRST = index(HAN_BAD_STARTS, true);
    private static final String[][] COMPANY_ENDINGS_BY_LAST = index(COMPANY_ENDINGS, false);

    private NameScanner() {}

    // each word under its first (or last) character, in the order given
    private static String[][] index(String[] words, boolean byFirst) {
        Map<Character, List<String>> lists = new HashMap<>();
        for (String stop : words) {
            char key = byFirst ? stop.charAt(0) : stop.charAt(stop.length() - 1);
            lists.computeIfAbsent(key, k -> new ArrayList<>()).add(stop);
        }
        String[][] out = new String[Character.MAX_VALUE + 1][];
        lists.forEach((k, v) -> out[k] = v.toArray(String[]::new));
        return out;
    }

    /** The name starting at {@code from} (after spaces and an opening quote), or null. */
    static Found forward(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == ':' || text.charAt(i) == '：')) {
            i++;
        }
        if (i >= text.length()) {
            return null;
        }
        char c = text.charAt(i);
        int close = closingQuote(c);
        if (close >= 0) {
            int end = text.indexOf(close, i + 1);
            if (end > i + 1 && end - i <= 60) {
                String quoted = text.substring(i + 1, end).strip();
                return quoted.isEmpty() || quoted.indexOf(ChatText.MASK) >= 0 ? null : new Found(quoted, i + 1, end);
            }
            return null;
        }
        if (ChatText.isHan(c)) {
            return hanForward(text, i);
        }
        if (isLatinNameChar(c)) {
            return latinForward(text, i);
        }
        return null;
    }

    /** The name ending at {@code to} (before spaces), or null. */
    static Found backward(String text, int to) {
        int i = to;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        if (i <= 0) {
            return null;
        }
        char c = text.charAt(i - 1);
        int open = openingQuote(c);
        if (open >= 0) {
            int start = text.lastIndexOf(open, i - 2);
            if (start >= 0 && i - 1 - start > 1 && i - start <= 60) {
                String quoted = text.substring(start + 1, i - 1).strip();
                return quoted.isEmpty() || quoted.indexOf(ChatText.MASK) >= 0
                        ? null
                        : new Found(quoted, start + 1, i - 1);
            }
            return null;
        }
        if (ChatText.isHan(c)) {
            return hanBackward(text, i);
        }
        if (isLatinNameChar(c) || c == '.') {
            Found latin = latinBackward(text, i);
            if (latin != null && latin.start() > 0 && ChatText.isHan(text.charAt(latin.start() - 1))) {
                Found han = hanBackward(text, latin.start());
                if (han != null) {
                    return new Found(text.substring(han.start(), latin.end()), han.start(), latin.end()); // 微软Dynamics
                }
            }
            return latin;
        }
        return null;
    }

    /** The leading capitalised words of an English name ("Acme Corp" of "Acme Corp meeting"), or null. */
    static Found capitalisedHead(Found name) {
        String[] words = name.name().split(" ");
        int length = 0;
        int kept = 0;
        for (String word : words) {
            boolean capital =
                    !word.isEmpty() && (Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0)));
            if (!capital && !(kept > 0 && EN_INNER.contains(word.toLowerCase(Locale.ROOT)))) {
                break;
            }
            length += (kept == 0 ? 0 : 1) + word.length();
            kept++;
        }
        String head = name.name().substring(0, length).strip();
        while (head.contains(" ")
                && EN_INNER.contains(head.substring(head.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT))) {
            head = head.substring(0, head.lastIndexOf(' '));
        }
        return head.isEmpty() || kept == 0 ? null : new Found(head, name.start(), name.start() + head.length());
    }

    /** True when {@code word} is an English word that never is (or ends) a name. */
    static boolean isEnglishStop(String word) {
        return EN_STOPS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Found latinForward(String text, int start) {
        int i = start;
        int end = start;
        int tokens = 0;
        int lastGoodEnd = -1;
        while (i < text.length() && tokens < MAX_LATIN_TOKENS) {
            int tokenEnd = i;
            while (tokenEnd < text.length() && isLatinTokenChar(text.charAt(tokenEnd))) {
                tokenEnd++;
            }
            if (tokenEnd == i) {
                break;
            }
            String raw = text.substring(i, tokenEnd);
            String token = trimTail(raw);
            boolean abbreviation = raw.endsWith(".")
                    && token.length() <= 3
                    && Character.isUpperCase(token.charAt(0))
                    && capitalisedWordAt(text, tokenEnd + 1);
            if (abbreviation) {
                token = raw; // "St. Mary's Clinic", "Co. Ltd": the dot belongs to the name
            }
            boolean possessive = token.endsWith("'s") && possessedRoleAt(text, tokenEnd + 1);
            if (possessive) {
                token = token.substring(0, token.length() - 2); // "Acme's CTO": the company is Acme
            }
            String lower = token.toLowerCase(Locale.ROOT);
            if (token.isEmpty()) {
                break;
            }
            boolean inner = tokens > 0 && EN_INNER.contains(lower);
            if (!inner && EN_STOPS.contains(lower)) {
                break;
            }
            if (tokens == 0 && EN_INNER.contains(lower)) {
                break;
            }
            tokens++;
            end = i + token.length();
            if (!inner) {
                lastGoodEnd = end;
            }
            if (possessive || end < tokenEnd) {
                break; // "Acme's", "Acme,": the name ends at the punctuation
            }
            if (tokenEnd < text.length()
                    && text.charAt(tokenEnd) == ' '
                    && tokenEnd + 1 < text.length()
                    && (isLatinNameChar(text.charAt(tokenEnd + 1)) || text.charAt(tokenEnd + 1) == '&')) {
                i = tokenEnd + 1;
            } else {
                break;
            }
        }
        if (lastGoodEnd < 0) {
            return null;
        }
        int end2 = lastGoodEnd;
        if (end2 < text.length() && ChatText.isHan(text.charAt(end2))) {
            // "Wayne集团", "Acme中国": a Latin name with a Chinese company suffix
            for (String suffix : HAN_COMPANY_SUFFIXES) {
                if (text.startsWith(suffix, end2)) {
                    end2 += suffix.length();
                    break;
                }
            }
        }
        return new Found(text.substring(start, end2), start, end2);
    }

    private static boolean capitalisedWordAt(String text, int i) {
        return i < text.length() && Character.isUpperCase(text.charAt(i));
    }

    private static boolean possessedRoleAt(String text, int i) {
        int end = i;
        while (end < text.length() && Character.isLetter(text.charAt(end)) && !ChatText.isHan(text.charAt(end))) {
            end++;
        }
        return end > i && POSSESSED_ROLES.contains(text.substring(i, end).toLowerCase(Locale.ROOT));
    }

    private static Found latinBackward(String text, int end) {
        int i = end;
        int start = end;
        int tokens = 0;
        int capitalStart = -1;
        boolean allCapitalised = true;
        while (i > 0 && tokens < MAX_LATIN_TOKENS) {
            int tokenStart = i;
            while (tokenStart > 0 && isLatinTokenChar(text.charAt(tokenStart - 1))) {
                tokenStart--;
            }
            if (tokenStart == i) {
                break;
            }
            String token = trimTail(text.substring(tokenStart, i));
            String lower = token.toLowerCase(Locale.ROOT);
            if (token.isEmpty() || (EN_STOPS.contains(lower) && !(tokens > 0 && EN_INNER.contains(lower)))) {
                break;
            }
            tokens++;
            start = tokenStart;
            boolean capital = Character.isUpperCase(token.charAt(0));
            if (capital) {
                capitalStart = tokenStart;
            } else if (!EN_INNER.contains(lower) && !Character.isDigit(token.charAt(0))) {
                allCapitalised = false;
                if (capitalStart >= 0) {
                    break; // "great news Globex": the capitalised run is the name
                }
            }
            if (tokenStart > 0
                    && text.charAt(tokenStart - 1) == ' '
                    && tokenStart > 1
                    && isLatinTokenChar(text.charAt(tokenStart - 2))) {
                i = tokenStart - 1;
            } else {
                break;
            }
        }
        if (tokens == 0) {
            return null;
        }
        if (capitalStart >= 0 && !allCapitalised) {
            start = capitalStart;
        } else if (capitalStart < 0 && tokens >= MAX_LATIN_TOKENS) {
            return null; // a long lower-case run is a sentence, not a name
        }
        String name = trimTail(text.substring(start, end));
        while (!name.isEmpty() && EN_INNER.contains(firstWord(name).toLowerCase(Locale.ROOT))) {
            int space = name.indexOf(' ');
            if (space < 0) {
                return null;
            }
            start += space + 1;
            name = name.substring(space + 1);
        }
        return name.isEmpty() ? null : new Found(name, start, start + name.length());
    }

    private static Found hanForward(String text, int start) {
        if (startsWithBadStart(text, start)) {
            return null;
        }
        if (multiCharStopAt(text, start)) {
            return null;
        }
        int i = start + 1;
        outer:
        while (i < text.length() && i - start < MAX_HAN) {
            char c = text.charAt(i);
            for (String more : HAN_CONTINUATIONS) {
                if (text.startsWith(more, i)) {
                    i += more.length();
                    continue outer;
                }
            }
            if (!ChatText.isHan(c) && !isAsciiLetterOrDigit(c)) {
                break;
            }
            if (isAsciiLetterOrDigit(c) && ChatText.isHan(text.charAt(i - 1))) {
                // "悟空CRM", "微软Dynamics" are names; "华为CTO" is a company and its contact
                int latinEnd = i;
                while (latinEnd < text.length() && isAsciiLetterOrDigit(text.charAt(latinEnd))) {
                    latinEnd++;
                }
                if (ROLE_WORDS.contains(text.substring(i, latinEnd).toLowerCase(Locale.ROOT))) {
                    break;
                }
                i = latinEnd;
                continue;
            }
            if (stopsAt(text, i) && !(i - start == 1 && !strongStop(c)) && !companyContinues(text, start, i)) {
                // Chinese company names have at least two characters, so the second is never a stop: 美的, 蔚来
                break;
            }
            i++;
        }
        if (i - start < 2) {
            return null;
        }
        return new Found(text.substring(start, i), start, i);
    }

    private static Found hanBackward(String text, int end) {
        int i = end - 1;
        while (i >= 0 && end - i <= MAX_HAN) {
            char c = text.charAt(i);
            if (!ChatText.isHan(c) && !isAsciiLetterOrDigit(c)) {
                break;
            }
            if (backwardStopEndsAt(text, i)
                    && !insideContinuation(text, i)
                    && !companyContinuesBackward(text, i, end)) {
                if (c == '的'
                        && end - i >= 2
                        && i >= 1
                        && ChatText.isHan(text.charAt(i - 1))
                        && (i < 2 || !ChatText.isHan(text.charAt(i - 2)) || stopEndsAt(text, i - 2))) {
                    i -= 2; // "和美的集团": a one-character head plus 的 is the name 美的
                    continue;
                }
                break;
            }
            i--;
        }
        int start = i + 1;
        if (end - start == 1
                && start > 0
                && ChatText.isHan(text.charAt(start - 1))
                && !strongStop(text.charAt(start - 1))) {
            start--;
        }
        if (end - start == 0 && end >= 2 && text.charAt(end - 1) == '的' && ChatText.isHan(text.charAt(end - 2))) {
            start = end - 2; // 美的 ends in 的, which otherwise ends every name
        }
        if (end - start < 2) {
            return null;
        }
        String name = text.substring(start, end);
        if (startsWithBadStart(name, 0)) {
            return null;
        }
        return new Found(name, start, end);
    }

    private static boolean startsWithBadStart(String text, int i) {
        String[] candidates = i < text.length() ? BAD_STARTS_BY_FIRST[text.charAt(i)] : null;
        if (candidates != null) {
            for (String bad : candidates) {
                if (text.startsWith(bad, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean multiCharStopAt(String text, int i) {
        String[] candidates = STOPS_BY_FIRST[text.charAt(i)];
        if (candidates != null) {
            for (String stop : candidates) {
                if (stop.length() > 1 && text.startsWith(stop, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean stopsAt(String text, int i) {
        String[] candidates = STOPS_BY_FIRST[text.charAt(i)];
        if (candidates != null) {
            for (String stop : candidates) {
                if (text.startsWith(stop, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    // Reading backward, a single character such as 来 or 为 is more often inside a name (蔚来, 华为) than a
    // boundary; only words and unmistakable particles end it.
    private static boolean backwardStopEndsAt(String text, int i) {
        char c = text.charAt(i);
        if (BACKWARD_STOP_CHARS.indexOf(c) >= 0) {
            return true;
        }
        String[] candidates = STOPS_BY_LAST[c];
        if (candidates != null) {
            for (String stop : candidates) {
                int from = i - stop.length() + 1;
                if (stop.length() > 1 && from >= 0 && text.startsWith(stop, from)) {
                    return true;
                }
            }
        }
        return false;
    }

    // A single stop character inside a company name ("天和食品股份有限公司", "金桥建材集团"): the run after it ends
    // in a company suffix, and at least two characters of name come before it.
    private static boolean companyContinues(String text, int start, int i) {
        if (i - start < 2 || multiCharStopAt(text, i)) {
            return false;
        }
        int j = i + 1;
        while (j < text.length() && j - i <= MAX_HAN && ChatText.isHan(text.charAt(j)) && !stopsAt(text, j)) {
            j++;
        }
        return endsWithCompanySuffix(text, i + 1, j);
    }

    private static boolean companyContinuesBackward(String text, int i, int end) {
        if (!endsWithCompanySuffix(text, i + 1, end) || multiCharStopEndsAt(text, i)) {
            return false;
        }
        int j = i - 1;
        while (j >= 0 && i - j <= MAX_HAN && ChatText.isHan(text.charAt(j)) && !backwardStopEndsAt(text, j)) {
            j--;
        }
        return i - 1 - j >= 2;
    }

    private static boolean endsWithCompanySuffix(String text, int from, int to) {
        if (to - from < 2) {
            return false;
        }
        String[] candidates = COMPANY_ENDINGS_BY_LAST[text.charAt(to - 1)];
        if (candidates != null) {
            for (String suffix : candidates) {
                if (to - from > suffix.length() && text.startsWith(suffix, to - suffix.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean multiCharStopEndsAt(String text, int i) {
        String[] candidates = STOPS_BY_LAST[text.charAt(i)];
        if (candidates != null) {
            for (String stop : candidates) {
                int from = i - stop.length() + 1;
                if (stop.length() > 1 && from >= 0 && text.startsWith(stop, from)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean insideContinuation(String text, int i) {
        for (String more : HAN_CONTINUATIONS) {
            for (int from = Math.max(0, i - more.length() + 1); from <= i; from++) {
                if (text.startsWith(more, from)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean stopEndsAt(String text, int i) {
        String[] candidates = STOPS_BY_LAST[text.charAt(i)];
        if (candidates != null) {
            for (String stop : candidates) {
                int from = i - stop.length() + 1;
                if (from >= 0 && text.startsWith(stop, from)) {
                    return true;
                }
            }
        }
        return false;
    }

    // Characters that can never be the second half of a two-character name.
    private static boolean strongStop(char c) {
        return "了在和跟与是不没就也把被给让从再对吗呢吧啊呀嘛哦".indexOf(c) >= 0;
    }

    private static boolean isLatinNameChar(char c) {
        return isAsciiLetterOrDigit(c) || (Character.isLetter(c) && !ChatText.isHan(c) && c < 0x3000);
    }

    private static boolean isLatinTokenChar(char c) {
        return isLatinNameChar(c) || c == '&' || c == '.' || c == '\'' || c == '-' || c == '+';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static String trimTail(String token) {
        int end = token.length();
        while (end > 0 && ".-'+".indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        // Keep the dot of an abbreviation such as "Corp." only inside a name; the caller trims the last one.
        return token.substring(0, end);
    }

    private static String firstWord(String s) {
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }

    private static int closingQuote(char c) {
        return switch (c) {
            case '"' -> '"';
            case '“' -> '”';
            case '「' -> '」';
            case '『' -> '』';
            case '《' -> '》';
            default -> -1;
        };
    }

    private static int openingQuote(char c) {
        return switch (c) {
            case '"' -> '"';
            case '”' -> '“';
            case '」' -> '「';
            case '』' -> '『';
            case '》' -> '《';
            default -> -1;
        };
    }
}
