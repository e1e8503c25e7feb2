package com.salesbot.nlp.intent;

import com.salesbot.nlp.text.ChatTokenizer;
import com.salesbot.nlp.text.WordStemmer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A small curated lexicon of sales-chat cue words, English and Chinese, grouped into classes
 * ("visit", "remind", "ranking", …). A phrasing the training corpus never used still lights up the
 * class its cue word belongs to, so the classifier generalises across synonyms ("swung by",
 * "popped in", "上门" all read as {@code visit}). Entries are matched on stemmed tokens, so
 * inflections need not be listed; Chinese entries match as character sequences.
 */
public final class CueLexicon {
    private static final Map<String, String[]> CLASSES = new LinkedHashMap<>();

    static {
        CLASSES.put("visit", new String[] {
            "visit", "visited", "site visit", "onsite", "on site", "on-site", "in person", "face to face", "f2f",
            "met", "meet", "meeting", "mtg", "met with", "dropped by", "drop by", "stopped by",
            "stop by", "popped in", "pop in", "popped by", 
            "cold call", "call with", "phone call", "on the phone", "video call", "zoom", "teams call", "webex",
            "demo", "demoed", "presented", "presentation", "pitched", "pitch", "catch-up",
            "catch up", "caught up", "coffee with", "lunch with", "dinner with", "spoke with", "spoke to",
            "talked to", "talked with", "chatted with", "saw", "went to", "headed to", "tour",
            "拜访", "见了", "见面", "会面", "面谈", "上门", "登门", "去了", "跑了", "走访", "约见", "拜会", "见客户",
            "聊了", "沟通", "交流", "电话", "通话", "视频会", "开会", "开了会", "演示", "吃饭", "喝茶", "喝咖啡",
        });
        CLASSES.put("contact", new String[] {
            "cto", "cfo", "ceo", "coo", "cio", "vp", "director", "manager", "head of", "owner", "buyer",
            "procurement", "purchasing", "decision maker", "champion", "stakeholder", "mr", "mrs", "ms", "dr",
            "经理", "总监", "主任", "老板", "采购", "负责人", "董事长", "总经理", "院长", "科长", "处长", "主管",
        });
        CLASSES.put("sale", new String[] {
            "closed", "close", "closed won", "signed", "sign", "signature", "inked", "won", "win", "landed",
            "secured", "booked", "sold", "purchase", "purchased", "bought", "order", "po", "purchase order",
            "deal done", "done deal", "over the line", "across the line",
            "committed", "renewed", "renewal", "contract", "paid", "payment", "invoice", "upsell", "upsold",
            "签单", "签了", "签约", "签下", "签合同", "成交", "拿下", "下单", "订单", "合同", "赢单", "出单", "开单",
            "回款", "打款", "付款", "中标", "续约", "续费", "买了", "采购了", "定了", "搞定",
            "落地",
        });
        CLASSES.put("stage", new String[] {
            "stage", "pipeline", "move", "moved", "mark", "marked", "set to", "change to", "bump", 
            "upgrade", "push back", "advance", "progress to", "lead", "qualified", "qualification",
            "proposal", "quote", "quotation", "negotiation", "negotiating", "negotiate", "closed lost", "lost",
            "dead", "went dark", "fell through", "fall through", "dropped out", "no go", 
            "阶段", "改成", "改为", "标成", "标为", "标记", "移到", "推进", "推到", "商机", "报价", "谈判", "议价",
            "输单", "丢单", "黄了", "没戏", "放弃", "线索", "意向", "方案", "投标",
        });
        CLASSES.put("target", new String[] {
            "target", "quota", "goal", "number", "attainment", "okr", "plan", "on track", "on pace",
            "to go", "short", "gap", "remaining", "left to", "percent", "hit my", "make my", "pacing",
            "目标", "指标", "任务", "完成率", "达成", "进度", "还差", "差多少", "完成了多少", "业绩目标", "额度",
            "kpi",
        });
        CLASSES.put("ranking", new String[] {
            "leaderboard", "leader board", "ranking", "rank", "ranked", "standings", "league table", "scoreboard",
            "top", "first place", "number one", "no 1", "leading", "leader", "winning", 
            "contest", "competition standings", "best rep", "most", "highest",
            "排名", "排行", "排行榜", "榜单", "第一", "前三", "前五", "前十", "销冠", "冠军", "谁最多",
            "最多", "最高", "领先", "名次", "排位", "比拼",
            "race", "排第",
        });
        CLASSES.put("stats", new String[] {
            "how many", "how much", "total", "totals", "count", "number of", "sum", "average", "avg", "numbers",
            "stats", "statistics", "figures", "metrics", "breakdown", "compare", "comparison",
            "versus", "vs", "brought in", "so far", "year to date", "ytd", "per rep",
            "多少", "统计", "总共", "一共", "合计", "总额", "数据", "对比", "平均", "数量", "几单", "几次", "几家",
            "趋势", "业绩", "成交额", "销售额", "拜访量",
            "tally", "trend", "trending",
        });
        CLASSES.put("report", new String[] {
            "report", "eod", "end of day", "daily", "weekly", "summary", "recap", "wrap up", "wrap-up", "wrap",
            "wrapping up", "today i", "my day", "day recap", "update for today", "log for today", "tomorrow plan",
            "plan for tomorrow", "next week plan", "blockers", "highlights", "done today",
            "日报", "周报", "月报", "总结", "汇报", "工作汇报", "今日", "今天完成", "明天计划", "明日计划", "下周计划",
            "工作内容", "小结", "复盘",
        });
        CLASSES.put("missing", new String[] {
            "missing", "hasnt", "havent", "hasn", "didnt", "did not", "has not", "have not", "not submitted",
            "not yet", "skipped", "skip", "forgot", "late", "overdue", "outstanding", "owes", "owe", 
            "delinquent", "behind", "submitted", "submission", "filed", "who still", "not in",
            "没交", "未交", "没写", "未提交", "没提交", "没发", "缺", "漏", "还没", "谁没", "没报", "未报", "迟交",
            "补交", "催",
        });
        CLASSES.put("remind", new String[] {
            "remind", "reminder", "reminders", "ping", "pinged", "nudge", "alert", "heads up", "heads-up",
            "alarm", "notify", "notification", "dont let me forget", "make sure i", "remember to", "recurring",
            "every", "each", "daily at", "weekly",
            "提醒", "叫我", "通知", "闹钟", "别让我忘", "记得", "每天", "每周", "每个", "每月",
        });
        CLASSES.put("cancel", new String[] {
            "cancel", "cancelled", "delete", "remove", "stop", "turn off", "switch off", "disable", "clear",
            "scrap", "kill", "drop", "no longer", "dont need", "no need", "unschedule", "unsubscribe",
            "mute", "silence", "get rid of", "never mind", "nevermind", "nvm",
            "取消", "删", "删除", "删掉", "关掉", "关闭", "不要", "不需要", "停", "停掉", "撤掉",
            "去掉", "别再",
            "call off", "关了", "不用",
        });
        CLASSES.put("list", new String[] {
            "list", "show", "view", "see", "upcoming", "pending", "scheduled", "active",
            "coming up", "what", "which", "any", "all my", "do i have", "have i set", "set up",
            "列出", "列一下", "看看", "看一下", "查看", "有哪些", "列表", "都有", "哪些",
            "queue", "queued", "清单",
        });
        CLASSES.put("kudos", new String[] {
            "kudos", "shoutout", "shout out", "shout-out", "props", "congrats", "congratulations", "bravo",
            "well done", "great job", "good job", "nice work", "great work", "star", "superstar",
            "rockstar", "rock star", "hero", "champ", "applause", "round of applause", "recognize",
            "recognise", "recognition", "hats off", "crushed", "killed it", "nailed", "smashed",
            "you rock", "rocks", "proud of", "kudo", "high five", "goat",
            "点赞", "表扬", "感谢", "厉害", "牛", "太牛", "辛苦", "棒", "优秀", "鼓掌",
            "祝贺", "恭喜", "夸", "学习", "榜样", "功臣", "大神", "666", "赞",
            "legend", "mvp", "给力", "佩服", "yyds",
        });
        CLASSES.put("thanks", new String[] {
            "thanks", "thank you", "thank", "thx", "ty", "cheers", "appreciate", "grateful",
            "谢谢", "多谢", "感谢", "谢啦", "辛苦了",
            "obliged",
        });
        CLASSES.put("greet", new String[] {
            "hi", "hello", "hey", "hiya", "yo", "sup", "morning", "good morning", "good afternoon", "good evening",
            "good night", "gm", "gn", "bye", "goodbye", "see you", "see ya", "later", "ttyl", "weekend", 
            "friday", "lol", "haha", "hehe", "lmao", "cool", "nice", "awesome", "ok", "okay", "how are you",
            "whats up", "wassup", "holiday", "holidays", "christmas", "new year",
            "你好", "您好", "早", "早上好", "早安", "晚安", "下午好", "晚上好", "哈哈", "嘿嘿", "再见", "拜拜",
            "周末", "在吗", "在不在", "好的", "收到", "忙吗",
            "tgif",
        });
        CLASSES.put("info", new String[] {
            "history", "brief me", "briefing", "status",
            "profile", "info", "information", "details", "detail", "overview", "account", "timeline",
            "whats going on", "whats new", "next steps",
            "next step", "notes", "look up", "lookup", "pull up", "who is our contact", "last time",
            "last visit", "interactions", "tell me about", "know about", "dossier",
            "where are we", "where do we stand", "anything new",
            "情况", "历史", "记录", "进展", "背景", "资料", "信息", "详情", "到哪", "最近",
            "怎么样了", "客户情况", "概况", "档案", "联系人", "上次", "往来",
            "background", "latest",
        });
        CLASSES.put("competitor", new String[] {
            "competitor", "competitors", "competition", "competing", "rival", "rivals", "undercut", "undercutting",
            "cheaper", "lower price", "price war", "poach", "poaching", "evaluating", 
            "switching to", "switched to", "switch to", "went with", "going with", "uses", "using", "incumbent",
            "bundle", "bundling", "discount", "discounting", "intel", "rumor", 
            "lost to", "losing to", "threat", "courting",
            "竞品", "对手", "竞争", "竞争对手", "友商", "挖", "抢", "低价", "便宜", "压价", "降价", 
            "换成", "换了", "用的是", "合作", "价格战", "撬", "截胡", "丢给",
            "试用", "在用",
        });
        CLASSES.put("commission", new String[] {
            "commission", "commissions", "bonus", "bonuses", "payout", "earnings", "earned", "earn", "paid",
            "pay", "payday", "paycheck", "spiff", "spiffs", "incentive", "incentives", "comp", "take home",
            "take-home", "accelerator", "tier", "variable",
            "提成", "奖金", "佣金", "绩效奖", "收入", "工资", "赚了", "赚", "分成", "奖励", "薪资", "到手",
        });
        CLASSES.put("undo", new String[] {
            "undo", "revert", "take back", "take that back", "scratch that", "rollback", "roll back", "retract",
            "mistake", "wrong", "oops", "whoops", "my bad", "last entry", "just logged", "just entered",
            "just added", "didnt mean", "by accident", "accidentally", "ctrl z", "back out", "reverse",
            "撤销", "撤回", "回退", "刚才那条", "刚才那个", "上一条", "刚刚那条", "弄错", "录错", "搞错", "记错",
            "填错", "错了", "不对", "作废", "删了刚才",
        });
        CLASSES.put("help", new String[] {
            "help", "how do i", "how to", "how can i", "commands", "command", "guide", "instructions",
            "tutorial", "docs", "documentation", "features",
            "what can you", "what can i", "faq", "menu", "getting started", "onboarding", "cheat sheet",
            "帮助", "怎么用", "怎么", "如何", "使用说明", "说明", "教程", "功能", "指令", "命令", "用法", 
            "能做什么", "会什么",
            "manual", "syntax", "usage", "examples", "example", "tips", "上手",
        });
        CLASSES.put("money", new String[] {
            "$", "k", "m", "mm", "million", "thousand", "grand", "bucks", "dollars", "usd", "rmb", "cny",
            "yuan", "eur", "euros", "gbp", "pounds", "hkd", "sgd",
            "万", "千", "元", "块", "美元", "欧元", "英镑", "港币", "人民币", "百万",
        });
        CLASSES.put("day", new String[] {
            "today", "yesterday", "tomorrow", "tonight", "this morning", "this afternoon", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu",
            "thurs", "fri", "am", "pm", "noon", "oclock", "next week", "in 3 days", "in 3 hours",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "今天", "昨天", "明天", "后天", "前天", "上午", "下午", "晚上", "早上", "中午", "周一", "周二", "周三",
            "周四", "周五", "周六", "周日", "星期", "礼拜", "点", "号",
        });
        CLASSES.put("period", new String[] {
            "this week", "last week", "this month", "last month", "this quarter", "last quarter", "quarter",
            "this year", "year", "q1", "q2", "q3", "q4", "month", "ytd", "so far",
            "本周", "这周", "上周", "本月", "这个月", "上个月", "上月", "本季度", "这季度", "上季度", "季度", "今年",
            "全年", "年度",
        });
        CLASSES.put("team", new String[] {
            "team", "reps", "rep", "everyone", "everybody", "anyone", "anybody", "who", "whose", "we", "our",
            "us", "all of us", "the group", "squad", "each rep", "people",
            "团队", "大家", "谁", "哪个", "哪些人", "我们", "组里", "全组", "所有人", "各位", "同事",
        });
        CLASSES.put("self", new String[] {
            "i", "my", "me", "mine", "im", "ive", "am i", "do i", "have i", "我", "我的", "本人", "自己",
        });
        CLASSES.put("offtopic", new String[] {
            "weather", "rain", "flight", "flights", "hotel", "stock", "stocks", "share price", 
            "password", "wifi", "laptop", "printer", "pizza", "movie", "movies", "joke", "funny", "poem",
            "recipe", "cook", "translate", "restaurant", "taxi", "uber", "music", "song", "game",
            "score", "news", "capital of", "visa", "tax", "leave request", "vacation",
            "holiday schedule", "lottery", "crypto", "bitcoin", "football", "soccer", "nba", "concert", "tickets",
            "天气", "股票", "基金", "机票", "酒店", "电影", "外卖", "密码", "电脑", "打印机", "笑话", 
            "翻译", "餐厅", "打车", "音乐", "唱歌", "游戏", "新闻", "彩票", "比特币", "足球", "篮球", 
            "请假", "年假", "快递", "减肥", "做饭",
            "大盘", "汇率", "演唱会", "门票", "段子", "优惠", "article", "summarize",
        });
    }

    /** Entry token sequences (stemmed), indexed by their first token. */
    private static final Map<String, List<Entry>> BY_FIRST = new HashMap<>();

    private record Entry(String[] tokens, String cls) {}

    static {
        for (Map.Entry<String, String[]> e : CLASSES.entrySet()) {
            for (String phrase : e.getValue()) {
                String[] tokens = normalise(ChatTokenizer.tokenize(phrase));
                if (tokens.length == 0) {
                    throw new IllegalStateException("cue phrase without tokens: " + phrase);
                }
                BY_FIRST.computeIfAbsent(tokens[0], k -> new ArrayList<>()).add(new Entry(tokens, e.getKey()));
            }
        }
    }

    private CueLexicon() {}

    /** The class names, for tests and reports. */
    public static Set<String> classNames() {
        return Collections.unmodifiableSet(CLASSES.keySet());
    }

    /** Stemmed tokens, the form the lexicon matches on. */
    public static String[] normalise(String[] tokens) {
        String[] out = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            out[i] = WordStemmer.stem(tokens[i]);
        }
        return out;
    }

    /** The cue classes found in already-stemmed tokens, in order of first appearance, each once. */
    public static List<String> classesIn(String[] stemmed) {
        Set<String> seen = new TreeSet<>();
        List<String> found = new ArrayList<>();
        for (int i = 0; i < stemmed.length; i++) {
            List<Entry> candidates = BY_FIRST.get(stemmed[i]);
            if (candidates == null) {
                continue;
            }
            for (Entry entry : candidates) {
                if (matchesAt(stemmed, i, entry.tokens()) && seen.add(entry.cls())) {
                    found.add(entry.cls());
                }
            }
        }
        return found;
    }

    /** The class of the cue that starts at token {@code i}, longest match first; null if none. */
    public static String classAt(String[] stemmed, int i) {
        List<Entry> candidates = BY_FIRST.get(stemmed[i]);
        if (candidates == null) {
            return null;
        }
        Entry best = null;
        for (Entry entry : candidates) {
            if (matchesAt(stemmed, i, entry.tokens()) && (best == null || entry.tokens().length > best.tokens().length)) {
                best = entry;
            }
        }
        return best == null ? null : best.cls();
    }

    private static boolean matchesAt(String[] tokens, int start, String[] entry) {
        if (start + entry.length > tokens.length) {
            return false;
        }
        for (int k = 0; k < entry.length; k++) {
            if (!tokens[start + k].equals(entry[k])) {
                return false;
            }
        }
        return true;
    }
}
