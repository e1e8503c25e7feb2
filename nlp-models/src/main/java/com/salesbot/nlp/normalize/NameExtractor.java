package com.salesbot.nlp.normalize;

import com.salesbot.nlp.normalize.NameScanner.Found;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the customer, contact and competitor a message names, as written, from the shapes reps type:
 * "visited Acme Corp", "met the CTO at Globex", "Globex signed 50k", "move Acme to negotiation",
 * "BetaSoft is offering 20% off at Acme", "拜访了华为技术", "见了比亚迪的王经理", "金蝶在给美的报价".
 *
 * <p>Works on text whose dates, amounts and mentions are already masked (see {@link ChatText#mask}),
 * so a name stops where they begin.
 */
public final class NameExtractor {
    private static final int STRONG = 3;
    private static final int MEDIUM = 2;
    private static final int WEAK = 1;
    private static final int FALLBACK = 0;
    // Each anchor pattern is followed at most this many times, so a 40,000-character message stays cheap.
    private static final int MAX_MATCHES = 12;

    private static final String AFTER_WORD = "(?:(?<=[:=\\-])|(?![A-Za-z]))\\s*";

    private static final String[] EN_BEFORE_CUES = {
        "visit",
        "meeting",
        "call",
        "demo",
        "signed",
        "closed",
        "bought",
        "purchased",
        "ordered",
        "renewed",
        "placed",
        "came through",
        "committed",
        "converted",
        "paid",
        "agreed",
        "accepted",
        "approved",
        "went",
        " is ",
        " are ",
        "moved",
        "fell",
        "deal",
        "account",
        "contract",
        "renewal",
        "opportunity",
        "opp",
        "order",
        "po",
        "project",
        "pilot",
        "rollout",
        "expansion",
        "upsell",
        "history",
        "info",
        "status",
        "details",
        "notes",
        "summary",
        "overview",
        "background",
        "next step",
        "pipeline",
        "timeline",
        "activity",
        " to ",
        " as ",
        "said",
        "says",
        "told",
        "mentioned",
        "got",
        "pulled",
        "backed",
        "bit",
        "asked",
        "budget",
        "killed"
    };
    private static final String[] ZH_AFTER_CUES = {
        "拜", "走访", "去", "跑", "来", "到访", "见", "约", "会见", "客户", "公司", "签", "拿下", "搞定", "查", "看", "了解", "说说", "介绍", "调一下",
        "拉一下", "把", "关于", "卖给", "请", "打卡", "从", "记一笔", "成交", "开单", "电话", "上门"
    };
    private static final String[] ZH_BEFORE_CUES = {
        "拜访完", "这单", "那单", "回签", "po", "在谈", "在看", "更新", "详情", "下一步", "之前", "贡献", "出来", "次", "一共",
        "说", "录成", "凉了", "阶段", "需求确认", "那边", "那儿", "那里", "这边", "签", "下单", "订了", "采购了", "买了", "续",
        "付款", "回款", "成交", "的", "最近", "怎么样", "改", "变成", "推进", "进入", "到了", "赢单", "丢单", "黄了", "输单",
        "没戏", "谈判", "已经", "现在", "目前", "这个客户"
    };
    // Anchors after which the customer's name follows, in small groups so that a message only pays for the
    // groups whose words it contains.
    private static final List<CuedPattern> EN_CUSTOMER_AFTER = List.of(
            anchor(
                    "visited|visiting|revisited|log(?:ged)?\\s+(?:a\\s+)?(?:visit|meeting|call)(?:\\s+(?:to|with|at|for))?"
                            + "|visit(?:ed)?\\s+(?:to|with|at)|visit\\s*[:\\-]|(?:site|onsite|on-site|customer|client|field|sales)"
                            + "\\s+visit(?:\\s+(?:to|at|with))?|(?:meeting|call|visit|demo|lunch|dinner)\\s+(?:at|with)",
                    "visit",
                    "meeting",
                    "call",
                    "demo",
                    "lunch",
                    "dinner"),
            anchor(
                    "went\\s+(?:over\\s+)?(?:to|by)|stopped\\s+by|dropped\\s+by|swung\\s+by|popped\\s+(?:into|by)"
                            + "|drove\\s+(?:out\\s+)?to|on-?site\\s+(?:at|with)|just\\s+left|left|back\\s+from|returned\\s+from",
                    "went",
                    "stopped",
                    "dropped",
                    "swung",
                    "popped",
                    "drove",
                    "site",
                    "left",
                    "back from",
                    "returned"),
            anchor(
                    "met\\s+(?:up\\s+)?with|meeting\\s+(?:with|at)|call\\s+with|called|calling|phoned|rang"
                            + "|(?:phone|video|zoom|teams)\\s+call\\s+with|spoke\\s+(?:with|to)|talked\\s+(?:with|to)"
                            + "|(?:lunch|dinner|coffee|breakfast|drinks)\\s+with|demo(?:ed)?\\s+(?:for|with|at|to)"
                            + "|presented\\s+(?:to|at)|pitched(?:\\s+to)?|checked\\s+in\\s+with|sync(?:ed)?\\s+with"
                            + "|catch[\\s-]?up\\s+with|caught\\s+up\\s+with|followed\\s+up\\s+with",
                    "met",
                    "meeting",
                    "call",
                    "phoned",
                    "rang",
                    "spoke",
                    "talked",
                    "with",
                    "demo",
                    "present",
                    "pitch"),
            anchor(
                    "sold\\s+to|closed\\s+(?:a\\s+|the\\s+)?(?:deal\\s+)?with"
                            + "|signed\\s+(?:a\\s+|the\\s+)?(?:deal|contract|po)\\s+with|closed|signed|landed|won|booked"
                            + "|new\\s+(?:order|deal|sale|contract|po)\\s+(?:from|with)|(?:order|po|purchase\\s+order|payment)"
                            + "\\s+from|(?:deal|contract|renewal)\\s+(?:with|from|for)|renewed|upsold|sale\\s*(?:to|with|[:\\-])?"
                            + "|(?:po|order|payment|check|cheque|deposit)\\s+received\\s+from",
                    "sold",
                    "closed",
                    "signed",
                    "landed",
                    "won",
                    "booked",
                    "order",
                    "po ",
                    "payment",
                    "deal",
                    "contract",
                    "renew",
                    "upsold",
                    "sale",
                    "received"),
            anchor(
                    "(?:customer|client|account|company|prospect)(?:\\s+name)?\\s*[:=\\-]?|history\\s+(?:with|of|for|on)"
                            + "|(?:info|information|details|notes|background|summary|overview|updates?|status|news|timeline"
                            + "|activity)\\s+(?:on|about|for|of|with)|tell\\s+me\\s+about|what\\s+do\\s+we\\s+know\\s+about"
                            + "|brief\\s+me\\s+on|look\\s*up|pull\\s+up|show\\s+(?:me\\s+)?|next\\s+steps?\\s+(?:for|with|on|at)"
                            + "|last\\s+(?:visit|meeting|call)\\s+(?:to|with|at)|(?:run|walk)\\s+me\\s+through|find|who\\s+(?:handles"
                            + "|owns|covers|manages)|is(?=(?:\\s+[\\w&'.-]+){1,4}\\s+(?:a|an|our)\\s+(?:customer|client|prospect|account)\\b)",
                    "run me",
                    "walk me",
                    "find",
                    "who ",
                    " is ",
                    "customer",
                    "client",
                    "account",
                    "company",
                    "prospect",
                    "history",
                    "info",
                    "detail",
                    "notes",
                    "background",
                    "summary",
                    "overview",
                    "update",
                    "status",
                    "news",
                    "timeline",
                    "activity",
                    "tell me",
                    "know about",
                    "brief",
                    "look",
                    "pull up",
                    "show",
                    "next step",
                    "last "),
            anchor(
                    "move|moved|mark|marked|set|update|updated|change|changed|put|push|pushed|bump|bumped|advance|advanced"
                            + "|flip|flipped|progress|lost|add|added|sent|send|emailed|shared",
                    "move",
                    "mark",
                    "set",
                    "update",
                    "change",
                    "put",
                    "push",
                    "bump",
                    "advance",
                    "flip",
                    "progress",
                    "lost",
                    "add",
                    "sent",
                    "send",
                    "email",
                    "shared"),
            anchor(
                    "trying\\s+to\\s+(?:poach|steal|win|grab|lure)|pitching|courting|approaching|targeting|poaching|offered"
                            + "|quoted|took|keeps\\s+calling",
                    "trying",
                    "pitching",
                    "courting",
                    "approaching",
                    "targeting",
                    "poaching",
                    "offered",
                    "quoted",
                    "took",
                    "calling"));
    private static final CuedPattern EN_CUSTOMER_AFTER_WEAK = new CuedPattern(
            "(?i)\\b(?:with|for|at|from|to|about|on|re|regarding|into|visit|see|w/)\\s*(?<=\\s|/)", new String[] {
                "with", "for", "at", "from", "to", "about", "on", "re", "regarding", "into", "visit", "see", "w/"
            });
    private static final CuedPattern EN_CUSTOMER_BEFORE = new CuedPattern(
            "(?i)(?:\\s+(?:just|finally|officially|already|also"
                    + "|now|has|have|had|actually|today|yesterday)){0,4}\\s+(?:(?:visit|meeting|call|demo)\\s+(?:done|complete|completed"
                    + "|finished|went|was|is\\s+done)|"
                    + "signed|closed|bought|purchased|ordered|renewed|placed\\s+(?:an?\\s+)?(?:order|po)|came\\s+through"
                    + "|committed|converted|paid|agreed|accepted|approved|went\\s+ahead|is\\s+(?:closed|signed|won|lost|dead"
                    + "|in|now|moving|at|ready|interested|evaluating|considering|looking)|are\\s+(?:in|now|ready)"
                    + "|moved\\s+(?:to|into)|went\\s+(?:to|into|dark|cold)|fell\\s+through|deal|account|contract|renewal"
                    + "|opportunity|opp|order|po|project|pilot|rollout|expansion|upsell|history|info|information|status"
                    + "|details|notes|summary|overview|background|next\\s+steps?|pipeline|visits?|timeline|activity"
                    + "|to\\s+(?:lead|qualified|proposal|negotiation|won|lost|closed[\\s-]+(?:won|lost)|dead)|as\\s+(?:lead|qualified"
                    + "|proposal|negotiation|won|lost)|said|says|told\\s+us|mentioned|got\\s+(?:our|the|a)|pulled\\s+out|backed\\s+out"
                    + "|bit|is\\s+a\\s+(?:done\\s+deal|go|yes|no)|asked\\s+for|budget\\s+got\\s+cut|killed|went\\s+for|went\\s+dark)\\b",
            EN_BEFORE_CUES);
    private static final CuedPattern EN_COMPETITOR_AFTER = new CuedPattern(
            "(?i)\\b(?:competitors?|competition|rivals?"
                    + "|competitive\\s+intel"
                    + "|competing\\s+vendor|competitive\\s+threat|vs\\.?|versus|up\\s+against|log\\s+competitor)\\b(?:\\s+(?:note|intel|alert|update"
                    + "|info|news))?\\s*(?:is|are|was|:|-|–|called|named|from)?\\s*",
            new String[] {"compet", "rival", "vs", "versus", "against"});
    private static final CuedPattern EN_COMPETITOR_BEFORE = new CuedPattern(
            "(?i)(?:\\s+(?:is|are|was|were|has\\s+been"
                    + "|have\\s+been)\\s+(?:also\\s+|now\\s+|still\\s+|already\\s+|aggressively\\s+|quietly\\s+|reportedly\\s+)?"
                    + "(?:offering|pitching|bidding|quoting|discounting|undercutting|pushing|demoing|selling|hiring|trying"
                    + "|talking\\s+to|courting|circling|approaching|cutting|dropping|giving|running|targeting|poaching|working"
                    + "|in\\s+at|at|sniffing|knocking|expanding|launching|entering|opening|lowering|slashing|bundling|matching"
                    + "|going\\s+after|chasing|after|throwing)"
                    + "|\\s+(?:offered|pitched|quoted|undercut|approached|demoed|dropped|cut|slashed|gave|launched|announced"
                    + "|released|hired|poached|lowered|matched|beat|bundled|opened|entered|showed\\s+up|came\\s+in)"
                    + "|\\s+(?:just\\s+|recently\\s+|also\\s+|now\\s+|already\\s+)(?:launched|announced|released|dropped|cut|slashed"
                    + "|offered|hired|opened|quoted|undercut|pitched|approached)"
                    + "|\\s+(?:reps?|sales\\s+(?:guys|team|reps?|people)|guys|people|folks|team)\\s+(?:visited|were|was|are|is|at"
                    + "|showed|came|dropped|pitched)"
                    + "|\\s+(?:closed|signed|got\\s+the|took|grabbed|stole|bundles|keeps\\s+calling|(?:is|are)\\s+cheaper|sales\\s+team"
                    + "|folks|fokls)"
                    + "|'s\\s+(?:pricing|price|prices|offer|discount|reps?|team|product|proposal|quote|new|sales))\\b",
            new String[] {
                " is ",
                " are ",
                " was ",
                " were ",
                " has been",
                " have been",
                "offered",
                "pitched",
                "quoted",
                "undercut",
                "approached",
                "demoed",
                "dropped",
                "cut",
                "slashed",
                "gave",
                "launched",
                "announced",
                "released",
                "hired",
                "poached",
                "lowered",
                "matched",
                "beat",
                "bundled",
                "opened",
                "entered",
                "showed",
                "came in",
                "reps",
                "rep ",
                "sales",
                "guys",
                "people",
                "folks",
                "team",
                "'s "
            });
    private static final CuedPattern EN_COMPETITOR_SEEN = new CuedPattern(
            "(?i)\\b(?:saw|noticed|spotted|seen|spotting)\\s+",
            new String[] {"saw", "noticed", "spotted", "seen", "spotting"});
    private static final Pattern EN_SEEN_TAIL =
            Pattern.compile("(?i)\\s+(?:reps?|sales\\s+(?:guys|team|reps?|people)?|guys"
                    + "|people|folks|team|brochures?|flyers?|booth|marketing|ads?|signage|materials|demo)\\b");
    private static final CuedPattern EN_CUSTOMER_CHOOSES = new CuedPattern(
            "(?i)\\s+(?:is|are)\\s+(?:also\\s+)?(?:"
                    + "evaluating|considering|looking\\s+at|talking\\s+to|trialing|testing|piloting|switching\\s+to"
                    + "|leaning\\s+towards|going\\s+with|in\\s+talks\\s+with|comparing\\s+us\\s+(?:to|with)|meeting\\s+with"
                    + "|unhappy\\s+with|frustrated\\s+with|not\\s+happy\\s+with|fed\\s+up\\s+with|using|on"
                    + "|leaving|dropping|complaining\\s+about)\\s+"
                    + "|\\s+(?:currently\\s+|still\\s+|already\\s+)?(?:uses|runs\\s+on|is\\s+running|relies\\s+on)\\s+"
                    + "|\\s+got\\s+(?:a\\s+)?(?:quote|offer|proposal|bid|pitch|demo|discount)\\s+(?:from|form)\\s+"
                    + "|\\s+(?:is\\s+|are\\s+)?(?:happy\\s+with|(?:might|may|could|wants\\s+to|plans\\s+to)\\s+switch\\s+to|mentioned|said"
                    + "|renewed\\s+(?:their|its|the))\\s+"
                    + "|\\s+(?:went\\s+with|chose|picked|selected|signed\\s+with|switched\\s+to|moved\\s+to|replaced\\s+us\\s+with)\\s+",
            new String[] {
                " is ",
                " are ",
                "went with",
                "chose",
                "picked",
                "selected",
                "signed with",
                "switched",
                "moved to",
                "replaced",
                "uses",
                "runs on",
                "running",
                "relies",
                "got",
                "happy",
                "switch",
                "mentioned",
                "said",
                "renewed"
            });
    private static final CuedPattern EN_LOST_TO =
            new CuedPattern("(?i)\\blost\\s+(?:the\\s+(?:deal|account)\\s+(?:at|with)\\s+)?", new String[] {"lost"});
    private static final Pattern TO_WORD = Pattern.compile("(?i)\\s+to\\s+");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:[-–—/|@,，、]|\\bat\\b)\\s*|\\s+");
    private static final Pattern UPDATE_TAIL =
            Pattern.compile("(?i)\\s*(?:deal|opportunity|opp|account)?\\s*(?:to|as|into|in"
                    + "|->|→|=>|=|stage|:|from|lead|qualified|proposal|negotiation|won|lost|closed|dead|(?:the|a|an|our|their)\\s+"
                    + "(?:quote|proposal|pricing|contract|deck|po|offer|revised))(?![A-Za-z])");
    private static final Pattern UPDATE_VERB = Pattern.compile(
            "(?i)(?:move|moved|mark|marked|set|update|updated|change|changed|put|push|pushed|bump|bumped|advance"
                    + "|advanced|flip|flipped|progress|add|added|sent|send|emailed|shared)\\s*$");

    private static final String FUNCTIONS =
            "(?:sales|marketing|engineering|it|procurement|purchasing|operations|ops|finance"
                    + "|technology|product|hr|facilities|nursing|security|supply\\s+chain|data|infrastructure|pharmacy)";
    private static final CuedPattern EN_ROLE = new CuedPattern(
            "(?i)\\b(?:the|their|our|its|a|an|his|her)\\s+"
                    + "(?:[A-Za-z][A-Za-z-]*\\s+){0,2}"
                    + "(?:cto|ceo|cfo|coo|cio|cmo|cpo|ciso|(?:vp|svp|evp|director|head)(?:\\s+of\\s+" + FUNCTIONS
                    + ")?|manager"
                    + "|buyer|lead|owner|founder|co-?founder|president|chairman|gm|engineer|architect|admin"
                    + "|administrator|partner|principal|decision[\\s-]maker|champion|boss|purchaser|procurement\\s+(?:lead|team)"
                    + "|doctor|physician|pharmacist|supervisor|officer|controller|treasurer|analyst|coordinator|consultant"
                    + "|counsel|dean|superintendent|team\\s+lead)\\b",
            new String[] {"the ", "their ", "our ", "its ", "a ", "an ", "his ", "her "});
    private static final CuedPattern BARE_ROLE = new CuedPattern(
            "(?<![A-Za-z])(?:CTO|CEO|CFO|COO|CIO|CMO|CPO|CISO|GM|VP\\s+[A-Z][a-z]+)(?![A-Za-z])",
            new String[] {"cto", "ceo", "cfo", "coo", "cio", "cmo", "cpo", "ciso", "gm", "vp"});
    private static final CuedPattern TITLE_NAME = new CuedPattern(
            "\\b(?:(?i:mr|mrs|ms|dr|prof)\\.|(?:Mr|Mrs|Ms|Miss|Dr|Prof)\\b)\\s*[A-Za-z][\\w'-]+(?:\\s+[A-Z][\\w'-]+)?",
            new String[] {"mr", "mrs", "ms", "miss", "dr", "prof"});
    private static final CuedPattern PAREN_ROLE = new CuedPattern(
            "\\b([A-Za-z][a-z]+(?:\\s+[A-Z][a-z]+)?)\\s*[(（]([^)）\\n]{1,40})[)）](\\s+(?:at|from|of|@)\\s+)?",
            new String[] {"(", "（"});
    private static final CuedPattern PERSON_PRESENT = new CuedPattern(
            "(?:^|[,.;]\\s*)([a-z]{2,20})\\s+(?:also\\s+)?joined\\b|"
                    + "\\b([A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)\\s+(?:was|were)\\s+"
                    + "(?:also\\s+)?(?:there|present|in\\s+the\\s+(?:room|meeting)|on\\s+the\\s+call|joining)\\b"
                    + "|\\b([A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)\\s+(?:also\\s+)?joined\\b",
            new String[] {"was", "were", "joined"});
    private static final CuedPattern MET_LOWER = new CuedPattern(
            "(?i)\\b(?:met|meeting\\s+with|met\\s+with|dinner\\s+with"
                    + "|chat\\s+with|chatted\\s+with|with"
                    + "|lunch\\s+with|coffee\\s+with|call\\s+with|spoke\\s+(?:with|to)|talked\\s+(?:with|to))\\s+"
                    + "(?-i:([a-z]+(?:\\s+[a-z]+)?))(?:(\\s+(?:at|from|of)\\s+)|\\s*(?=[,.;]|$))",
            new String[] {"met", "meeting", "dinner", "lunch", "coffee", "call", "spoke", "talked"});
    private static final Pattern ROLE_WORD = Pattern.compile("(?i)\\b(?:manager|director|head|lead|chief|cto|ceo|cfo"
            + "|coo|cio|vp|buyer|owner|founder|president|engineer|officer|nurse|doctor|procurement|purchasing|it|admin"
            + "|partner|principal|supervisor)\\b|经理|总监|主任|负责人|采购|老板|总");
    private static final CuedPattern EN_MEET_PERSON = new CuedPattern(
            "(?:\\b(?i:met|meeting|met\\s+with|meeting\\s+with"
                    + "|spoke\\s+(?:with|to)|talked\\s+(?:with|to)|call\\s+with|called|lunch\\s+with|coffee\\s+with|dinner\\s+with"
                    + "|saw|see|with|w/|demo(?:ed)?\\s+(?:to|for)|presented\\s+(?:[a-z]+\\s+)?to|chat\\s+with|chatted\\s+with))\\s*(?<=\\s|/)([A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)\\b"
                    + "(?:\\s*[(（][^)）\\n]{1,40}[)）])?(\\s+(?:at|from|of|@)\\s+)?",
            new String[] {
                "met",
                "meeting",
                "spoke",
                "talked",
                "call",
                "lunch",
                "coffee",
                "dinner",
                "saw",
                "see",
                "with",
                "w/",
                "demo",
                "presented"
            });
    private static final Pattern PLACE_AFTER_ROLE = Pattern.compile("\\s+(?:at|from|of|@)\\s+");
    private static final String CLAUSE_SEPARATORS = ",，。.;；!！?？:：/|\n 、~～";
    private static final Pattern START_COLON = Pattern.compile("\\s*[:：\\-–—]\\s*\\S");
    private static final Pattern LEADING_LABEL = Pattern.compile(
            "(?i)^\\s*(?:competitor\\s+|competition\\s*|competitor\\s*)?(?:intel|update|fyi|note|alert"
                    + "|notes|visit|sale|deal|news|recap|log|heads\\s+up|quick\\s+update|re|summary|status|todo|ps)\\s*[:\\-]\\s*");

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
            + "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方邹熊孟秦邱侯江尹薛闫段雷龙黎史陶贺顾毛郝龚邵万钱严覃武戴莫孔汤"
            + "欧";
    private static final String ZH_TITLES = "总经理|副总经理|副总裁|副总|总裁|总监|总工|经理|主任|主管|老师|工程师|先生|女士|小姐"
            + "|老板|董事长|部长|处长|科长|院长|局长|所长|校长|行长|厂长|店长|书记|博士|医生|助理|秘书|顾问|教授|律师|会计"
            + "|总(?![部裁监经结共体额数计量之而公])|董|工(?![作厂程资])|姐|哥";
    private static final CuedPattern ZH_PERSON = new CuedPattern(
            "(?:(?:采购|信息|技术|财务|市场|销售|运营|行政|人事|IT|工程|设备|法务|质量)部)?[" + SURNAMES + "](?:" + ZH_TITLES
                    + ")|(?<![\\p{IsHan}])[老小][" + SURNAMES + "](?![\\p{IsHan}]{2})",
            new String[] {
                "总", "经理", "监", "主任", "主管", "老师", "工", "先生", "女士", "小姐", "老板", "董", "长", "书记", "博士", "医生", "助理", "秘书",
                "顾问", "教授", "律师", "会计", "姐", "哥", "老", "小"
            });
    private static final Pattern ZH_ROLE_AFTER_DE = Pattern.compile("的\\s*((?:[" + SURNAMES + "](?:" + ZH_TITLES
            + "))|(?:采购|技术|财务|IT|信息|运营|市场|销售|行政|人事|项目|研发|总)?(?:总监|经理|负责人|主任|主管|老板|总经理"
            + "|董事长|采购(?!计划|金额|预算|需求|量|单|额|合同|意向))|(?i:cto|ceo|cfo|coo|cio|vp|it)(?![A-Za-z]))");
    private static final CuedPattern ZH_ROLE = new CuedPattern(
            "(?<!陪|陪同|我们|我的|跟着|和我们)(?:他们|对方)?"
                    + "(?:(?:IT|it|CTO|CEO|CFO|COO|CIO|采购部?|技术部?|财务部?|信息部?|市场部?|运营部?|行政部?|人事部?|项目|研发|销售部|工程部?)"
                    + "(?:总监|经理|负责人|主任|主管|总)|老板娘|老板|总经理|董事长|技术负责人|(?<![A-Za-z])(?:CTO|CEO|CFO|COO|CIO)(?![A-Za-z])"
                    + "|采购(?!计划|金额|预算|需求|量|单|额|合同|意向))",
            new String[] {"总", "经理", "负责人", "主任", "主管", "老板", "董事长", "cto", "ceo", "cfo", "coo", "cio", "采购"});
    private static final CuedPattern ZH_ROLE_AFTER_DE_SCAN = new CuedPattern(ZH_ROLE_AFTER_DE.pattern(), "的");
    private static final CuedPattern ZH_CUSTOMER_AFTER = new CuedPattern(
            "拜访了?|拜会了?|走访了?|去了一?趟|跑了一?趟|来了一?趟"
                    + "|去了(?!解)|去趟|去过|来到|到访了?|见了|见到了?|约见了?|会见了?|约了|客户(?:名称?)?[:：是为]\\s*|公司[:：]\\s*"
                    + "|签下了?|拿下了?|搞定了?|查一下|查下|查查|查询一下|查询|看一下|看看|了解一下|说说|介绍一下|调一下|拉一下|把|关于"
                    + "|客户|卖给|请|打卡|从|记一笔销售[:：]?|成交[:：]|开单了?[!！]?|签了|电话拜访了?|上门拜访了?",
            ZH_AFTER_CUES);
    private static final CuedPattern ZH_CUSTOMER_AFTER_WEAK = new CuedPattern(
            "[和跟与同给帮为替在到去向]|对(?![手方比接于了])|标记|新增商机|录一笔成交" + "|登记一下|记录拜访[:：]?|见客户[:：]?|客户拜访[:：]?", new String[] {
                "和", "跟", "与", "同", "给", "帮", "为", "替", "在", "到", "去", "对", "向", "标记", "新增", "录", "登记", "记录", "见客户",
                "客户拜访"
            });
    private static final CuedPattern ZH_CUSTOMER_BEFORE = new CuedPattern(
            "拜访完了?|这单|那单|回签|的PO|的po|在谈|在看|更新一下"
                    + "|客户详情|详情|下一步|之前|贡献了?|出来|几次|多少次|一共|说|录成|凉了|阶段|需求确认|那边|那儿|那里|这边|签了|签约了?|签下|签单|下单了?"
                    + "|订了|采购了|买了|续约了?|续费了?|付款了?|回款了?|成交了?|的单子|的订单|的合同|的项目|的情况|的历史|的记录"
                    + "|的拜访记录|的跟进|的进展|的需求|的报价|的商机|的单|最近|怎么样|改成|改为|变成|推进到|进入|到了|赢单|丢单|黄了"
                    + "|输单|没戏|谈判|已经|现在|目前|这个客户|的资料|的信息|的联系人",
            ZH_BEFORE_CUES);
    private static final CuedPattern ZH_COMPETITOR_AFTER = new CuedPattern(
            "(?:竞争对手|竞品|对手|友商|竞对)(?:动态|情报|信息|消息|更新)?\\s*(?:是|有|叫|[:：])?\\s*",
            new String[] {"竞争对手", "竞品", "对手", "友商", "竞对"});
    private static final CuedPattern ZH_SAYS_ABOUT = new CuedPattern(
            "(?<!听|据)说(?=[^,，。\\s]{2,20}?(?:的(?:实施|产品|服务|系统|团队|价格|报价" + "|方案)|也来|也在|给的|在(?:降价|打折|推)))",
            new String[] {"说"});
    private static final CuedPattern ZH_COMPETITOR_ACTS_AT = new CuedPattern(
            "(?:也|正|又|一直|还|都)?在(?:给|跟|和|向|找|对|帮)"
                    + "|(?:给|向)(?=[^,，。\\s]{2,20}?(?:报价|报了|开了|送了?|推了?|提供了?|打了?|降了?|免费))"
                    + "|在(?=[^,，。\\s]{2,20}?的(?:招标|项目|采购|标))"
                    + "|在(?=[^,，。\\s]{2,20}?(?:做了?|搞了?|办了?)(?:演示|推广|活动|宣讲|培训|交流))"
                    + "|在(?=[^,，。\\s]{2,20}?(?:那边|那里)(?:报了?|开了?|送了?|推了?|做了?|搞了?))|(?:正|也|还)?在接触|接触了",
            new String[] {"在", "给", "向"});
    private static final CuedPattern ZH_CUSTOMER_USES = new CuedPattern(
            "(?:现在|目前|一直|也|还|都|正|已经|最近)?(?:在用|用的是|正在用|在考虑|考虑|选了|选择了|换成了?"
                    + "|倾向于|也在看|在看|在比较|打算用|准备用|转向|改用|在谈|在试用|在测试|在评估|对比了?我们和"
                    + "|对(?=[^,，。\\s]{2,20}?(?:不满|不太满意|不满意|有意见)))",
            new String[] {"用", "考虑", "选", "换成", "倾向", "接触", "看", "比较", "转向", "谈", "试用", "测试", "评估", "不满"});
    private static final CuedPattern ZH_COMPETITOR_BEFORE = new CuedPattern(
            "报价|价格|降价|打折|在挖|挖人|挖我们|招人|招聘|发布了?"
                    + "|推出了?|比我们|的价格|的报价|低价|压价|送了?|免费|也在|在抢|抢单|截胡|进场|入场|出了|的销售|的人|的团队"
                    + "|的实施|最近在",
            new String[] {
                "报价", "价格", "降价", "打折", "挖", "招", "发布", "推出", "比我们", "低价", "压价", "送", "免费", "也在", "抢", "截胡", "进场", "入场",
                "出了", "的销售", "的人", "的团队", "的实施", "最近在"
            });

    /** The names a message states, by role. */
    public record Names(Optional<String> customer, Optional<String> contact, Optional<String> competitor) {
        static final Names NONE = new Names(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Extracts names from masked text; competitor patterns run only when {@code competitors} is true. */
    public Names extract(String masked, boolean competitors) {
        if (masked == null || masked.isBlank()) {
            return Names.NONE;
        }
        Candidates found = new Candidates();
        boolean latin = hasLatinLetter(masked);
        boolean han = hasHan(masked);
        String lower = CuedPattern.lower(masked);
        if (competitors) {
            competitors(masked, lower, latin, han, found);
        }
        contacts(masked, lower, latin, han, found);
        if (latin) {
            englishCustomers(masked, lower, found);
        }
        if (han) {
            chineseCustomers(masked, lower, found);
        }
        return found.resolve();
    }

    private void competitors(String text, String lower, boolean latin, boolean han, Candidates found) {
        if (latin) {
            each(EN_COMPETITOR_AFTER, text, lower, m -> {
                Found comp = NameScanner.forward(text, m.end());
                if (comp != null) {
                    found.add(Role.COMPETITOR, comp, STRONG);
                    Matcher sep = LIST_SEPARATOR.matcher(text).region(comp.end(), text.length());
                    if (sep.lookingAt()) {
                        found.add(Role.CUSTOMER, NameScanner.forward(text, sep.end()), MEDIUM);
                    }
                }
            });
            each(
                    EN_COMPETITOR_BEFORE,
                    text,
                    lower,
                    m -> found.add(Role.COMPETITOR, NameScanner.backward(text, m.start()), MEDIUM));
            each(EN_CUSTOMER_CHOOSES, text, lower, m -> {
                found.add(Role.CUSTOMER, NameScanner.backward(text, m.start()), STRONG);
                found.add(Role.COMPETITOR, NameScanner.forward(text, m.end()), STRONG);
            });
            each(EN_COMPETITOR_SEEN, text, lower, m -> {
                Found comp = NameScanner.forward(text, m.end());
                if (comp != null
                        && EN_SEEN_TAIL
                                .matcher(text)
                                .region(comp.end(), text.length())
                                .lookingAt()) {
                    found.add(Role.COMPETITOR, comp, STRONG);
                }
            });
            each(EN_LOST_TO, text, lower, m -> {
                Found customer = NameScanner.forward(text, m.end());
                if (customer != null) {
                    Matcher to = TO_WORD.matcher(text).region(customer.end(), text.length());
                    if (to.lookingAt()) {
                        found.add(Role.CUSTOMER, customer, STRONG);
                        found.add(Role.COMPETITOR, NameScanner.forward(text, to.end()), STRONG);
                    }
                }
            });
        }
        if (han) {
            each(ZH_COMPETITOR_AFTER, text, lower, m -> {
                Found comp = NameScanner.forward(text, m.end());
                found.add(Role.COMPETITOR, comp, STRONG);
                if (comp != null) {
                    Matcher sep = LIST_SEPARATOR.matcher(text).region(comp.end(), text.length());
                    if (sep.lookingAt()) {
                        found.add(Role.CUSTOMER, NameScanner.forward(text, sep.end()), MEDIUM);
                    }
                }
            });
            each(ZH_COMPETITOR_ACTS_AT, text, lower, m -> {
                Found comp = NameScanner.backward(text, m.start());
                if (comp != null) {
                    found.add(Role.COMPETITOR, comp, STRONG);
                    found.add(Role.CUSTOMER, NameScanner.forward(text, m.end()), STRONG);
                }
            });
            each(ZH_CUSTOMER_USES, text, lower, m -> {
                Found customer = NameScanner.backward(text, m.start());
                Found comp = NameScanner.forward(text, m.end());
                if (comp != null) {
                    found.add(Role.COMPETITOR, comp, STRONG);
                    found.add(Role.CUSTOMER, customer, STRONG);
                }
            });
            each(
                    ZH_COMPETITOR_BEFORE,
                    text,
                    lower,
                    m -> found.add(Role.COMPETITOR, NameScanner.backward(text, m.start()), MEDIUM));
            each(ZH_SAYS_ABOUT, text, lower, m -> {
                found.add(Role.COMPETITOR, NameScanner.forward(text, m.end()), STRONG);
                found.add(Role.CUSTOMER, NameScanner.backward(text, m.start()), STRONG);
            });
        }
    }

    private void contacts(String text, String lower, boolean latin, boolean han, Candidates found) {
        if (latin) {
            each(TITLE_NAME, text, lower, m -> found.add(Role.CONTACT, m.group(), m.start(), STRONG));
            each(PAREN_ROLE, text, lower, m -> {
                String person = m.group(1);
                if (ROLE_WORD.matcher(m.group(2)).find() && !NameScanner.isEnglishStop(person.split(" ")[0])) {
                    found.add(Role.CONTACT, person, m.start(1), STRONG);
                    if (m.group(3) != null) {
                        found.add(Role.CUSTOMER, NameScanner.forward(text, m.end()), STRONG);
                    }
                }
            });
            each(PERSON_PRESENT, text, lower, m -> {
                int g = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
                if (!NameScanner.isEnglishStop(m.group(g).split(" ")[0])) {
                    found.add(Role.CONTACT, m.group(g), m.start(g), MEDIUM);
                }
            });
            each(MET_LOWER, text, lower, m -> {
                String person = m.group(1);
                for (String word : person.split(" ")) {
                    if (NameScanner.isEnglishStop(word)) {
                        return;
                    }
                }
                // "dinner with john smith of umbrella pharma": a lower-case person only with their company
                Found customer = m.group(2) != null ? NameScanner.forward(text, m.end()) : null;
                if (customer != null) {
                    found.add(Role.CONTACT, person, m.start(1), STRONG);
                    found.add(Role.CUSTOMER, customer, STRONG);
                } else if (m.group(2) == null) {
                    found.add(Role.CONTACT, person, m.start(1), WEAK);
                }
            });
            each(EN_MEET_PERSON, text, lower, m -> {
                String person = m.group(1);
                if (NameScanner.isEnglishStop(person.split(" ")[0])) {
                    return;
                }
                if (m.group(2) != null) {
                    Found customer = NameScanner.forward(text, m.end());
                    if (customer != null) {
                        found.add(Role.CONTACT, person, m.start(1), STRONG);
                        found.add(Role.CUSTOMER, customer, STRONG);
                    }
                } else {
                    found.add(Role.CONTACT, person, m.start(1), WEAK);
                }
            });
            each(EN_ROLE, text, lower, m -> {
                found.add(Role.CONTACT, m.group(), m.start(), MEDIUM);
                Matcher place = PLACE_AFTER_ROLE.matcher(text).region(m.end(), text.length());
                if (place.lookingAt()) {
                    found.add(Role.CUSTOMER, NameScanner.forward(text, place.end()), STRONG);
                }
            });
            each(BARE_ROLE, text, lower, m -> found.add(Role.CONTACT, m.group(), m.start(), WEAK));
        }
        if (han) {
            each(ZH_PERSON, text, lower, m -> found.add(Role.CONTACT, m.group(), m.start(), MEDIUM));
            each(ZH_ROLE, text, lower, m -> found.add(Role.CONTACT, m.group(), m.start(), MEDIUM));
        }
    }

    private void englishCustomers(String text, String lower, Candidates found) {
        Matcher label = LEADING_LABEL.matcher(text);
        int from = label.lookingAt() ? label.end() : 0;
        Found first = NameScanner.forward(text, from);
        if (first != null && first.start() == skipSpaces(text, from)) {
            int after = first.end();
            if (START_COLON.matcher(text).region(after, text.length()).lookingAt()) {
                found.add(Role.CUSTOMER, first, MEDIUM);
            } else if (after < text.length() && text.charAt(skipSpaces(text, after)) == ChatText.MASK) {
                found.add(Role.CUSTOMER, first, WEAK);
            }
        }
        for (CuedPattern anchor : EN_CUSTOMER_AFTER) {
            each(anchor, text, lower, m -> {
                Found name = NameScanner.forward(text, m.end());
                if (name == null) {
                    return;
                }
                if (UPDATE_VERB.matcher(m.group()).find()) {
                    // "move Acme to negotiation": only a name followed by where it moves is a deal being updated
                    if (UPDATE_TAIL
                            .matcher(text)
                            .region(name.end(), text.length())
                            .lookingAt()) {
                        found.add(Role.CUSTOMER, name, STRONG);
                    }
                    return;
                }
                found.add(Role.CUSTOMER, name, STRONG);
            });
        }
        each(
                EN_CUSTOMER_BEFORE,
                text,
                lower,
                m -> found.add(Role.CUSTOMER, NameScanner.backward(text, m.start()), MEDIUM));
        each(EN_CUSTOMER_AFTER_WEAK, text, lower, m -> {
            Found name = NameScanner.forward(text, m.end());
            // "with Acme" is likely a name; "to trial it" is not: lower-case words after a weak anchor are a last
            // resort
            found.add(Role.CUSTOMER, name, name != null && startsLowerLatin(name.name()) ? FALLBACK : WEAK);
        });
        englishClauseStarts(text, found);
    }

    private void chineseCustomers(String text, String lower, Candidates found) {
        // "比亚迪的王经理", "请百度的采购经理吃饭": the company before a role is the customer, the role the contact
        each(ZH_ROLE_AFTER_DE_SCAN, text, lower, m -> {
            Found company = NameScanner.backward(text, m.start());
            if (company != null) {
                found.add(Role.CUSTOMER, company, MEDIUM);
                found.add(Role.CONTACT, m.group(1), m.start(1), STRONG);
            }
        });
        clauseStarts(text, found);
        each(ZH_CUSTOMER_AFTER, text, lower, m -> {
            Found name = NameScanner.forward(text, m.end());
            if (name == null) {
                return;
            }
            found.add(Role.CUSTOMER, name, STRONG);
            Matcher role = ZH_ROLE_AFTER_DE.matcher(text).region(name.end(), text.length());
            if (role.lookingAt()) {
                found.add(Role.CONTACT, role.group(1), role.start(1), STRONG);
            }
        });
        each(ZH_CUSTOMER_BEFORE, text, lower, m -> {
            Found name = NameScanner.backward(text, m.start());
            if (name != null) {
                found.add(Role.CUSTOMER, name, MEDIUM);
            }
        });
        each(ZH_CUSTOMER_AFTER_WEAK, text, lower, m -> {
            Found name = NameScanner.forward(text, m.end());
            if (name == null) {
                return;
            }
            found.add(Role.CUSTOMER, name, WEAK);
            Matcher role = ZH_ROLE_AFTER_DE.matcher(text).region(name.end(), text.length());
            if (role.lookingAt()) {
                found.add(Role.CONTACT, role.group(1), role.start(1), STRONG);
            }
        });
    }

    // "Harbor Freight Co pulled out", "morning! Maple Co meeting went great": a capitalised name opening a clause.
    private static void englishClauseStarts(String text, Candidates found) {
        int clauses = 0;
        boolean atStart = true;
        for (int i = 0; i < text.length() && clauses < 8; i++) {
            char c = text.charAt(i);
            if (".!?;:\n".indexOf(c) >= 0 || c == ChatText.MASK) {
                atStart = true;
                continue;
            }
            if (c == ' ') {
                continue;
            }
            if (atStart) {
                atStart = false;
                clauses++;
                if (Character.isUpperCase(c) || Character.isDigit(c)) {
                    Found name = NameScanner.forward(text, i);
                    Found capitalised = name == null ? null : NameScanner.capitalisedHead(name);
                    if (capitalised != null) {
                        found.add(Role.CUSTOMER, capitalised, FALLBACK);
                    }
                }
            }
        }
    }

    private static boolean startsLowerLatin(String name) {
        char c = name.charAt(0);
        return c >= 'a' && c <= 'z';
    }

    // Chinese reps often open a clause with the customer and no verb before it: "网易拜访完了", "比亚迪，¥5k",
    // "打卡 万科". A name read from a clause start is the last resort when no anchor names one.
    private static void clauseStarts(String text, Candidates found) {
        int clauses = 0;
        boolean atStart = true;
        for (int i = 0; i < text.length() && clauses < 12; i++) {
            char c = text.charAt(i);
            if (CLAUSE_SEPARATORS.indexOf(c) >= 0 || c == ChatText.MASK) {
                atStart = true;
                continue;
            }
            if (atStart) {
                atStart = false;
                clauses++;
                Found name = NameScanner.forward(text, i);
                if (name != null && name.start() == i) {
                    found.add(Role.CUSTOMER, name, FALLBACK);
                }
            }
        }
    }

    private static CuedPattern anchor(String alternatives, String... cues) {
        return new CuedPattern("(?i)\\b(?:" + alternatives + ")" + AFTER_WORD, cues);
    }

    private static void each(CuedPattern pattern, String text, String lower, Consumer<Matcher> action) {
        Matcher m = pattern.matcher(text, lower);
        for (int n = 0; m != null && n < MAX_MATCHES && m.find(); n++) {
            action.accept(m);
        }
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() - 1 && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static boolean hasLatinLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasHan(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (ChatText.isHan(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private enum Role {
        CUSTOMER,
        CONTACT,
        COMPETITOR
    }

    private record Candidate(Role role, String name, int start, int strength) {}

    /** Collects candidates and keeps, per role, the strongest and then the earliest. */
    private static final class Candidates {
        private final List<Candidate> all = new ArrayList<>();

        void add(Role role, Found found, int strength) {
            if (found != null) {
                add(role, found.name(), found.start(), strength);
            }
        }

        void add(Role role, String name, int start, int strength) {
            String clean = clean(name);
            if (clean.isEmpty() || clean.length() > 60) {
                return;
            }
            all.add(new Candidate(role, clean, start, strength));
        }

        Names resolve() {
            Candidate competitor = best(Role.COMPETITOR, null, null);
            Candidate customer = best(Role.CUSTOMER, competitor, null);
            Candidate contact = best(Role.CONTACT, competitor, customer);
            if (contact != null && customer != null && contains(customer, contact)) {
                String c = customer.name();
                if (c.endsWith(contact.name()) && c.length() > contact.name().length() + 1) {
                    // "拜会立讯精密林工": the company runs straight into the person met
                    customer = new Candidate(
                            Role.CUSTOMER,
                            c.substring(0, c.length() - contact.name().length()).strip(),
                            customer.start(),
                            customer.strength());
                } else {
                    contact = null; // "with St. Mary's Clinic" read "St" as a person too
                }
            }
            return new Names(nameOf(customer), nameOf(contact), nameOf(competitor));
        }

        private Candidate best(Role role, Candidate notThis, Candidate norThis) {
            Candidate best = null;
            for (Candidate c : all) {
                if (c.role() != role || same(c, notThis) || same(c, norThis) || looksLikePerson(role, c)) {
                    continue;
                }
                if (best == null
                        || c.strength() > best.strength()
                        || (c.strength() == best.strength() && c.start() < best.start())) {
                    best = c;
                }
            }
            return best;
        }

        // A customer is a company: "王经理" or "the CTO" read after "见了" or "met" is the contact instead.
        private boolean looksLikePerson(Role role, Candidate c) {
            if (role != Role.CUSTOMER) {
                return false;
            }
            return all.stream()
                    .anyMatch(other -> other.role() == Role.CONTACT
                            && other.strength() >= MEDIUM
                            && other.name()
                                    .toLowerCase(Locale.ROOT)
                                    .contains(c.name().toLowerCase(Locale.ROOT)));
        }

        // The same name, or one read inside the other ("手金蝶" around the competitor 金蝶).
        private static boolean same(Candidate a, Candidate b) {
            return a != null && b != null && (a.name().equalsIgnoreCase(b.name()) || contains(a, b) || contains(b, a));
        }

        private static boolean contains(Candidate outer, Candidate inner) {
            return outer.name().toLowerCase(Locale.ROOT).contains(inner.name().toLowerCase(Locale.ROOT));
        }

        private static Optional<String> nameOf(Candidate c) {
            return c == null ? Optional.empty() : Optional.of(c.name());
        }

        private static String clean(String name) {
            String s = name.strip();
            while (!s.isEmpty() && ".,;:!?。，；：！？-–—'\"“”「」".indexOf(s.charAt(s.length() - 1)) >= 0) {
                s = s.substring(0, s.length() - 1).strip();
            }
            while (!s.isEmpty() && "'\"“”「」-–—:：".indexOf(s.charAt(0)) >= 0) {
                s = s.substring(1).strip();
            }
            return s.indexOf(ChatText.MASK) >= 0 ? "" : s;
        }
    }
}
