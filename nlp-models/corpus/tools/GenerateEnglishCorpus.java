import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates the English NLU training corpus, nlp-models/corpus/train/en.jsonl.
 *
 * <p>Run from the repository root: {@code java nlp-models/corpus/tools/GenerateEnglishCorpus.java}.
 * Deterministic (fixed seed), no dependencies. Labels follow /work/shared/nlu-contract.md: every
 * entity value is computed from the slot filler that produced the text, and every relative date is
 * resolved against the line's own "now" with the contract's direction rules.
 *
 * <p>Template mini-language: {@code [a|b|]} picks one alternative (nestable, may be empty);
 * {@code {slot}} / {@code {slot:arg}} emits a filler and records its entity; {@code {=key:value}}
 * records an entity without emitting text; {@code {x:name}} inlines a plain filler phrase (no entity).
 *
 * <p>Entities are only labelled for keys in the intent's column of the contract (the contract's kudos
 * example does not label the customer in "for landing the Initech renewal").
 *
 * <p>Before writing, the program fails if any held-out text (nlp-models/corpus/heldout/en.jsonl)
 * equals or nearly equals (word-set Jaccard >= 0.8) a generated text.
 */
public class GenerateEnglishCorpus {

    static final long SEED = 20261127L;
    static final int PER_INTENT = 400;
    static final LocalDateTime REF_NOW = LocalDateTime.of(2026, 11, 27, 10, 0);
    static final String ZONE = "Asia/Shanghai";
    static final double ALT_NOW_SHARE = 0.12;
    static final LocalDateTime[] ALT_NOWS = {
        LocalDateTime.of(2026, 11, 24, 16, 30), // Tue
        LocalDateTime.of(2026, 11, 30, 9, 15),  // Mon
        LocalDateTime.of(2026, 12, 2, 14, 0),   // Wed
        LocalDateTime.of(2026, 12, 31, 17, 45), // Thu
        LocalDateTime.of(2027, 1, 8, 11, 20),   // Fri
        LocalDateTime.of(2026, 10, 15, 8, 5),   // Thu
        LocalDateTime.of(2026, 9, 30, 19, 0),   // Wed
        LocalDateTime.of(2027, 2, 27, 13, 0),   // Sat
    };
    static final Path OUT = Path.of("nlp-models/corpus/train/en.jsonl");
    static final Path HELDOUT = Path.of("nlp-models/corpus/heldout/en.jsonl");
    static final double NEAR_DUP_JACCARD = 0.8;

    static final List<String> KEY_ORDER = List.of("customer", "contact", "competitor", "amount", "currency",
            "metric", "period", "when", "follow_up", "recurrence", "persons", "stage");

    // ------------------------------------------------------------------ fillers

    static final String[] CUSTOMERS = {
        "Acme Corp", "Acme", "Globex", "Globex Corporation", "Initech Ltd", "Initech", "Stark Industries",
        "Wayne Enterprises", "Umbrella Pharma", "Hooli", "Pied Piper", "Soylent Foods", "Wonka Industries",
        "Cyberdyne Systems", "Tyrell Corp", "Vandelay Industries", "Dunder Mifflin", "Massive Dynamic",
        "Oscorp", "Gringotts Bank", "Monarch Solutions", "Helix", "Helix Biotech", "Nakatomi Trading",
        "Blue River Logistics", "blue river logistics", "northwind traders", "Northwind", "Contoso",
        "Fabrikam", "Tailspin Toys", "Litware", "Adventure Works", "Proseware", "Zenith Medical",
        "Summit Dental Group", "Greenfield Farms", "Harbor Freight Co", "Orion Labs", "Polaris Retail",
        "Evergreen Hospital", "St. Mary's Clinic", "O'Brien Plumbing", "Kim's Mart", "Bright Smile Dental",
        "Lakeside Hotel", "Metro Pharmacy", "Sunrise Bakery", "Redwood Capital", "Apex Motors",
        "Pinnacle Foods", "Quantum Analytics", "Silverline Telecom", "Atlas Construction", "Vertex Pharma",
        "Johnson & Sons", "Smith & Co", "Marks & Spencer", "P&G", "Ben & Jerry's", "Lee & Partners",
        "H&M Logistics", "Black & Decker Supply", "3M", "7-Eleven", "24 Hour Fitness", "Studio 54",
        "Route 66 Diner", "Area 51 Labs", "Pier 39 Seafood", "Unit 8 Bakery", "21st Century Insurance",
        "99 Ranch Market", "Grand Plaza Mall", "city hospital", "riverside clinic", "golden dragon restaurant",
        "MediCore", "NexGen Robotics", "Sunnyvale Schools", "Pacific Rim Imports", "Alpine Outfitters",
    };
    static final String[] CUSTOMERS_CJK = {
        "华为", "华为技术", "腾讯", "阿里巴巴", "小米", "比亚迪", "美团", "京东方", "海尔", "联想", "万科",
        "中兴通讯", "顺丰速运", "格力电器", "平安保险", "上海电气", "迈瑞医疗",
    };
    /** surface, value */
    static final String[][] CONTACTS = {
        {"the CTO", "the CTO"}, {"the CFO", "the CFO"}, {"the CEO", "the CEO"}, {"their CFO", "their CFO"},
        {"the COO", "the COO"}, {"the head of IT", "the head of IT"}, {"the IT director", "the IT director"},
        {"the procurement manager", "the procurement manager"}, {"the purchasing lead", "the purchasing lead"},
        {"the store manager", "the store manager"}, {"the owner", "the owner"}, {"the buyer", "the buyer"},
        {"the office manager", "the office manager"}, {"the practice manager", "the practice manager"},
        {"their ops lead", "their ops lead"}, {"the plant manager", "the plant manager"},
        {"Mr. Lee", "Mr. Lee"}, {"Mrs. Chen", "Mrs. Chen"}, {"Ms. Rodriguez", "Ms. Rodriguez"},
        {"Dr. Patel", "Dr. Patel"}, {"Dr. Kim", "Dr. Kim"}, {"Mr. Wong", "Mr. Wong"},
        {"Joy (nurse manager)", "Joy"}, {"Sam (IT)", "Sam"}, {"Mr. Wong (ops)", "Mr. Wong"},
        {"Karen (head of procurement)", "Karen"}, {"Luis (CFO)", "Luis"}, {"Anita (buyer)", "Anita"},
        {"Li Wei", "Li Wei"}, {"John Smith", "John Smith"}, {"Sarah", "Sarah"}, {"Tom Baker", "Tom Baker"},
        {"Priya", "Priya"}, {"Ahmed", "Ahmed"}, {"Olga", "Olga"}, {"Jenny", "Jenny"}, {"Mike", "Mike"},
        {"王经理", "王经理"}, {"李总", "李总"}, {"张工", "张工"},
    };
    static final String[] COMPETITORS = {
        "BetaSoft", "CompetitorX", "Salesforce", "HubSpot", "Zoho", "Oracle", "SAP", "Pipedrive", "Freshworks",
        "Microsoft", "Initrode", "MegaCorp", "RivalTech", "Brightline", "Acumen Systems", "NovaTech",
        "Omni Medical", "Medline", "Dynamo Supply", "Apex Rival", "金蝶", "用友", "销售易",
        "Insightly", "Keap", "Nimble", "Creatio", "Bitrix24", "Dynamics 365", "ServiceNow", "NetSuite", "Intercom",
        "Gong", "Outreach", "ZoomInfo", "Cisco", "Dell", "Lenovo", "Stryker", "Medtronic", "Philips", "Siemens",
        "Sysco", "Staples", "Grainger", "Fastenal", "Uline", "Kaseya", "Tradewind", "Corvus", "Stellar CRM",
        "Quickbase", "Zenith Tools", "Paragon Supply", "Vantage Health",
    };
    static final String[] NAMES = {
        "Alice", "Bob", "Carlos", "Dana", "Priya", "Mei", "Kenji", "Fatima", "Omar", "Sofia", "Lucas",
        "Hannah", "Raj", "Chloe", "Diego", "Emma", "Noah", "Aisha", "Ivan", "Zoe", "Marco", "Grace",
        "Ethan", "Lina", "Tom", "Jess", "Maria Garcia", "Kevin O'Neil", "Wei Zhang", "Anna-Lena", "小王", "李娜",
        "Arjun", "Bongani", "Chiamaka", "Declan", "Eleni", "Farah", "Gustavo", "Hiroshi", "Ingrid", "Jamal",
        "Katarzyna", "Leilani", "Mateo", "Niamh", "Oluwaseun", "Pedro", "Rania", "Sven", "Tariq", "Uma",
        "Valentina", "Wanjiru", "Xavier", "Yara", "Zanele", "Connor", "Deepa", "Esther", "Felix", "Hamza",
        "Isabella", "Jin", "Kwame", "Luca", "Mira", "Nikolai", "Oscar", "Ravi", "Sana", "Theo", "Viktor",
    };
    static final String[] SLACK_LABELS = {"alice", "bob", "carlos.m", "dana", "priya_s", "mei", "kenji", "tom", "jess.k"};

    static final Map<String, String[]> X = new HashMap<>();
    static {
        X.put("task", new String[] {
            "send the weekly report", "call the client back", "update the CRM", "prep the QBR deck",
            "follow up on the proposal", "submit my expenses", "check in with procurement", "send the contract",
            "log my visits", "confirm the demo", "chase the PO", "review the pipeline", "email the pricing sheet",
            "book the meeting room", "renew the trial", "submit the daily report", "call {rawcust} back",
            "send samples", "update the forecast", "print the brochures",
        });
        X.put("meeting", new String[] {
            "the pipeline review", "standup", "the weekly sales meeting", "the forecast call", "the team huddle",
            "1:1s", "the QBR prep", "report submission", "the Monday kickoff", "the deal review", "sales sync",
        });
        X.put("topic", new String[] {
            "the contract", "the quote", "the renewal", "the demo", "pricing", "the samples", "the invoice",
            "the forecast", "expenses", "the trade show",
        });
        X.put("rname", new String[] {
            "standup", "3pm", "friday", "pipeline review", "weekly report", "monday", "morning", "forecast call",
            "daily report", "expense",
        });
        X.put("reason", new String[] {
            "landing the {rawcust} renewal", "closing {rawcust}", "helping me with the demo", "covering my visits",
            "the great pitch", "smashing the quarter", "mentoring the new hires", "hitting 100% of target",
            "the killer proposal", "jumping on that late call", "sorting out the pricing mess",
            "an amazing trade show", "the best month ever",
        });
        X.put("reason_on", new String[] {
            "the {rawcust} win", "your first sale", "hitting quota", "the big deal", "closing {rawcust}",
            "a record week", "the promotion",
        });
        X.put("ri", new String[] {
            "visited {rawcust}", "[3|4|5|6|7] visits", "[2|3|8|10] calls", "met {rawcust} procurement",
            "demo at {rawcust}", "sent a quote to {rawcust}", "closed a small order with {rawcust}",
            "cold called [10|15|20] prospects", "followed up with {rawcust}", "updated the CRM",
            "prepared the proposal for {rawcust}", "[2|3] new leads", "trade show booth all day",
            "training session with the team", "{rawcust} asked for a discount", "delivered samples to {rawcust}",
            "contract review with {rawcust}", "lunch with a prospect", "no visits, office day",
            "{rawcust} wants a second demo", "collected payment from {rawcust}",
        });
        X.put("plan", new String[] {
            "follow up with {rawcust}", "visit {rawcust} and {rawcust}", "prep for the {rawcust} demo",
            "cold calls", "send contracts", "finish the proposal", "territory drive north", "admin and CRM",
        });
        X.put("blocker", new String[] {
            "waiting on pricing approval", "{rawcust} budget frozen", "none", "car broke down",
            "CRM was slow", "no samples left", "legal review taking forever",
        });
    }

    static final String[] EMOJI_GENERIC = {"🙂", "👍", "🙏", "😅", "🔥", "✅", "😊"};
    static final String[] EMOJI_WIN = {"🎉", "💰", "🥳", "🚀", "🙌"};
    static final String[] EMOJI_KUDOS = {"🎉", "🙌", "👏", "🏆", "💪", "⭐"};

    static final Map<String, String> TYPOS = new HashMap<>();
    static {
        String[][] t = {
            {"visited", "visted"}, {"meeting", "meetting"}, {"reminder", "remider"}, {"reminders", "remiders"},
            {"remind", "remnd"}, {"commission", "comission"}, {"target", "taget"}, {"report", "reprot"},
            {"leaderboard", "leaderbord"}, {"competitor", "competiter"}, {"customer", "custmer"},
            {"please", "plz"}, {"received", "recieved"}, {"history", "hisotry"}, {"ranking", "rankng"},
            {"cancel", "cancle"}, {"quota", "qouta"}, {"closed", "clsoed"}, {"with", "wiht"}, {"the", "teh"},
            {"about", "abt"}, {"what", "wat"}, {"you", "u"}, {"your", "ur"}, {"thanks", "thnx"},
            {"proposal", "propsal"}, {"follow", "folow"}, {"signed", "sigend"}, {"tomorrow", "tomorow"},
            {"weather", "wether"}, {"progress", "progess"}, {"reports", "reprots"}, {"because", "bc"},
            {"schedule", "schedual"}, {"definitely", "definately"}, {"business", "buisness"},
        };
        for (String[] p : t) TYPOS.put(p[0], p[1]);
    }

    // ------------------------------------------------------------------ templates

    static final Map<String, String[]> T = new LinkedHashMap<>();
    static {
        T.put("log_visit", new String[] {
            "log visit {cust}, met {contact}, [demo went well|good meeting|they liked the demo|pricing discussion|intro meeting], follow up {fu}",
            "[visited|went to|was at] {cust} {vwhen}",
            "[just |]visited {cust}[, spoke with| and met with| - saw] {contact}",
            "mtg w/ {cust} {vwhen:date}. f/u {fu}",
            "met {contact} at {cust} {vwhen}[, they want a quote|, interested in the premium plan|, still evaluating|]",
            "[had a |]call with {cust} {vwhen}[, they're| - they are] [interested in|looking at] a {money} deal",
            "had a [call|chat|meeting] with {contact} from {cust}[ {vwhen}|]",
            "dropped by {cust} {vwhen}[, no decision yet|, left brochures|, good vibes|]",
            "just left {cust}. spoke with {contact}. potential {money}. next step {fu}",
            "visit: {cust} / {contact} / {vwhen:date}",
            "demo at {cust} {vwhen}, [follow-up|follow up|next touch] {fu}",
            "site visit {cust} {vwhen}[, potential deal| - opportunity| - pipeline] {money}",
            "[lunch|coffee|dinner] [meeting |]with {contact} [at|of] {cust} {vwhen}",
            "stopped by {cust} to see {contact}[ {vwhen}|]",
            "{cust} visit done ✅ met {contact}",
            "[zoom|teams|video] call w/ {cust} {vwhen}, {contact} joined, f/u {fu}",
            "presented to {cust} {vwhen}, deal could be {money}, following up {fu}",
            "[record|log|add] a visit to {cust} {vwhen}",
            "went to see {contact} at {cust} {vwhen}[, they want a quote|, they asked for references|], call back {fu}",
            "phone call with {cust} {vwhen}, talked to {contact}; will send pricing {fu}",
            "{cust} meeting {vwhen} went great, sending [the |]proposal {fu}",
            "catch-up with {contact} of {cust} {vwhen}",
            "{vwhen} I [visited|met with|saw] {cust}[, {contact} was there|]",
            "new visit - {cust}, contact {contact}, est. {money}, [f/u|next step:|follow-up] {fu}",
            "met with {cust} [procurement|IT|finance|ops] team {vwhen}",
            "{cust}: onsite [visit|meeting] {vwhen}, follow up {fu}",
            "spent the [morning|afternoon] at {cust} with {contact}",
            "visited {cust} {vwhen}, met {contact}, potential {money}, follow up {fu}",
        });
        T.put("log_sale", new String[] {
            "closed {money} with {cust} {vwhen}",
            "just closed {cust} for {money}",
            "signed {cust}[!|!!|]",
            "{cust} signed the contract {vwhen}[, {money}| for {money}|]",
            "won the {cust} deal[, {money}| - {money}|]",
            "sold {money} [to|worth of licenses to] {cust}[ {vwhen}|]",
            "new order from {cust}: {money}",
            "PO received from {cust} for {money}",
            "log sale {cust} {money}",
            "sale: {cust}, {money}, {vwhen:date}",
            "booked {money} [from|with] {cust} {vwhen}",
            "{cust} just signed[ 🎉|!| 🙌]",
            "closed the deal with {cust}[ {vwhen}|]",
            "got the signature from {cust} {vwhen} - {money}",
            "{cust} came through with a {money} order",
            "record a sale of {money} to {cust}",
            "add sale {money} {cust} {vwhen:date}",
            "deal closed: {cust} {money}",
            "{cust} renewed [for|at] {money}[ {vwhen}|]",
            "we won {cust}[!!|!] {money} annual contract",
            "{cust} placed an order worth {money} {vwhen}",
            "sale to {cust} {money} closed {vwhen}",
            "{cust} signed on {vwhen:md}, total {money}",
            "contract signed with {cust}, {money}",
            "finally closed {cust}!! {money} 💰",
            "{money} deal with {cust} is signed",
            "{cust} bought {money} [of product|worth of equipment|in supplies] {vwhen}",
        });
        T.put("update_deal", new String[] {
            "move {cust} to {stage:to}",
            "mark {cust} as {stage:as}",
            "sent the quote to {cust}{=stage:proposal}",
            "sent {cust} the [proposal|quote]{=stage:proposal}",
            "quote out to {cust}{=stage:proposal}",
            "{cust} went dark, mark it lost{=stage:lost}",
            "{cust} deal [is now|moved] in negotiation{=stage:negotiation}",
            "update {cust} stage to {stage:to}",
            "set [the |]stage for {cust} to {stage:to}",
            "{cust} -> {stage:to}",
            "pipeline update: {cust} is now {stage:as}",
            "change {cust} from [lead|qualified|proposal] to {stage:late}",
            "move {cust} to {stage:to}, deal size {money}",
            "{cust} to {stage:to} at {money}",
            "update {cust}: {stage:to}, value {money}",
            "the {cust} deal fell through{=stage:lost}",
            "{cust} is qualified[, budget confirmed|, they have budget|]{=stage:qualified}",
            "add {cust} as a new lead{=stage:lead}",
            "mark the {cust} deal [closed-won|closed won|as won]{=stage:won}",
            "{cust} opportunity: move to {stage:to} pls",
            "put {cust} in {stage:to}",
            "bump {cust} to {stage:to}",
            "{cust} moved to {stage:to}",
            "proposal sent to {cust}, {money}{=stage:proposal}",
            "we're negotiating with {cust} now, update the deal{=stage:negotiation}",
            "mark {cust} lost[, they went with another vendor|, no budget|]{=stage:lost}",
            "set {cust} to {stage:as}",
        });
        T.put("my_target", new String[] {
            "how am I doing against my target {period}?",
            "how am I tracking [vs|against] my [quota|target][ {period}|]",
            "am I on track {period}?",
            "how close am I to my {m} target[ {period}|]",
            "how many {m:visits} do I still need {period}",
            "what's my target {period}",
            "show my target",
            "[my|show me my] quota progress[ {period}|]",
            "how far am I from hitting my number {period}",
            "target status[ pls|?|]",
            "% to goal {period}",
            "where am I on my {m} goal {period}",
            "did I hit my target {period:pastonly}",
            "my attainment {period}",
            "quota check",
            "how much more {m:sales} do I need {period}",
            "what's left on my quota {period}",
            "progress on my {m} target",
            "how many more {m:deals} to hit target {period}?",
            "[remaining|left] to target?",
            "what % of my quota have I hit[ {period}|]",
            "my target vs actual {period}",
            "am I gonna make quota {period}",
            "check my progress toward my {m} target {period}",
        });
        T.put("set_target", new String[] {
            "set {person} target to {money:nocur} for {period:fut,bare}",
            "set {person}'s quota to {money} {period:fut}",
            "target for {person} {period:fut}: {money}",
            "{person} should hit {money} in {m:sales} {period:fut}",
            "set the team target to {money} {period:fut}",
            "give {person} a target of {n} {m:visits} {period:fut}",
            "{person}: {n} {m:deals} target {period:fut}",
            "update {person}'s quota to {money}",
            "raise {person}'s target to {money} {period:fut}",
            "team quota {period:fut,bare} = {money}",
            "set targets for {persons}: {money} each {period:fut}",
            "{persons} get {n} {m:visits} each {period:fut}",
            "set a {m:sales} target of {money} for {persons} {period:fut}",
            "new target for {person}: {n} {m:visits} per month",
            "lower {person}'s target to {money} {period:fut}",
            "assign {person} a {money} quota {period:fut}",
            "{period:fut,bare} target for the team is {money}",
            "set the team's {m:deals} target to {n} {period:fut}",
            "change {person}'s goal to {n} {m:visits} {period:fut}",
            "target {person} {money} {period:fut}",
            "I want {person} at {n} {m:deals} {period:fut}",
            "everyone's quota {period:fut} is {money}",
        });
        T.put("team_ranking", new String[] {
            "leaderboard",
            "show [me |]the leaderboard[ {period}|]",
            "who's on top {period}?",
            "ranking by {m} {period}",
            "top reps {period}",
            "{period:past,bare} {m} ranking",
            "who has the most {m} {period}",
            "who logged the most {m:visits}[ {period}|]",
            "team standings[ {period}|]",
            "where do I rank {period}?",
            "league table for {m}",
            "who's leading in {m} {period}",
            "top [3|5|10] by {m} {period}",
            "show me the rankings",
            "scoreboard[ pls|]",
            "rank the team by {m}[ {period}|]",
            "{m} leaderboard {period}",
            "who's winning {period}?",
            "who closed the most {m:deals} {period}",
            "leaderboard for {m} please",
            "how do we stack up against each other {period}",
            "who's number one in {m}?",
            "where am I on the leaderboard",
        });
        T.put("stats_query", new String[] {
            "how many {m:visits} did {person} [log|do|make] {period}",
            "what's {person}'s {m:sales} {period}",
            "total {m:sales} from {cust} {period}",
            "how many {m:deals} did we close {period}",
            "{m} for {persons} {period}?",
            "give me {period:past,bare} {m} numbers for the team",
            "how many {m:visits} to {cust} {period}",
            "compare {person} and {person} on {m} {period}",
            "how many {m:kudos} has {person} [received|gotten] {period}",
            "what's our total {m:sales} {period}",
            "how is {person} doing on {m} {period}",
            "{person} {m} {period}?",
            "number of {m:deals} closed by {person} {period}",
            "how much {m:sales} did {cust} bring in {period}",
            "what were team {m} {period}",
            "stats for {person} {period}",
            "how many {m:visits} has the team made {period}",
            "count of {m} {period}",
            "{m} from {cust}[ {period}|]?",
            "pull {person}'s numbers {period}",
            "what's the average {m:visits} per rep {period}",
            "show me {m} by {person} for {period:past,bare}",
        });
        T.put("daily_report", new String[] {
            "EOD report: {x:ri}, {x:ri}, {x:ri}",
            "daily report - {x:ri}. {x:ri}. tomorrow: {x:plan}",
            "report: {x:ri}; {x:ri}",
            "today's summary: {x:ri}, {x:ri}. blockers: {x:blocker}",
            "end of day: {x:ri}, {x:ri}",
            "here's my report for today: {x:ri}, {x:ri}, {x:ri}",
            "weekly report: {x:ri}, {x:ri}, {x:ri}. next week: {x:plan}",
            "EOD ✅ {x:ri} ✅ {x:ri}",
            "done for today. {x:ri}, {x:ri}. plan for tomorrow: {x:plan}",
            "submitting my daily report: {x:ri}. {x:ri}.",
            "my report: {x:ri} / {x:ri} / {x:ri}",
            "wrap-up for today - {x:ri}, {x:ri}, no blockers",
            "daily update: {x:ri}; {x:ri}; tomorrow {x:plan}",
            "EOD: {x:ri}. Challenges: {x:blocker}. Tomorrow: {x:plan}",
            "today: {x:ri}, {x:ri}. tomorrow: {x:plan}",
            "end-of-day recap: {x:ri}, {x:ri}",
            "here's my EOD - {x:ri} and {x:ri}",
            "daily: {x:ri}, {x:ri}, {x:ri}",
            "week in review: {x:ri}, {x:ri}, {x:ri}",
            "my daily report is: {x:ri}",
            "*Daily report* 1) {x:ri} 2) {x:ri} 3) {x:plan}",
        });
        T.put("missing_reports", new String[] {
            "who hasn't reported {period:rep}?",
            "who didn't submit their report {period:rep}",
            "missing reports {period:rep}",
            "which reps haven't sent the daily report[ {period:rep}|]",
            "list reps without a report {period:rep}",
            "any missing EODs {period:rep}?",
            "who's late with reports[ {period:rep}|]",
            "who still owes me a report {period:rep}",
            "show me who skipped the daily report {period:rep}",
            "reports not submitted {period:rep}",
            "who has not filed their EOD {period:rep}",
            "check missing daily reports",
            "did everyone submit their report {period:rep}?",
            "who forgot to report {period:rep}",
            "missing EOD list",
            "whose reports are outstanding {period:rep}",
            "any reps who didn't report {period:rep}",
            "report status: who's missing {period:rep}?",
            "who is behind on daily reports {period:rep}",
            "[pls |]list everyone who hasn't done their daily report",
        });
        T.put("set_reminder", new String[] {
            "remind me to {x:task} {swhen}",
            "remind me {swhen} to {x:task}",
            "set a reminder for {swhen}: {x:task}",
            "reminder {swhen} {x:task}",
            "remind {persons} to {x:task} {swhen}",
            "remind the team about {x:meeting} {rec}",
            "{rec}, remind everyone about {x:meeting}",
            "set up a recurring reminder {rec} for {x:meeting}",
            "ping me {swhen} about {x:topic}",
            "nudge {person} {swhen} to {x:task}",
            "can you remind me {swhen} to {x:task}?",
            "schedule a reminder: {x:meeting} {rec}",
            "don't let me forget to {x:task} {swhen}",
            "alert me {swhen} re: {x:topic}",
            "remind {person} {rec} to {x:task}",
            "remind me {rec} to {x:task}",
            "recurring reminder {rec}: {x:meeting}",
            "remind {persons} about {x:meeting} {rec}",
            "pls remind me {swhen} - {x:task}",
            "set reminder {swhen}",
            "remind us {rec} to {x:task}",
            "reminder for {person}: {x:task} {swhen}",
            "add a reminder {swhen} to {x:task}",
            "{x:meeting} reminder {rec} for {persons}",
        });
        T.put("list_reminders", new String[] {
            "what reminders do I have[?|]",
            "list [my|all my|all] reminders",
            "show [my |all |all my |]reminders[ pls|]",
            "my reminders[ pls|?|]",
            "what's on my reminder list",
            "any reminders [coming up|set|scheduled][?|]",
            "show all scheduled reminders",
            "which reminders are [active|still on|pending]",
            "do I have any upcoming reminders",
            "reminders?",
            "view [my |]reminders",
            "what did I ask you to remind me about",
            "list [the |]team reminders",
            "show [me |]recurring reminders",
            "what reminders are set for the team",
            "pending reminders",
            "show me everything you're going to remind me about",
            "list all active reminders [for|in] this channel",
            "reminder list[ please|]",
            "[can you |could you |]show me my reminders[?|]",
            "which reminders do I have [today|this week]",
            "what's coming up reminder-wise",
            "list reminders for [the team|me]",
            "how many reminders do I have[?|]",
            "open reminders?",
            "show me the reminders I set for the team",
        });
        T.put("cancel_reminder", new String[] {
            "cancel my reminder",
            "cancel the {x:rname} reminder",
            "delete reminder #[1|2|3|4|5|7]",
            "remove the {x:rname} reminder",
            "stop reminding me about {x:meeting}",
            "turn off the {x:rname} reminder",
            "cancel [tomorrow's|today's|next week's] reminder",
            "unschedule the {x:rname} reminder",
            "kill that reminder",
            "no need for the reminder anymore, cancel it",
            "delete all my reminders",
            "clear [my |all |all my |]reminders",
            "scrap the reminder for {x:topic}",
            "never mind the reminder[, cancel it|]",
            "disable the recurring reminder[ for {x:meeting}|]",
            "don't remind me about {x:topic} anymore",
            "remove reminder [1|2|3|4]",
            "[please |pls |]cancel the reminder I just set",
            "cancel [all |]reminders for {x:meeting}",
            "[delete|remove|cancel] [that|this] reminder",
            "stop the [weekly|daily|monday] reminder",
            "I no longer want the {x:rname} reminder",
            "cancel [the |]reminder [for|about] {x:topic}",
            "[remove|delete] my recurring reminders",
            "unsubscribe me from the {x:meeting} reminder",
        });
        T.put("give_kudos", new String[] {
            "kudos {persons} for {x:reason}[!|]",
            "shoutout to {persons}[!|!!| 🎉]",
            "big thanks to {person} for {x:reason} 🙌",
            "props to {persons}",
            "give kudos to {person}[ for {x:reason}|]",
            "{person} crushed it [today|this week], kudos!",
            "congrats {person} on {x:reason_on}",
            "huge kudos to {persons}",
            "recognize {person} for {x:reason}",
            "{person} deserves a shoutout for {x:reason}",
            "👏👏 {person}",
            "+1 kudos {person}",
            "hats off to {persons} for {x:reason}",
            "kudos to the whole team[ for {x:reason}|]",
            "thanks to {person} for {x:reason}, kudos",
            "send kudos to {person}",
            "{persons} you rock! kudos",
            "round of applause for {person} 👏",
            "want to recognize {persons} for {x:reason}",
            "kudos: {person} - {x:reason}",
            "well done {person} on {x:reason_on}",
            "kudos {person}",
        });
        T.put("customer_info", new String[] {
            "what's the history with {cust}",
            "show me {cust}",
            "tell me about {cust}",
            "{cust} info",
            "customer info {cust}",
            "when did we last visit {cust}?",
            "any open deals with {cust}",
            "what's the status of {cust}",
            "next steps for {cust}?",
            "pull up {cust}",
            "brief me on {cust} before my meeting",
            "who's our contact at {cust}?",
            "{cust} history",
            "account summary for {cust}",
            "what do we know about {cust}",
            "last interactions with {cust}",
            "look up {cust}",
            "show {cust} timeline",
            "anything new with {cust}?",
            "what's going on with {cust}",
            "details on {cust} pls",
            "info on {cust}",
        });
        T.put("log_competitor", new String[] {
            "{comp} is pitching {cust}",
            "heads up: {comp} offered {cust} a [big|steep|huge] discount",
            "saw {comp} [reps|people|sales guys] at {cust}",
            "competitor alert: {comp} at {cust}",
            "{cust} is also talking to {comp}",
            "{comp} undercut us at {cust}",
            "log competitor {comp}[ at {cust}|]",
            "{comp} just launched a new product[, cheaper than ours|]",
            "{cust} says {comp}'s pricing is lower",
            "intel: {comp} is hiring reps in our region",
            "noticed {comp} brochures at {cust}",
            "{cust} currently uses {comp}",
            "{comp} is offering free onboarding to {cust}",
            "competitor note: {comp} - {cust} - aggressive pricing",
            "{comp} is bundling support for free[ at {cust}|]",
            "looks like {cust} is evaluating {comp} too",
            "{comp} reps visited {cust} before us",
            "competition: {comp} quoted lower at {cust}",
            "{cust} is unhappy with {comp}, opportunity for us",
            "{comp} is trying to poach {cust}",
        });
        T.put("my_commission", new String[] {
            "what's my commission {period}",
            "how much commission have I earned[ {period}|]",
            "my bonus so far",
            "show my commission",
            "commission check[ {period}|]",
            "how much am I making in commission {period}",
            "what's my payout {period}",
            "did I earn a bonus {period:pastonly}",
            "commission report[ {period}|]",
            "my earnings {period}",
            "bonus status",
            "how much is my bonus looking {period}",
            "how far am I from the next commission tier",
            "estimated commission {period}",
            "how much will I get paid in commission {period}",
            "have I qualified for the bonus {period}",
            "what do I get for commission {period}",
            "show me my commissions",
            "my commission {period}?",
        });
        T.put("undo", new String[] {
            "undo[ that| this| pls| please|]",
            "undo [the |my |]last [entry|one|thing|log][ please| pls|]",
            "[oops|oops,|whoops|argh] undo[ that|]",
            "take that back",
            "delete my last entry",
            "remove the last [visit|sale|entry|report] I [logged|added|entered]",
            "scratch that",
            "revert[ that|]",
            "that was wrong, undo",
            "cancel my last entry",
            "delete the last [sale|visit]",
            "my bad, remove that",
            "wrong customer, undo",
            "delete what I just logged",
            "roll back my last update",
            "nvm undo that",
            "retract [my |]last entry",
            "[please |can you |]undo what I just [did|sent|logged]",
            "I made a mistake, [remove|undo|delete] the last [entry|one]",
            "ctrl+z",
            "back out my last [entry|sale|visit]",
            "oops wrong one, delete it",
            "I didn't mean to log that[, undo|, remove it|]",
            "[remove|delete] that entry[ please|]",
            "undo my last [visit|sale|report|kudos]",
            "kill my last entry",
            "[please |]get rid of the [visit|sale] I just logged",
        });
        T.put("help", new String[] {
            "help",
            "what can you do[?|]",
            "how do I log a [visit|sale]?",
            "commands[?|]",
            "how does this [work|bot work]",
            "what commands are there",
            "how do I set a reminder[?|]",
            "help me with targets",
            "[quick |]guide",
            "how to use salesbot",
            "?",
            "what are you able to do",
            "show me the help menu",
            "how do I undo something",
            "instructions[ pls|]",
            "I'm new here, how do I use this bot",
            "what features do you have",
            "can you explain how kudos work",
            "how do I [submit|send] my daily report",
            "[help|helpp|halp] [me|pls|]",
            "what should I type to [see the leaderboard|log a deal|check my target]",
            "[how|where] do I [see|check] [my commission|the rankings|my reminders]",
            "what can I ask you",
            "help with [reminders|reports|kudos|targets]",
            "which commands do you support",
            "list of commands",
            "I need [some |]help",
            "how do I give kudos",
            "what does [undo|kudos|the EOD command] do",
        });
        T.put("smalltalk", new String[] {
            "[hi|hello|hey|hiya|yo|sup][ there| bot| salesbot|][!|]",
            "good [morning|afternoon|evening][ bot|][!|]",
            "[thanks|thank you|thx|ty|cheers][ bot| so much| a lot|][!|]",
            "you're [awesome|the best|great]",
            "how are you[ doing| today|][?|]",
            "[lol|haha|lmao|hehe]",
            "ok[ cool| thanks| great|]",
            "[bye|see ya|later|ttyl|good night][!|]",
            "who are you[?|]",
            "are you a [robot|bot|human][?|]",
            "[nice|cool|awesome|sweet][!|]",
            "👍",
            "morning team[!|]",
            "have a great weekend[ all|]",
            "happy [friday|monday][!|]",
            "appreciate it",
            "what's up",
            "[good|great] job bot",
            "you're funny",
            "how's your day going",
            "nice to meet you",
            "[gm|gn]",
            "[how's it going|how's everything]",
            "[sounds good|got it|understood|noted][ thanks|]",
            "[brb|afk for a bit|back again]",
            "[happy holidays|merry christmas|happy new year][ everyone|]",
            "what's new[ with you|]",
            "you're [amazing|hilarious|so helpful]",
            "have a good [one|day|night]",
            "how was your weekend[?|]",
        });
        T.put("unknown", new String[] {
            "what's the weather [tomorrow|today|in Shanghai|like this weekend]",
            "book [me |]a flight to [Tokyo|London|Singapore|New York][ next week|]",
            "book a hotel in [Berlin|Paris|Sydney] for [two|three] nights",
            "reset my password",
            "I forgot my [VPN|email|laptop] password",
            "translate [this|'thank you'] [to|into] [Spanish|French|Japanese]",
            "what's the [Apple|Tesla|Nvidia] stock price",
            "write [me |]a poem about [the sea|spring|sales]",
            "tell me a joke",
            "order [a pizza|pizza|lunch] for the office",
            "what's the visit visa process[ for Canada|]",
            "is there a sale on shoes at the mall",
            "target store opening hours",
            "is Target open on Sunday",
            "what's 2+2",
            "play some music",
            "what's the capital of [France|Australia]",
            "who won the game last night",
            "recommend a [restaurant|good book|movie]",
            "how do I cook rice",
            "the printer is jammed again",
            "book a taxi to the airport",
            "what time is it in [London|New York]",
            "convert [100|50] [usd|dollars] to euros",
            "[asdfgh|qwerty|lorem ipsum dolor|...|hmm|???]",
            "can you fix my excel formula",
            "what's the wifi password",
            "quota for H1B visas this year",
            "tell me a fun fact",
            "how tall is Mount Everest",
            "sell me this pen",
            "what's the best CRM software",
            "[set|change] my [out of office|OOO] status",
            "how do I submit a leave request",
            "what's the exchange rate for [yen|the euro]",
            "calculate 15% of 240",
            "who is the CEO of Apple",
            "show me cat pictures",
            "when is the next public holiday",
            "target practice at the range this weekend?",
            "how many visits does our website get",
            "sales tax rate in California",
            "I need a visitor badge for tomorrow",
        });
    }

    // ------------------------------------------------------------------ more phrasings (second pass)
    // Written to widen the phrasing of every intent: informal chat, questions and statements,
    // different openings and word orders, so the classifier learns the intent rather than a template.

    static void more(String intent, String... templates) {
        String[] old = T.get(intent);
        String[] all = Arrays.copyOf(old, old.length + templates.length);
        System.arraycopy(templates, 0, all, old.length, templates.length);
        T.put(intent, all);
    }

    static {
        X.put("achv", new String[] {
            "closed the {rawcust} deal", "hit 120% of quota", "landed a new logo", "booked a record month",
            "won back {rawcust}", "got {rawcust} to sign", "smashed the monthly target", "opened three new accounts",
            "ran an amazing demo", "turned around {rawcust}", "brought in the biggest order of the year",
        });
        X.put("rix", new String[] {
            "[two|three|four|5|6] sites covered", "drove out to {rawcust}", "pricing call with {rawcust}",
            "revised the quote for {rawcust}", "chased overdue invoices", "CRM cleanup", "onboarding call for {rawcust}",
            "[a|one] new opportunity at {rawcust}", "demoed the new range to {rawcust}", "nobody available at {rawcust}",
            "{rawcust} pushed their decision to next month", "inbound lead from the website", "internal training",
            "worked on the tender for {rawcust}", "booth duty at the expo",
            "renewal chat with {rawcust}", "[10|12|20] cold calls, [1|2] callbacks", "no meetings, desk day",
            "{rawcust} asked for references", "swapped territories with a colleague", "stock check at {rawcust}",
        });
        X.put("prod", new String[] {
            "the starter pack", "the premium plan", "the annual license", "the pilot", "the bundle", "the upgrade",
            "the enterprise tier", "50 seats", "the service contract", "the new line",
        });
        X.put("ood_co", new String[] {
            "Apple", "Tesla", "Alibaba", "Amazon", "Nvidia", "Microsoft", "Toyota", "Netflix", "Meta", "Baidu",
        });

        more("log_visit",
            "popped into {cust} {vwhen}[ to see {contact}|]",
            "dropped in on {contact} at {cust}[ {vwhen}|]",
            "paid {cust} a visit {vwhen}[, {contact} was keen|, they want to trial it|]",
            "face-to-face with {contact} ({cust}) {vwhen}",
            "walked {contact} through the product at {cust} {vwhen}",
            "toured the {cust} [plant|warehouse|site|office] with {contact}",
            "in-person meeting at {cust} {vwhen}[, next step {fu}|]",
            "field visit: {cust}[, {contact}|]",
            "checked in on {cust} {vwhen}[, all good|, they need more stock|]",
            "intro call with {cust} {vwhen}",
            "discovery call w/ {contact} from {cust}[ {vwhen}|]",
            "{contact} at {cust} gave me [30 mins|an hour|20 minutes] {vwhen}",
            "quick visit to {cust}, {contact} asked for [a proposal|pricing|references|a trial]",
            "showed {cust} [the new range|our platform|{x:prod}] {vwhen}",
            "did a product demo for {cust} {vwhen}[, follow up {fu}|]",
            "got a meeting with {contact} at {cust} {vwhen}[, seems promising|, they're cautious|, very keen]",
            "{cust} meeting done, touching base again {fu}",
            "visited {cust} {vwhen}, they're considering a {money} order",
            "spoke to {contact} at {cust} {vwhen}, reconnecting {fu}",
            "had lunch with {contact} from {cust}, they might go for {money}",
            "on site at {cust} all morning with {contact}",
            "I saw {contact} at {cust} {vwhen}",
            "went by {cust}[ {vwhen}|], [brochures left|spoke to reception|good chat]",
            "meeting with {cust} {vwhen}: [they want a demo for the team|budget is tight|decision next quarter]",
            "presented [our proposal|the roadmap|pricing] to {contact} at {cust}",
            "{vwhen}: visit to {cust}, met {contact}[, follow-up {fu}|]",
            "called {cust} {vwhen}, {contact} picked up, [interested|wants info|asked for a callback]",
            "talked with {contact} at {cust} for an hour {vwhen}",
            "first meeting with {cust} {vwhen}[, {contact} liked it|]",
            "[log|record] my meeting with {cust}[ {vwhen}|]",
            "visit report: {cust}, {contact}, {money} opportunity",
            "quick call with {contact} ({cust}), next touchpoint {fu}"
        );
        more("log_sale",
            "got the green light from {cust}[, {money}| - {money}|]",
            "{cust} is a go[!|], {money}",
            "inked a {money} deal with {cust}[ {vwhen}|]",
            "landed {cust}[!|] {money}",
            "{cust} committed to {money}[ {vwhen}|]",
            "signed and sealed: {cust} {money}",
            "{cust} accepted our offer[ of {money}|]",
            "secured the {cust} account {vwhen}[, {money}|]",
            "{cust} approved the purchase {vwhen}",
            "we got the {cust} order[!|] {money}",
            "{cust} is on board[ - {money} a year|]",
            "{money} from {cust}, deal done",
            "{cust} went for {x:prod}, {money}",
            "{cust} finally pulled the trigger[: {money}|]",
            "contract back from {cust}, signed[, {money}|]",
            "{cust} bought {x:prod} {vwhen}[ for {money}|]",
            "sold {x:prod} to {cust}[ for {money}|]",
            "closed a {money} deal at {cust}",
            "{cust} signed the PO {vwhen}",
            "just won {cust}[ 🎉|!], {money}",
            "it's official, {cust} signed[ for {money}|]",
            "booked the {cust} deal, {money}",
            "{cust} renewal signed {vwhen}[, {money}|]",
            "{cust} closed {vwhen}[ at {money}|]",
            "I closed {cust} {vwhen}",
            "order in from {cust}[: {money}|]",
            "we signed {cust}[ 🥳|!]",
            "{cust} sent back the signed contract[, {money}|]"
        );
        more("update_deal",
            "{cust}: quote delivered{=stage:proposal}",
            "push {cust} back to {stage:to}",
            "qualified {cust} [today|this morning] - budget and authority confirmed{=stage:qualified}",
            "new lead: {cust}{=stage:lead}",
            "{cust} opportunity is dead[, close it out|]{=stage:lost}",
            "{cust} pulled out, mark [it |]as lost{=stage:lost}",
            "{cust} is haggling over price now{=stage:negotiation}",
            "{cust} started redlining the contract{=stage:negotiation}",
            "advance {cust} to {stage:to}",
            "{cust} deal stage [->|to|=] {stage:to}",
            "change the stage of {cust} to {stage:to}",
            "can you move {cust} into {stage:to}",
            "set the {cust} opp to {stage:as}",
            "{cust} should be in {stage:to} now",
            "{cust} is in contract talks{=stage:negotiation}",
            "{cust} chose another vendor, set to lost{=stage:lost}",
            "{cust} is a real opportunity now, move to qualified{=stage:qualified}",
            "[put|move] the {cust} opportunity back to {stage:to}",
            "I sent {cust} our pricing proposal {=stage:proposal}",
            "{cust} has the quote[, {money}|]{=stage:proposal}",
            "mark {cust} closed lost{=stage:lost}",
            "{cust} went cold, [mark it lost|closing it as lost]{=stage:lost}",
            "{cust} status: {stage:as}",
            "{cust} now at {stage:to} stage"
        );
        more("my_target",
            "what's my gap to quota[ {period}|]",
            "how much is left to hit my number {period}",
            "am I on pace {period}[?|]",
            "my quota attainment so far",
            "[percent|%] to target[?|]",
            "where do I stand vs my goal[ {period}|]",
            "my numbers vs target {period}",
            "show my progress[ toward my target|]",
            "how much more do I need to close {period}",
            "will I hit my target {period}[?|]",
            "what do I need to hit quota[ {period}|]",
            "my goal {period}?",
            "remaining quota {period}",
            "how's my quota looking",
            "am I behind on my target[ {period}|]",
            "what's my {m} target[ {period}|]",
            "give me my target progress",
            "how far off my quota am I[ {period}|]"
        );
        more("set_target",
            "{person}'s target {period:fut} is {money}",
            "make {person}'s quota {money}[ {period:fut}|]",
            "put {person} on a {money} target {period:fut}",
            "quota for {persons}: {n} {m:visits} {period:fut}",
            "goal for the team {period:fut}: {money}",
            "bump {person}'s target up to {money}",
            "I'm setting {person}'s number at {money} {period:fut}",
            "assign a target of {n} {m:deals} to {person}[ {period:fut}|]",
            "target {period:fut,bare}: {person} at {money}",
            "{person} needs {n} {m:visits} {period:fut}, set that as the target",
            "please set {person}'s {m:sales} quota to {money}",
            "set a goal of {money} for {person} {period:fut}",
            "{persons} - your target {period:fut} is {money} each",
            "team target {period:fut}: {n} {m:deals}",
            "new quota for {person} {period:fut} = {money}"
        );
        more("team_ranking",
            "who's the top seller {period}",
            "which rep has the most {m} {period}[?|]",
            "rank [the |]reps by {m}[ {period}|]",
            "sort the team by {m} {period}",
            "who's ahead {period}[?|]",
            "top performers {period}",
            "best reps {period}[?|]",
            "who's leading the pack[ {period}|]",
            "standings please",
            "show the {m} league table[ {period}|]",
            "who's top of the board[ {period}|]",
            "ranking of reps {period}",
            "give me the top [3|5|10] reps by {m}",
            "sales contest standings",
            "who's winning the {m} race {period}",
            "team leaderboard by {m}",
            "which of us has the most {m} {period}",
            "who came first {period:pastonly}[?|]",
            "podium for {m} {period}?"
        );
        more("stats_query",
            "how did {person} do {period}",
            "what are {person}'s numbers {period}",
            "total {m} for the team {period}",
            "how much {m:sales} did we [make|do|book] {period}",
            "{m:sales} [by|from] {cust} {period}",
            "how many {m:visits} did we make to {cust} {period}",
            "give me {person}'s {m} {period}",
            "what did {person} bring in {period}",
            "{person} vs {person} {m} {period}",
            "how many {m:kudos} does {person} have[ {period}|]",
            "how many {m:deals} has {person} won {period}",
            "sum of {m:sales} {period}",
            "what's the team's {m} so far {period}",
            "breakdown of {m} by rep {period}",
            "what's {cust} worth to us {period}",
            "how many {m} did the team log {period}",
            "what's {person}'s {m} count {period}",
            "tell me {person}'s {m} {period}",
            "{m} numbers for {person} {period}",
            "how many {m:visits} has {person} done {period}"
        );
        more("daily_report",
            "today's recap: {x:rix}. {x:ri}. tomorrow {x:plan}",
            "quick update on today - {x:ri}, {x:rix}",
            "status update: {x:rix}; {x:ri}; next: {x:plan}",
            "here's what I did today: {x:rix}, {x:ri}, {x:rix}",
            "EOD update - {x:rix}. {x:rix}.",
            "summary of the week: {x:rix}, {x:ri}, {x:rix}. plan: {x:plan}",
            "checking out for today. {x:rix}, {x:ri}",
            "log for today: {x:rix} / {x:ri}",
            "1. {x:rix} 2. {x:ri} 3. {x:rix}",
            "- {x:rix} - {x:ri} - tomorrow: {x:plan}",
            "{x:rix}, {x:rix} and {x:ri}. tomorrow: {x:plan}",
            "today {x:rix}, then {x:rix}. [blocked by|waiting on] {x:blocker}",
            "day done: {x:ri}, {x:rix}",
            "this week: {x:rix}, {x:rix}, {x:ri}. next week {x:plan}",
            "update for today: {x:rix}. nothing else to report",
            "what I got done today - {x:ri}, {x:rix}, {x:rix}",
            "today was slow: {x:rix}. tomorrow {x:plan}",
            "report for today, {x:rix} and {x:rix}"
        );
        more("missing_reports",
            "who's missing their EOD[ {period:rep}|]",
            "which reports are missing {period:rep}",
            "anyone not reported yet {period:rep}?",
            "who still hasn't sent in their report",
            "chase whoever hasn't reported {period:rep}",
            "flag reps without a daily report {period:rep}",
            "list of people with no report {period:rep}",
            "report compliance {period:rep}",
            "who skipped reporting {period:rep}",
            "any reports outstanding[ {period:rep}|]?",
            "check who's behind on EODs",
            "who didn't check in their report {period:rep}",
            "names of reps who haven't submitted[ {period:rep}|]",
            "which of my reps forgot their report {period:rep}",
            "is anyone's daily report missing {period:rep}",
            "how many reps haven't reported {period:rep}",
            "who hasn't done their EOD yet",
            "any EODs not in yet {period:rep}?"
        );
        more("set_reminder",
            "ping me {swhen} to {x:task}",
            "nudge me {swhen} about {x:topic}",
            "set an alarm for {swhen} to {x:task}",
            "poke me {swhen} to {x:task}",
            "notify me {swhen} about {x:topic}",
            "{swhen} remind me: {x:task}",
            "can you ping {person} {swhen} re {x:topic}",
            "make sure I {x:task} {swhen}",
            "reminder: {x:task} {swhen}",
            "schedule a nudge {rec} for {x:meeting}",
            "I need a reminder {swhen} to {x:task}",
            "get {person} to {x:task} {swhen}, remind them",
            "please remind the team {rec} about {x:meeting}",
            "set a recurring ping {rec}: {x:meeting}",
            "remind me about {x:topic} {swhen}",
            "tell me {swhen} to {x:task}",
            "create a reminder {swhen}: {x:task}",
            "give me a nudge {swhen}",
            "could you remind {person} {swhen} to {x:task}"
        );
        more("list_reminders",
            "what have I asked you to remind me about",
            "any upcoming reminders[?|]",
            "what's scheduled for me[?|]",
            "what alerts do I have set",
            "which reminders are coming up[ today| tomorrow| this week|]",
            "do I have anything scheduled[ tomorrow|]",
            "reminders for [tomorrow|this week|today]?",
            "check my reminders",
            "which nudges are set for the team",
            "display my reminders",
            "tell me my reminders",
            "what reminders did I set up",
            "do I have reminders tomorrow",
            "what will you ping me about"
        );
        more("cancel_reminder",
            "drop the {x:rname} reminder",
            "I don't need the reminder for {x:topic} anymore",
            "forget the reminder about {x:topic}",
            "mute the {x:meeting} reminder",
            "stop pinging me about {x:topic}",
            "no more reminders about {x:meeting}",
            "remove all my [pings|nudges|alerts]",
            "cancel the reminder for [tomorrow|tonight|monday|this afternoon]",
            "delete the one about {x:topic}",
            "turn off [the |my |]daily reminders",
            "unset the reminder",
            "quit reminding me to {x:task}",
            "cancel the [nudge|ping|alert] for {x:topic}",
            "I'm done with {x:topic}, cancel the reminder",
            "stop the reminders for {x:meeting}",
            "please kill the {x:rname} reminder"
        );
        more("give_kudos",
            "massive shoutout to {person} for {x:reason}",
            "let's hear it for {persons}[!| 👏|]",
            "{person}, you're a star[ ⭐|!|]",
            "cheers to {person} for {x:reason}",
            "raise a glass to {person}[ 🥂|]",
            "applause for {persons}[ 👏|]",
            "{person} knocked it out of the park[ this week| today|]",
            "credit to {person} for {x:reason}",
            "{person} deserves all the praise for {x:reason}",
            "thanks {person} for {x:reason}[, you're the best|, legend|]",
            "MVP of the week: {person}",
            "{person} is on fire[ 🔥|]",
            "so proud of {persons}",
            "nominating {person} for {x:reason}",
            "high five to {person}[ ✋|]",
            "{person} just {x:achv}[! congrats| 🎉|]",
            "well played {person}",
            "{person} saved the day[ with {rawcust}|]",
            "major props to {person}",
            "shout out {person} who {x:achv}"
        );
        more("customer_info",
            "catch me up on {cust}",
            "quick summary of {cust}[ please|]",
            "where are we with {cust}[?|]",
            "where do we stand with {cust}",
            "any updates on {cust}[?|]",
            "when was our last touchpoint with {cust}",
            "who owns the {cust} account",
            "what deals are open at {cust}",
            "refresh my memory on {cust}",
            "visit history for {cust}",
            "{cust} account overview",
            "{cust} - status?",
            "prep me for {cust}",
            "I'm seeing {cust} [tomorrow|later|this afternoon], what should I know",
            "what's our history with {cust}",
            "do we have anything going on with {cust}",
            "find {cust}",
            "{cust} details",
            "everything on {cust} please",
            "who is the contact at {cust} and when did we last visit"
        );
        more("log_competitor",
            "{cust} is leaning towards {comp}",
            "{comp} is giving {cust} a free pilot",
            "{comp} has a new rep in our territory",
            "{comp} dropped their prices[ again|]",
            "rumor: {comp} is being acquired",
            "{comp} is running a [promo|discount campaign|free trial offer]",
            "{cust}'s buyer says {comp} offered better payment terms",
            "we're losing {cust} to {comp}",
            "{comp} folks were at {cust}[ this week|]",
            "{comp} sales team keeps calling {cust}",
            "{comp} quoted {cust} half our price",
            "competitive intel: {comp}[ - {cust}|]",
            "{cust} mentioned {comp} is cheaper",
            "{comp} won the tender at {cust}",
            "{cust} might switch to {comp}",
            "{comp} is throwing in free training for {cust}",
            "FYI {comp} just hired [two|three|a few] reps from us",
            "{comp} released [a new version|new pricing|a cheaper model]"
        );
        more("my_commission",
            "how much have I earned in commission {period}",
            "what's my commission looking like[ {period}|]",
            "projected payout {period}",
            "what will my bonus be[ {period}|]",
            "my variable pay {period}",
            "how much bonus do I have so far",
            "commission statement {period}",
            "when do I get my commission",
            "my spiffs {period}",
            "how much did I earn {period:pastonly}",
            "what's my take-home from commission[ {period}|]",
            "did I hit the accelerator[ {period}|]",
            "commission earned to date",
            "how much is my payout",
            "show me my bonus",
            "bonus {period}?",
            "what have I made in commission"
        );
        more("undo",
            "scrap that last entry",
            "delete that last one",
            "please reverse my last entry",
            "that's wrong, take it back",
            "remove what I just posted",
            "I logged that by mistake",
            "wrong account, please undo",
            "[oops|whoops|oh no], revert the last [visit|sale|entry]",
            "wrong deal, undo[ it|]",
            "erase the last entry",
            "forget that last message",
            "unlog that",
            "undo the last thing I [logged|sent]",
            "that entry was a mistake[, remove it|]",
            "wrong amount, undo that",
            "I meant a different customer, undo",
            "go back one step",
            "reverse that"
        );
        more("help",
            "what do you do[?|]",
            "what are the commands[?|]",
            "how does logging work",
            "how should I write a [sale|visit|report]",
            "can you show me how to set a [target|reminder]",
            "I'm lost, [help|what do I do]",
            "what can this bot do for me",
            "how do I check the leaderboard",
            "explain the commands",
            "getting started[?|]",
            "how do I record a deal",
            "teach me how to use this",
            "what kind of things can I ask"
        );
        more("smalltalk",
            "thanks a ton[!|]",
            "you're a lifesaver",
            "good stuff",
            "all good[ thanks|]",
            "nice one",
            "perfect[, thanks|]",
            "lol ok",
            "have a nice day",
            "good night all",
            "how's life",
            "are you real[?|]",
            "you there?",
            "happy weekend[ team|]",
            "long day today",
            "coffee time[ ☕|]",
            "I'm [tired|exhausted|starving]",
            "ugh mondays",
            "😂",
            "🙏",
            "ok thx",
            "hello again",
            "yo bot what's good",
            "thanks for the help",
            "good morning everyone",
            "cool cool",
            "no worries"
        );
        more("unknown",
            "outlook keeps crashing",
            "the VPN is down again",
            "{x:ood_co} share price",
            "who won the [football|basketball] match",
            "write an email to my landlord",
            "what's 17 times 23",
            "directions to the airport",
            "how many vacation days do I have left",
            "is the office open on [Saturday|Christmas]",
            "recommend a [podcast|show|hiking trail]",
            "what's the news today",
            "how do I make [pasta|dumplings|coffee]",
            "what's the meaning of life",
            "can you [draw|paint] a cat",
            "book the conference room for [2pm|tomorrow]",
            "when does the gym close",
            "I need a new [keyboard|monitor|phone charger]",
            "how old is the universe",
            "what's the time in [Tokyo|Dubai|Paris]",
            "play [jazz|lofi|the radio]",
            "is it going to snow [tomorrow|this week]",
            "where can I buy [concert|football] tickets",
            "what's a good name for a dog",
            "explain quantum computing",
            "who is the president of [France|Brazil]",
            "the coffee machine is broken",
            "lunch ideas?",
            "commission a portrait of my cat",
            "my target heart rate for running",
            "visiting hours at the hospital",
            "ranking of the best universities"
        );
    }

    // ------------------------------------------------------------------ third pass: more phrasings per intent

    static {
        X.put("ood", new String[] {
            "write a python script to rename files", "open a jira ticket for the login bug", "create a zoom link for 3pm",
            "send an email to my landlord about the rent", "I have a headache, any tips", "my cat is sick",
            "what's a good gift for my wife", "how far is the moon", "how do I fix a flat tire",
            "who sings this song", "best pizza place near the office", "can you do my taxes",
            "what's the population of Canada", "how long do I boil an egg", "how do I get to the train station",
            "what's on TV tonight", "where did I park", "how many calories in a banana", "is it a holiday on Monday",
            "my phone screen cracked", "teams keeps logging me out", "excel won't open the csv",
            "how do I share my screen in zoom", "what's the score of the game", "recommend a good sushi place",
            "help me plan a trip to Bali", "how do I renew my passport", "cheapest flights to Bangkok",
            "what's the interest rate on my mortgage", "how do I unsubscribe from these emails",
            "tell me about the history of Rome", "can you order flowers for my mom", "what's the wifi in meeting room B",
            "the elevator is broken", "where is the nearest pharmacy", "how to make a paper plane",
            "what does HTML stand for", "who invented the telephone", "how many legs does a spider have",
            "can you sing", "say something in French", "what's trending on twitter", "what's my horoscope",
        });
        X.put("helpq", new String[] {
            "log a visit", "record a sale", "set a reminder", "cancel a reminder", "see the leaderboard",
            "check my target", "give kudos", "send my daily report", "undo an entry", "see my commission",
            "update a deal stage", "look up a customer", "log a competitor", "set targets for my team",
        });

        more("log_visit",
            "met with {contact} [at|from] {cust} {vwhen}",
            "{cust}: met {contact}, [discussed pricing|went through the demo|talked about next year's budget]",
            "just got back from {cust}[, {contact} wants {x:prod}|]",
            "visited {cust} and {rawcust} {vwhen:date}",
            "had a good conversation with {contact} at {cust}",
            "ran a workshop at {cust} {vwhen}",
            "customer visit {cust} {vwhen}, {contact}, potential {money}",
            "I met {contact} ({cust}) {vwhen}, they need [a quote|more info|a second demo] by {fu}",
            "{cust} meeting with {contact} went [well|ok|badly]",
            "called on {cust} {vwhen}[, spoke with {contact}|]",
            "visit logged? {cust} {vwhen}, {contact}",
            "saw {cust} {vwhen}, following up {fu}",
            "was at {cust} {vwhen} to see {contact}, they're evaluating {x:prod}",
            "video meeting with {contact} of {cust} {vwhen}, next meeting {fu}",
            "{cust} invited me for a [tour|meeting|demo] {vwhen}, met {contact}"
        );
        more("log_sale",
            "closed won: {cust} {money}",
            "{cust} signed for {x:prod}[, {money}|]",
            "we closed {cust} {vwhen}[ 🎉|]",
            "sale logged: {cust}, {money}",
            "{cust} just bought {x:prod}",
            "got the deal with {cust} done {vwhen}[, {money}|]",
            "deal won with {cust}[: {money}|]",
            "{cust} purchased {money} worth {vwhen}",
            "happy to report {cust} signed[, {money}|]",
            "{cust} agreed to buy {x:prod} for {money}",
            "{money} contract with {cust} signed {vwhen}",
            "new customer: {cust} signed {vwhen}"
        );
        more("update_deal",
            "{cust} is now in the proposal stage{=stage:proposal}",
            "{cust} accepted the meeting, mark as qualified{=stage:qualified}",
            "moving {cust} forward to {stage:to}",
            "{cust} has budget and a timeline, qualify it{=stage:qualified}",
            "{cust} asked for a contract draft, they're negotiating{=stage:negotiation}",
            "{cust} said no[, mark lost|, close as lost]{=stage:lost}",
            "{cust}: stage {stage:to}",
            "please update {cust} to {stage:to}",
            "{cust} moves to {stage:to}[, est. {money}|]",
            "{cust} deal is lost{=stage:lost}",
            "{cust} deal won, mark it{=stage:won}",
            "change {cust} to {stage:to}",
            "add {cust} to the pipeline as a lead{=stage:lead}",
            "{cust} is a new prospect, add as lead{=stage:lead}"
        );
        more("my_target",
            "how am I doing[ {period}|]?",
            "how am I doing vs quota",
            "my progress {period}",
            "am I going to make my number {period}",
            "status of my target",
            "what's my quota {period}",
            "have I hit my goal yet",
            "how much of my target have I done {period}",
            "my attainment?",
            "tell me my target",
            "where am I at with my quota"
        );
        more("set_target",
            "{person} target {money} {period:fut}",
            "set {person} {n} {m:visits} for {period:fut,bare}",
            "can you set {person}'s target to {money}",
            "quota update: {person} {money} {period:fut}",
            "target for {persons} {period:fut} = {n} {m:deals}",
            "I'd like {person}'s target at {money} {period:fut}",
            "define the team target {period:fut}: {money}",
            "{person} - new goal {money}"
        );
        more("team_ranking",
            "who sold the most {period}",
            "who has the highest {m} {period}",
            "best performer {period}",
            "who's #1 {period}",
            "top 3 {period}",
            "rankings {period}",
            "where does everyone stand {period}",
            "am I in the top [3|5|10]",
            "what's my rank[ {period}|]",
            "who's the leader {period}",
            "who has the fewest {m} {period}",
            "show the ranking for {m}",
            "how do I rank against the team[ {period}|]"
        );
        more("stats_query",
            "how many {m:deals} did {person} close {period}",
            "what's the total {m:sales} {period}",
            "{person}'s {m} {period}",
            "how much did {cust} buy {period}",
            "what's {person}'s number of {m:visits} {period}",
            "team {m} {period}?",
            "how many {m:visits} in total {period}",
            "stats on {cust} {period}",
            "how many {m:kudos} did {person} get {period}",
            "what's our {m:deals} count {period}",
            "how many {m} did {persons} log {period}"
        );
        more("daily_report",
            "today: {x:rix}; {x:rix}; {x:ri}",
            "{x:ri}. {x:rix}. {x:rix}. plan: {x:plan}",
            "EOD - {x:rix}, {x:rix}",
            "daily summary: {x:rix} and {x:ri}",
            "here's today: {x:rix}, {x:rix}. blockers: {x:blocker}",
            "end of week report: {x:rix}, {x:ri}, {x:rix}",
            "long day. {x:rix}, {x:rix}, {x:ri}",
            "report for {vwhen:date}... {x:rix}, {x:ri}"
        );
        more("missing_reports",
            "who hasn't submitted {period:rep}",
            "missing EODs {period:rep}",
            "show reps with no EOD {period:rep}",
            "reports missing?",
            "who owes a report {period:rep}",
            "who's not reported {period:rep}",
            "which reps are missing reports"
        );
        more("set_reminder",
            "remind me {swhen}",
            "remind me to {x:task}",
            "set a reminder to {x:task} {swhen}",
            "{x:task} {swhen}, remind me",
            "please set a reminder {rec} for {x:meeting}",
            "remind {person} {swhen} about {x:topic}",
            "i need to {x:task} {swhen}, can you remind me",
            "alarm {swhen}: {x:task}"
        );
        more("list_reminders",
            "my reminders",
            "reminders pls",
            "list reminders",
            "show reminders for this week",
            "what reminders are active",
            "which reminders have I got",
            "see my reminders",
            "any reminders for me?"
        );
        more("cancel_reminder",
            "cancel reminder",
            "remove my reminder for {x:topic}",
            "delete the {x:rname} reminder",
            "cancel all reminders",
            "stop all reminders",
            "I don't want the {x:rname} reminder",
            "turn off reminders for {x:meeting}",
            "cancel the reminder to {x:task}"
        );
        more("give_kudos",
            "kudos to {person} for {x:reason}",
            "{person} is amazing, {x:reason_on}",
            "{person} you're the best[!|]",
            "{person} killed it {x:reason_on}",
            "respect to {person} for {x:reason}",
            "{person} carried the team {period:past}",
            "{person} went above and beyond[ {x:reason_on}|]",
            "couldn't have done it without {person}",
            "grateful to {person} for {x:reason}",
            "great job {person}[!|]",
            "nice work {persons}",
            "{person} is a rockstar",
            "{person} 👏👏👏",
            "congratulations {person}[!|] {x:achv}"
        );
        more("customer_info",
            "who's the decision maker at {cust}",
            "contact details for {cust}",
            "what did {cust} buy last time",
            "open opportunities with {cust}",
            "any notes on {cust}",
            "summary of {cust}",
            "is {cust} a customer",
            "have we worked with {cust} before",
            "who handles {cust}",
            "status of the {cust} account",
            "what happened at {cust} recently",
            "when is the next step with {cust}",
            "pending items for {cust}",
            "what's up with {cust}",
            "{cust}?",
            "show {cust} details",
            "how are things with {cust}",
            "what's the story with {cust}"
        );
        more("log_competitor",
            "{cust} uses {comp}",
            "{comp} is the incumbent at {cust}",
            "{comp}'s contract at {cust} ends [in March|next year|soon]",
            "{cust} is happy with {comp}[ for now|]",
            "{comp} offered {cust} [a 30%|a big|a deep] discount",
            "{comp} beat us on price at {cust}",
            "{cust} chose {comp}",
            "{comp} just signed {cust}",
            "{comp} is cheaper than us[ at {cust}|]",
            "{cust} got a quote from {comp}",
            "{comp} is very aggressive in [the north|our region|the south] right now",
            "{comp} had a booth at the trade show",
            "{cust} is running a pilot with {comp}",
            "competitor {comp} spotted at {cust}",
            "note on {comp}: [cutting prices|new product|hiring|free implementation]",
            "{comp} is pushing hard at {cust}"
        );
        more("my_commission",
            "my commission",
            "commission?",
            "how much commission {period}",
            "show me my payout {period}",
            "what bonus will I get {period}",
            "how much did I make {period}",
            "commission so far",
            "what's my bonus"
        );
        more("undo",
            "undo last",
            "undo please",
            "delete last entry",
            "remove my last log",
            "I entered the wrong [amount|customer|date], undo",
            "that was a mistake, delete it",
            "cancel what I just did",
            "oops, wrong [customer|amount]"
        );
        more("help",
            "how does this thing work",
            "what's the point of this bot",
            "how can you help me",
            "can you help me[?|]",
            "I don't know how to use this",
            "how do I get started",
            "show me what you can do",
            "where can I learn the commands",
            "what's the command to {x:helpq}",
            "what should I type to {x:helpq}",
            "how do I {x:helpq}[?|]",
            "how can I {x:helpq}",
            "what are your features",
            "what commands do you understand",
            "what can I use you for",
            "is there a cheat sheet",
            "what do I type",
            "I'm confused, how does this work",
            "explain how [targets|reminders|kudos|reports] work",
            "can you walk me through it",
            "new here, where do I start",
            "help me {x:helpq}"
        );
        more("smalltalk",
            "how's it going",
            "you're slow today",
            "good bot",
            "bad bot",
            "I'm back",
            "sorry[ about that|]",
            "how old are you",
            "do you like your job",
            "are you there[?|]",
            "test",
            "testing[ 123|]",
            "lovely, thanks",
            "ha nice",
            "enjoy your evening",
            "what a week",
            "hope you're well",
            "thanks, that's helpful",
            "great, cheers"
        );
        more("unknown",
            "{x:ood}",
            "{x:ood}?",
            "can you {x:ood}",
            "hey, {x:ood}",
            "random question: {x:ood}"
        );
    }

    // ------------------------------------------------------------------ fourth pass: idioms and traps

    static {
        more("log_visit",
            "touched base with {contact} at {cust}[ {vwhen}|]",
            "hopped on a call with {cust} {vwhen}",
            "jumped on a call with {contact} ({cust})",
            "got face time with {contact} at {cust} {vwhen}",
            "grabbed coffee with {contact} from {cust}[, follow up {fu}|]",
            "made it out to {cust} {vwhen}",
            "ride-along to {cust} with my manager {vwhen}",
            "account review meeting at {cust} {vwhen}",
            "{cust} QBR done, {contact} attended",
            "hosted {cust} at our office {vwhen}",
            "{contact} from {cust} came by our showroom {vwhen}",
            "did the rounds at {cust} {vwhen}",
            "demo'd {x:prod} to {cust} {vwhen}[, next step {fu}|]"
        );
        more("log_sale",
            "{cust} is a done deal[, {money}|]",
            "rang the bell on {cust}[ 🔔|], {money}",
            "🔔 {cust} {money}",
            "{cust} converted[, {money}|]",
            "{cust} upgraded to {x:prod}, {money}",
            "new logo: {cust}[, {money}|]",
            "{cust} paid the deposit[ on {money}|]",
            "got {cust} across the line[, {money}|]",
            "{cust} finally bit[ - {money}|]",
            "{cust} went for it, {money}",
            "{cust} came through {vwhen}",
            "nailed down {cust} for {money}"
        );
        more("update_deal",
            "{cust} stalled, back to {stage:to}",
            "demote {cust} to {stage:to}",
            "re-open {cust} as a lead{=stage:lead}",
            "{cust} is in redlines{=stage:negotiation}",
            "{cust} procurement is reviewing our terms{=stage:negotiation}",
            "{cust} got our SOW{=stage:proposal}",
            "submitted the bid to {cust}{=stage:proposal}",
            "tender submitted for {cust}[, {money}|]{=stage:proposal}",
            "{cust} ghosted us, closing it out{=stage:lost}",
            "{cust} killed the project{=stage:lost}",
            "{cust} budget got cut, deal lost{=stage:lost}"
        );
        more("team_ranking",
            "who's crushing it {period}",
            "who's at the top[ {period}|]",
            "who's leading[ on {m}|] {period}",
            "board standings",
            "top dogs {period}",
            "who's got the most {m}[ {period}|]",
            "who's in the lead[ {period}|]",
            "any change at the top[ {period}|]?",
            "highest {m} on the team {period}",
            "who's killing it on {m}",
            "bottom [3|5] reps by {m}"
        );
        more("stats_query",
            "how's {person} tracking on {m}[ {period}|]",
            "what has {person} done {period}",
            "total {m} for {cust} {period}",
            "numbers for the team {period}",
            "what's our win count {period}",
            "how much {m:sales} came from {cust} {period}",
            "give me a quick count of {m} {period}",
            "{person} {m} year to date",
            "how many {m} has {person} logged {period}"
        );
        more("customer_info",
            "what do we have on {cust}",
            "open the {cust} file",
            "who's our champion at {cust}",
            "anything I should know about {cust}[?|]",
            "last time we spoke to {cust}?",
            "when did I last see {cust}",
            "{cust} deal status",
            "how's the {cust} account going",
            "recap {cust} for me",
            "what's pending with {cust}",
            "run me through {cust}",
            "what did we promise {cust}",
            "did anyone visit {cust} recently",
            "info about {cust} please"
        );
        more("log_competitor",
            "{comp} is courting {cust}",
            "{comp} sent {cust} a proposal",
            "{comp} has been calling on {cust}",
            "{cust} said {comp} is offering free installation",
            "{comp} bundles support[ for free|] now",
            "{comp} price cut[ announced|]",
            "{comp} is knocking on {cust}'s door",
            "{cust} is talking to {comp} as well",
            "{comp} lowballed us at {cust}",
            "we're up against {comp} at {cust}",
            "{comp} is our main rival at {cust}"
        );
        more("give_kudos",
            "{person} crushed the {rawcust} pitch",
            "{person} for the win[!|]",
            "massive thanks to {person}[ for {x:reason}|]",
            "{person} 🙌 {x:reason}",
            "{person} stepped up big time",
            "{person} is killing it[ lately|]",
            "shout out to {person} for {x:reason}",
            "everyone say thanks to {person}",
            "can we get some love for {person}",
            "{person} rocks",
            "{person} deserves a raise[ 😄|]",
            "{person} thank you so much for {x:reason}"
        );
        more("smalltalk",
            "what's your favorite color",
            "are you AI",
            "who made you",
            "do you have feelings",
            "where do you live",
            "are you happy",
            "how smart are you",
            "can you hear me",
            "anyone there?",
            "hello?",
            "happy birthday to me",
            "it's raining here",
            "finally friday",
            "almost weekend[!|]",
            "good luck everyone",
            "see you tomorrow",
            "heading home",
            "lunch time[!|]",
            "back from lunch"
        );
        more("unknown",
            "is there a sale at the mall[ this weekend|]",
            "best target audience for instagram ads",
            "should I visit the museum this weekend",
            "commission rates for real estate agents",
            "top 10 movies of all time",
            "who's top of the [premier league|NBA]",
            "what deals are on amazon today",
            "how do I close my bank account",
            "how to sign a pdf",
            "customer service number for my bank",
            "{x:ood_co} quarterly earnings",
            "report a bug in the [app|website]",
            "cancel my [gym membership|netflix subscription]",
            "help me write a cover letter",
            "can you help with my homework",
            "I need help with my taxes",
            "how do I undo send in gmail",
            "schedule my dentist appointment",
            "what's the ranking of the best phones"
        );
        more("help",
            "user guide?",
            "docs?",
            "how do I phrase a sale so you get it",
            "do you understand Chinese",
            "what info do you need for a visit",
            "how do I tag a colleague for kudos",
            "faq",
            "commands list pls",
            "how to add a deal",
            "how to edit an entry",
            "how to delete a reminder"
        );
        more("my_commission",
            "what's my cut {period}",
            "how much have I made {period}",
            "my earnings so far",
            "payout estimate[ {period}|]",
            "when's commission payday",
            "am I in the next bonus tier",
            "commission breakdown[ {period}|]",
            "how much do I get for the {rawcust} deal"
        );
        more("my_target",
            "how close am I to quota",
            "am I there yet on my target",
            "what's my pacing[ {period}|]",
            "how much to go {period}",
            "my target gap",
            "am I ahead or behind[ {period}|]",
            "what's my run rate against quota"
        );
        more("missing_reports",
            "who's MIA on reports[ {period:rep}|]",
            "has everyone reported {period:rep}",
            "are all reports in {period:rep}",
            "any stragglers on EOD[ {period:rep}|]",
            "who didn't send an update {period:rep}",
            "list non-reporters[ {period:rep}|]"
        );
        more("list_reminders",
            "what's on my reminder list",
            "show me what's scheduled",
            "which pings are coming up",
            "list upcoming alerts",
            "what am I being reminded of"
        );
        more("cancel_reminder",
            "cancel that ping",
            "kill all alerts",
            "stop the daily nudge",
            "no more pings please",
            "unsubscribe me from reminders"
        );
        more("undo",
            "nope, undo",
            "strike that",
            "disregard my last entry",
            "ignore that last log, it's wrong",
            "retract that sale",
            "back that out",
            "I fat-fingered that, undo",
            "pls revert",
            "reverse my last log"
        );
        more("daily_report",
            "done: {x:rix}. doing: {x:plan}. blocked: {x:blocker}",
            "yesterday: {x:rix}. today: {x:rix}",
            "visits: [2|3|4]. calls: [5|8|12]. orders: [0|1|2]. {x:rix}",
            "recap - {x:rix}; {x:ri}; {x:rix}",
            "EOD ✅ {x:rix}, {x:rix} ✅"
        );
    }

    // ------------------------------------------------------------------ fifth pass: who did it
    // A competitor can be the subject of sale and visit verbs, and praise often names a sale: the
    // verb alone must not decide the intent.

    static {
        X.put("achvb", new String[] {
            "closed [two|three|four] deals this week", "signed {rawcust}", "won the {rawcust} renewal",
            "brought in {rawcust}", "booked the biggest order of the month", "got {rawcust} to renew",
            "closed the {rawcust} deal in record time", "landed her first deal", "landed his first deal",
        });
        more("log_competitor",
            "{comp} closed {cust}[, we lost it|]",
            "{comp} got the {cust} deal",
            "{comp} beat us to {cust}",
            "{comp} is demoing to {cust} [next week|on Friday|tomorrow]",
            "{comp} visited {cust} [last week|yesterday|this week]",
            "{comp} signed a [two|three]-year deal with {cust}",
            "{comp} won {cust} on price",
            "{cust} renewed their {comp} contract",
            "{cust} bought {comp}'s [platform|system|product] instead",
            "{comp} sales reps met {cust} [yesterday|this week]",
            "{comp} took {cust} out to dinner"
        );
        more("give_kudos",
            "{person} {x:achvb}[! 🎉|, kudos|, legend|!]",
            "kudos to {person}, {x:achvb}",
            "huge congrats {person} - {x:achvb}",
            "shoutout to {person} who {x:achvb}",
            "{person} {x:achvb}, well done",
            "props to {person} for {x:reason}, {x:achvb}"
        );
    }

    // ------------------------------------------------------------------ context

    static final class Redraw extends RuntimeException {
        Redraw() {
            super(null, null, false, false);
        }
    }

    static final class Ctx {
        final Random r;
        final LocalDateTime now;
        final boolean lower;
        final Map<String, Object> ents = new LinkedHashMap<>();

        Ctx(Random r, LocalDateTime now, boolean lower) {
            this.r = r;
            this.now = now;
            this.lower = lower;
        }

        LocalDate today() {
            return now.toLocalDate();
        }

        String pick(String... a) {
            return a[r.nextInt(a.length)];
        }

        <E> E pickOf(List<E> a) {
            return a.get(r.nextInt(a.size()));
        }

        boolean chance(double p) {
            return r.nextDouble() < p;
        }

        String cased(String s) {
            return lower ? s.toLowerCase(Locale.ROOT) : s;
        }

        void put(String key, Object value) {
            if (ents.containsKey(key)) throw new IllegalStateException("entity set twice: " + key);
            ents.put(key, value);
        }

        @SuppressWarnings("unchecked")
        void addPerson(String v) {
            List<String> l = (List<String>) ents.computeIfAbsent("persons", k -> new ArrayList<String>());
            if (l.contains(v)) throw new Redraw();
            l.add(v);
        }
    }

    // ------------------------------------------------------------------ rendering

    static final Pattern X_SLOT = Pattern.compile("\\{x:([a-z_]+)\\}");
    static final Pattern ALT = Pattern.compile("\\[([^\\[\\]]*)\\]");
    static final Pattern SLOT = Pattern.compile("\\{(=?[a-z_]+)(?::([^{}]*))?\\}");
    static final Pattern WORD = Pattern.compile("[A-Za-z]{4,}");

    static String render(String template, Ctx c) {
        String t = template;
        for (int guard = 0; guard < 20; guard++) {
            Matcher m = X_SLOT.matcher(t);
            if (!m.find()) break;
            String[] opts = X.get(m.group(1));
            if (opts == null) throw new IllegalStateException("no filler " + m.group(1));
            t = t.substring(0, m.start()) + c.pick(opts) + t.substring(m.end());
        }
        for (int guard = 0; guard < 100; guard++) {
            Matcher m = ALT.matcher(t);
            if (!m.find()) break;
            String[] opts = m.group(1).split("\\|", -1);
            t = t.substring(0, m.start()) + c.pick(opts) + t.substring(m.end());
        }
        List<String> parts = new ArrayList<>();
        List<Boolean> literal = new ArrayList<>();
        Matcher m = SLOT.matcher(t);
        int last = 0;
        while (m.find()) {
            parts.add(c.cased(t.substring(last, m.start())));
            literal.add(true);
            String name = m.group(1);
            String arg = m.group(2);
            if (name.startsWith("=")) {
                c.put(name.substring(1), arg);
                parts.add("");
            } else {
                parts.add(slot(c, name, arg == null ? "" : arg));
            }
            literal.add(false);
            last = m.end();
        }
        parts.add(c.cased(t.substring(last)));
        literal.add(true);

        int literalWords = 0;
        for (int i = 0; i < parts.size(); i++) if (literal.get(i)) literalWords += parts.get(i).trim().isEmpty() ? 0 : parts.get(i).trim().split("\\s+").length;
        if (c.chance(literalWords >= 3 ? 0.12 : 0.04)) typo(c, parts, literal);

        String s = String.join("", parts);
        s = s.replaceAll(" {2,}", " ").replaceAll(" ([,.;:!?])", "$1").trim();
        return s;
    }

    static void typo(Ctx c, List<String> parts, List<Boolean> literal) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) if (literal.get(i) && !parts.get(i).isBlank()) idx.add(i);
        if (idx.isEmpty()) return;
        int i = c.pickOf(idx);
        String seg = parts.get(i);
        // known misspelling first
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(TYPOS).entrySet()) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(e.getKey()) + "\\b", Pattern.CASE_INSENSITIVE).matcher(seg);
            if (m.find() && c.chance(0.5)) {
                parts.set(i, seg.substring(0, m.start()) + e.getValue() + seg.substring(m.end()));
                return;
            }
        }
        // else swap two adjacent letters inside a longer word
        Matcher w = WORD.matcher(seg);
        List<int[]> words = new ArrayList<>();
        while (w.find()) words.add(new int[] {w.start(), w.end()});
        if (words.isEmpty()) return;
        int[] wd = c.pickOf(words);
        int p = wd[0] + 1 + c.r.nextInt(wd[1] - wd[0] - 2);
        char[] ch = seg.toCharArray();
        char tmp = ch[p];
        ch[p] = ch[p + 1];
        ch[p + 1] = tmp;
        parts.set(i, new String(ch));
    }

    static String slot(Ctx c, String name, String arg) {
        switch (name) {
            case "cust": {
                String s = c.cased(customerName(c));
                c.put("customer", s);
                return s;
            }
            case "rawcust":
                return c.cased(customerName(c));
            case "contact": {
                String[] p = CONTACTS[c.r.nextInt(CONTACTS.length)];
                c.put("contact", c.cased(p[1]));
                return c.cased(p[0]);
            }
            case "comp": {
                String s = c.cased(c.pick(COMPETITORS));
                c.put("competitor", s);
                return s;
            }
            case "money":
                return money(c, arg);
            case "n":
                return count(c);
            case "m":
                return metric(c, arg);
            case "vwhen":
                return recordWhen(c, arg);
            case "fu":
                return followUp(c);
            case "swhen":
                return scheduleWhen(c);
            case "rec":
                return recurrence(c);
            case "period":
                return period(c, arg);
            case "person":
                return person(c);
            case "persons":
                return persons(c);
            case "stage":
                return stage(c, arg);
            default:
                throw new IllegalStateException("unknown slot " + name);
        }
    }

    static String customerName(Ctx c) {
        if (c.chance(0.12)) return c.pick(CUSTOMERS_CJK);
        return c.chance(0.45) ? composedCustomer(c) : c.pick(CUSTOMERS);
    }

    /** Customer names built from parts, so no single name is frequent enough to be learnt as a cue. */
    static final String[] NAME_HEAD = {
        "Bright", "Harbor", "Lucky", "Golden", "Happy", "Blue", "Silver", "Summit", "Pioneer", "Maple", "Cedar",
        "Northstar", "Riverbend", "Ironwood", "Sunny", "Crystal", "Eagle", "Falcon", "Granite", "Horizon", "Liberty",
        "Meridian", "Oakridge", "Pacific", "Prairie", "Redline", "Sapphire", "Trident", "Union", "Valley", "Willow",
        "Good Morning", "Top Notch", "First Choice", "Best Value", "Fresh Start", "Thank You", "Hello", "Star",
        "Patel", "Nguyen", "O'Connor", "Schmidt", "Garcia", "Kowalski", "Okafor", "Haddad", "Tanaka", "Murphy",
        "Kingsley", "Whitfield", "Hartmann", "Delgado", "Ashworth", "Lindqvist", "Moreau", "Castillo",
    };
    static final String[] NAME_TAIL = {
        "Inc", "LLC", "Group", "Co", "Partners", "Holdings", "Foods", "Logistics", "Dental", "Clinic", "Hardware",
        "Motors", "Bakery", "Brewery", "Labs", "Systems", "Health", "Pharmacy", "Hotel", "Bar & Grill", "Diner",
        "Cafe", "Market", "Supply", "Auto", "Airlines", "Outfitters", "Manufacturing", "& Sons", "Realty",
        "Insurance", "Textiles", "Steel", "Energy", "Electric", "Vet Clinic", "Builders", "Printing", "Media",
        "Software", "Furniture", "Farms", "Academy", "Hospital", "Medical Center", "Engineering", "Trading",
    };

    static String composedCustomer(Ctx c) {
        return c.pick(NAME_HEAD) + " " + c.pick(NAME_TAIL);
    }

    // ------------------------------------------------------------------ money & counts

    static String money(Ctx c, String arg) {
        boolean withCurrency = arg.equals("cur") || (!arg.equals("nocur") && c.chance(0.6));
        long value;
        String num;
        int form = c.r.nextInt(10);
        if (form <= 2) { // 12k, 12.5k
            int base = 1 + c.r.nextInt(c.chance(0.7) ? 99 : 800);
            boolean half = base < 100 && c.chance(0.3);
            value = base * 1000L + (half ? 500 : 0);
            num = base + (half ? ".5" : "") + (c.chance(0.8) ? "k" : "K");
        } else if (form == 3) { // 1.5M, 2 million
            int tenths = 10 + c.r.nextInt(41);
            value = tenths * 100_000L;
            String n = tenths % 10 == 0 ? String.valueOf(tenths / 10) : (tenths / 10) + "." + (tenths % 10);
            num = n + c.pick("M", "m", " million", "M");
        } else if (form <= 6) { // plain or with separators
            int step = c.pick("50", "100", "500").equals("50") ? 50 : 100;
            value = (200 + c.r.nextInt(99_000)) / step * step;
            if (value < 200) value = 200;
            num = value >= 1000 && c.chance(0.5) ? String.format(Locale.ROOT, "%,d", value) : String.valueOf(value);
        } else if (form == 7) { // 250,000
            value = (100 + c.r.nextInt(850)) * 1000L;
            num = c.chance(0.6) ? String.format(Locale.ROOT, "%,d", value) : String.valueOf(value);
        } else if (form == 8) { // 30 thousand
            int base = 2 + c.r.nextInt(300);
            value = base * 1000L;
            num = base + " thousand";
        } else { // 12,500 / 3000 small
            value = (5 + c.r.nextInt(195)) * 100L;
            num = value >= 1000 && c.chance(0.6) ? String.format(Locale.ROOT, "%,d", value) : String.valueOf(value);
        }
        String surface = num;
        String cur = null;
        if (withCurrency) {
            double p = c.r.nextDouble();
            if (p < 0.40) {
                cur = "USD";
                if (value <= 5000 && c.chance(0.3)) surface = num + " bucks";
                else surface = c.pick("$" + num, "$" + num, num + " dollars", num + " USD", "USD " + num, "US$" + num);
            } else if (p < 0.60) {
                cur = "CNY";
                surface = c.pick("¥" + num, "RMB " + num, num + " RMB", num + " yuan", num + " CNY", "CNY " + num, "RMB" + num);
            } else if (p < 0.72) {
                cur = "EUR";
                surface = c.pick("€" + num, "€" + num, num + " euros", num + " EUR", "EUR " + num);
            } else if (p < 0.82) {
                cur = "GBP";
                surface = c.pick("£" + num, "£" + num, num + " GBP", "GBP " + num);
            } else if (p < 0.91) {
                cur = "HKD";
                surface = c.pick("HK$" + num, "HK$" + num, num + " HKD", "HKD " + num);
            } else {
                cur = "SGD";
                surface = c.pick("S$" + num, "S$" + num, num + " SGD", "SGD " + num);
            }
        }
        c.put("amount", value);
        if (cur != null) c.put("currency", cur);
        return c.cased(surface);
    }

    static final String[] NUMBER_WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen", "twenty"};

    static String count(Ctx c) {
        int v = c.chance(0.6) ? 2 + c.r.nextInt(39) : 5 * (1 + c.r.nextInt(20));
        c.put("amount", (long) v);
        if (v <= 20 && c.chance(0.3)) return NUMBER_WORDS[v];
        return String.valueOf(v);
    }

    static final Map<String, String[]> METRIC_WORDS = Map.of(
            "sales", new String[] {"revenue", "sales", "sales revenue", "revenue", "sales", "turnover"},
            "visits", new String[] {"visits", "customer visits", "client visits", "site visits", "visits"},
            "deals", new String[] {"deals", "closed deals", "deals won", "won deals", "deals"},
            "kudos", new String[] {"kudos", "kudos", "shoutouts"});

    static String metric(Ctx c, String arg) {
        String m = arg;
        if (m.isEmpty()) {
            double p = c.r.nextDouble();
            m = p < 0.38 ? "sales" : p < 0.68 ? "visits" : p < 0.93 ? "deals" : "kudos";
        }
        c.put("metric", m);
        return c.cased(c.pick(METRIC_WORDS.get(m)));
    }

    // ------------------------------------------------------------------ dates

    static final DayOfWeek[] WEEKDAYS = {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY};

    static String d(LocalDate x) {
        return x.toString();
    }

    static String dt(LocalDate x, LocalTime t) {
        return x + "T" + String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
    }

    static String dt(LocalDateTime x) {
        return dt(x.toLocalDate(), x.toLocalTime());
    }

    static String dayName(Ctx c, DayOfWeek w, boolean allowAbbrev) {
        String full = w.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (!allowAbbrev || c.chance(0.65)) return c.chance(0.2) ? full.toLowerCase(Locale.ROOT) : full;
        String[] ab;
        switch (w) {
            case TUESDAY: ab = new String[] {"Tue", "tue", "Tues", "tues"}; break;
            case THURSDAY: ab = new String[] {"Thu", "thu", "Thurs", "thurs"}; break;
            default: {
                String a = full.substring(0, 3);
                ab = new String[] {a, a.toLowerCase(Locale.ROOT)};
            }
        }
        return c.pick(ab);
    }

    static String monthDay(Ctx c, LocalDate x) {
        String full = x.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String ab = x.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        int day = x.getDayOfMonth();
        String ord = day + ordinal(day);
        switch (c.r.nextInt(6)) {
            case 0: return ab + " " + day;
            case 1: return full + " " + day;
            case 2: return ab + " " + ord;
            case 3: return day + " " + ab;
            case 4: return full + " " + ord;
            default: return ab.toLowerCase(Locale.ROOT) + " " + day;
        }
    }

    static String ordinal(int n) {
        if (n % 100 >= 11 && n % 100 <= 13) return "th";
        switch (n % 10) {
            case 1: return "st";
            case 2: return "nd";
            case 3: return "rd";
            default: return "th";
        }
    }

    /** A time of day between lo and hi hours (inclusive), with its surface. */
    static Object[] time(Ctx c, int lo, int hi) {
        int h = lo + c.r.nextInt(hi - lo + 1);
        int min = c.chance(0.7) ? 0 : c.pick("15", "30", "30", "45").equals("15") ? 15 : c.chance(0.5) ? 30 : 45;
        if (h == hi && min > 0) min = 0;
        LocalTime t = LocalTime.of(h, min);
        String s;
        if (h == 12 && min == 0 && c.chance(0.5)) s = "noon";
        else if (h >= 13 && c.chance(0.2)) s = String.format(Locale.ROOT, "%d:%02d", h, min);
        else if (h < 10 && c.chance(0.1)) s = String.format(Locale.ROOT, "%02d:%02d", h, min);
        else {
            int h12 = h % 12 == 0 ? 12 : h % 12;
            String ap = h < 12 ? "am" : "pm";
            if (c.chance(0.15)) ap = ap.toUpperCase(Locale.ROOT);
            String sp = c.chance(0.2) ? " " : "";
            s = (min == 0 && c.chance(0.85) ? String.valueOf(h12) : h12 + String.format(Locale.ROOT, ":%02d", min)) + sp + ap;
        }
        return new Object[] {s, t};
    }

    static DayOfWeek otherWeekday(Ctx c, boolean allowWeekend) {
        for (int i = 0; i < 50; i++) {
            DayOfWeek w = allowWeekend && c.chance(0.08) ? (c.chance(0.5) ? DayOfWeek.SATURDAY : DayOfWeek.SUNDAY)
                    : WEEKDAYS[c.r.nextInt(5)];
            if (w != c.today().getDayOfWeek()) return w;
        }
        throw new Redraw();
    }

    static LocalDate recentBefore(LocalDate today, DayOfWeek w) {
        return today.with(TemporalAdjusters.previousOrSame(w));
    }

    static LocalDate nextAfter(LocalDate today, DayOfWeek w) {
        return today.with(TemporalAdjusters.next(w));
    }

    static LocalDate inNextWeek(LocalDate today, DayOfWeek w) {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(1)
                .with(TemporalAdjusters.nextOrSame(w));
    }

    /** Time without date: today if still ahead, else tomorrow. */
    static LocalDate dateForBareTime(Ctx c, LocalTime t) {
        return t.isAfter(c.now.toLocalTime()) ? c.today() : c.today().plusDays(1);
    }

    /** The date (or date-time) of something recorded: never in the future. */
    static String recordWhen(Ctx c, String arg) {
        LocalDate today = c.today();
        boolean dateOnly = arg.equals("date") || arg.equals("md");
        int k = arg.equals("md") ? 8 : c.r.nextInt(dateOnly ? 8 : 12);
        String s;
        Object v;
        switch (k) {
            case 0: s = c.pick("today", "today", "earlier today"); v = d(today); break;
            case 1:
                if (c.now.getHour() < 10) throw new Redraw();
                s = "this morning"; v = d(today); break;
            case 2: s = c.pick("yesterday", "yesterday", "yday", "last night", "yesterday afternoon"); v = d(today.minusDays(1)); break;
            case 3: case 4: {
                DayOfWeek w = otherWeekday(c, true);
                String dn = dayName(c, w, true);
                s = c.pick("on " + dn, dn, "on " + dn, "last " + dn);
                v = d(recentBefore(today, w));
                break;
            }
            case 5: {
                int n = 2 + c.r.nextInt(4);
                s = c.pick(n + " days ago", (n <= 20 ? NUMBER_WORDS[n] : String.valueOf(n)) + " days ago");
                v = d(today.minusDays(n));
                break;
            }
            case 6: case 7: case 8: {
                LocalDate x = today.minusDays(1 + c.r.nextInt(40));
                s = (!arg.equals("md") && c.chance(0.5) ? "on " : "") + monthDay(c, x);
                v = d(x);
                break;
            }
            case 9: {
                Object[] t = time(c, 8, 19);
                s = c.pick("yesterday at ", "yesterday ") + t[0];
                v = dt(today.minusDays(1), (LocalTime) t[1]);
                break;
            }
            case 10: {
                DayOfWeek w = otherWeekday(c, false);
                Object[] t = time(c, 8, 18);
                s = dayName(c, w, true) + c.pick(" at ", " ") + t[0];
                v = dt(recentBefore(today, w), (LocalTime) t[1]);
                break;
            }
            default: {
                Object[] t = time(c, 8, 20);
                LocalTime lt = (LocalTime) t[1];
                if (!lt.isBefore(c.now.toLocalTime())) throw new Redraw();
                s = c.pick("today at ", "at ") + t[0] + (lt.getHour() < 12 && c.chance(0.3) ? " this morning" : "");
                if (s.startsWith("at ") && !s.endsWith("morning")) s = s + " today";
                v = dt(today, lt);
            }
        }
        c.put("when", v);
        return c.cased(s);
    }

    /** The date of a promised next step (scheduling direction). */
    static String followUp(Ctx c) {
        LocalDate today = c.today();
        String s;
        Object v;
        switch (c.r.nextInt(12)) {
            case 0: case 1: {
                DayOfWeek w = WEEKDAYS[c.r.nextInt(5)];
                s = "next " + dayName(c, w, true);
                v = d(inNextWeek(today, w));
                break;
            }
            case 2: case 3: {
                DayOfWeek w = WEEKDAYS[c.r.nextInt(5)];
                s = c.pick("", "on ") + dayName(c, w, true);
                v = d(nextAfter(today, w));
                break;
            }
            case 4: s = c.pick("tomorrow", "tmrw", "tmr", "tomorrow"); v = d(today.plusDays(1)); break;
            case 5: {
                int n = 2 + c.r.nextInt(9);
                s = "in " + (n <= 20 && c.chance(0.3) ? NUMBER_WORDS[n] : String.valueOf(n)) + " days";
                v = d(today.plusDays(n));
                break;
            }
            case 6: {
                int n = 1 + c.r.nextInt(4);
                s = n == 1 ? c.pick("in a week", "in one week") : "in " + (c.chance(0.5) ? NUMBER_WORDS[n] : String.valueOf(n)) + " weeks";
                v = d(today.plusDays(7L * n));
                break;
            }
            case 7: {
                LocalDate x = today.plusDays(2 + c.r.nextInt(50));
                s = c.pick("", "on ") + monthDay(c, x);
                v = d(x);
                break;
            }
            case 8: {
                DayOfWeek w = WEEKDAYS[c.r.nextInt(5)];
                Object[] t = time(c, 8, 17);
                s = dayName(c, w, true) + c.pick(" at ", " ") + t[0];
                v = dt(nextAfter(today, w), (LocalTime) t[1]);
                break;
            }
            case 9: {
                DayOfWeek w = WEEKDAYS[c.r.nextInt(5)];
                Object[] t = time(c, 8, 17);
                s = "next " + dayName(c, w, false) + " at " + t[0];
                v = dt(inNextWeek(today, w), (LocalTime) t[1]);
                break;
            }
            case 10: {
                Object[] t = time(c, 8, 18);
                s = c.pick("tomorrow at ", "tomorrow ", "tmrw ") + t[0];
                v = dt(today.plusDays(1), (LocalTime) t[1]);
                break;
            }
            default: {
                DayOfWeek w = WEEKDAYS[c.r.nextInt(5)];
                s = dayName(c, w, false) + c.pick(" morning", " afternoon");
                v = d(nextAfter(today, w));
            }
        }
        c.put("follow_up", v);
        return c.cased(s);
    }

    /** The when of a one-off reminder. */
    static String scheduleWhen(Ctx c) {
        LocalDate today = c.today();
        String s;
        Object v;
        switch (c.r.nextInt(16)) {
            case 0: case 1: {
                Object[] t = time(c, 7, 19);
                s = c.pick("tomorrow at ", "tomorrow ", "tmrw at ", "tomorrow at ") + t[0];
                v = dt(today.plusDays(1), (LocalTime) t[1]);
                break;
            }
            case 2: s = c.pick("tomorrow", "tmrw", "tomorrow"); v = d(today.plusDays(1)); break;
            case 3: case 4: {
                Object[] t = time(c, 7, 20);
                LocalTime lt = (LocalTime) t[1];
                s = "at " + t[0];
                v = dt(dateForBareTime(c, lt), lt);
                break;
            }
            case 5: {
                int n = 1 + c.r.nextInt(5);
                s = n == 1 ? c.pick("in an hour", "in 1 hour") : "in " + n + c.pick(" hours", " hrs", " hours");
                v = dt(c.now.plusHours(n));
                break;
            }
            case 6: {
                int n = c.pick("10", "15", "20", "30", "45", "90").equals("10") ? 10 : 5 * (2 + c.r.nextInt(17));
                s = "in " + n + c.pick(" minutes", " mins", " min", " minutes");
                v = dt(c.now.plusMinutes(n));
                break;
            }
            case 7: case 8: {
                DayOfWeek w = WEEKDAYS[c.r.nextInt(5)];
                Object[] t = time(c, 8, 18);
                s = c.pick("", "on ") + dayName(c, w, true) + c.pick(" at ", " ") + t[0];
                v = dt(nextAfter(today, w), (LocalTime) t[1]);
                break;
            }
            case 9: {
                DayOfWeek w = WEEKDAYS[c.r.nextInt(5)];
                s = "next " + dayName(c, w, true);
                v = d(inNextWeek(today, w));
                break;
            }
            case 10: {
                DayOfWeek w = WEEKDAYS[c.r.nextInt(5)];
                Object[] t = time(c, 8, 18);
                s = "next " + dayName(c, w, false) + " at " + t[0];
                v = dt(inNextWeek(today, w), (LocalTime) t[1]);
                break;
            }
            case 11: {
                LocalDate x = today.plusDays(1 + c.r.nextInt(60));
                s = c.pick("on ", "") + monthDay(c, x);
                v = d(x);
                break;
            }
            case 12: {
                LocalDate x = today.plusDays(1 + c.r.nextInt(60));
                Object[] t = time(c, 8, 18);
                s = c.pick("on ", "") + monthDay(c, x) + " at " + t[0];
                v = dt(x, (LocalTime) t[1]);
                break;
            }
            case 13: {
                if (c.chance(0.5)) {
                    int n = 2 + c.r.nextInt(9);
                    s = "in " + n + " days";
                    v = d(today.plusDays(n));
                } else {
                    int n = 1 + c.r.nextInt(3);
                    s = n == 1 ? "in a week" : "in " + n + " weeks";
                    v = d(today.plusDays(7L * n));
                }
                break;
            }
            case 14: {
                Object[] t = time(c, 19, 22);
                LocalTime lt = (LocalTime) t[1];
                if (!lt.isAfter(c.now.toLocalTime())) throw new Redraw();
                s = "tonight at " + t[0];
                v = dt(today, lt);
                break;
            }
            default: {
                DayOfWeek w = WEEKDAYS[c.r.nextInt(5)];
                s = c.pick("on ", "") + dayName(c, w, false);
                v = d(nextAfter(today, w));
            }
        }
        c.put("when", v);
        return c.cased(s);
    }

    static final String[] BYDAY = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

    /** A recurrence phrase; sets recurrence and the first occurrence as when. */
    static String recurrence(Ctx c) {
        LocalDate today = c.today();
        LocalTime nowT = c.now.toLocalTime();
        String s;
        String rule;
        LocalDate first;
        Object[] t = time(c, 7, 18);
        LocalTime lt = (LocalTime) t[1];
        boolean withTime = true;
        switch (c.r.nextInt(9)) {
            case 0: case 1: { // weekly on one day
                DayOfWeek w = WEEKDAYS[c.r.nextInt(5)];
                if (w == today.getDayOfWeek()) throw new Redraw();
                String dn = dayName(c, w, false);
                withTime = c.chance(0.7);
                s = c.pick("every " + dn, "every " + dn, "on " + dn + "s", "each " + dn, "weekly on " + dn + "s");
                rule = "FREQ=WEEKLY;BYDAY=" + BYDAY[w.getValue() - 1];
                first = nextAfter(today, w);
                break;
            }
            case 2: { // daily
                s = c.pick("every day", "daily", "each day", "every morning", "every day");
                if (s.equals("every morning") && lt.getHour() >= 12) throw new Redraw();
                rule = "FREQ=DAILY";
                first = dateForBareTime(c, lt);
                break;
            }
            case 3: { // weekdays
                s = c.pick("every weekday", "on weekdays", "every workday", "mon-fri", "every working day");
                rule = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR";
                LocalDate x = today;
                boolean todayOk = today.getDayOfWeek().getValue() <= 5 && lt.isAfter(nowT);
                if (todayOk) throw new Redraw(); // first occurrence would be today: keep the corpus unambiguous
                x = today.plusDays(1);
                while (x.getDayOfWeek().getValue() > 5) x = x.plusDays(1);
                first = x;
                break;
            }
            case 4: { // two days
                DayOfWeek a = WEEKDAYS[c.r.nextInt(5)];
                DayOfWeek b = WEEKDAYS[c.r.nextInt(5)];
                if (a == b || a == today.getDayOfWeek() || b == today.getDayOfWeek()) throw new Redraw();
                if (a.compareTo(b) > 0) { DayOfWeek tmp = a; a = b; b = tmp; }
                boolean swap = c.chance(0.3);
                String da = dayName(c, swap ? b : a, false);
                String db = dayName(c, swap ? a : b, false);
                s = c.pick("every " + da + " and " + db, "on " + da + "s and " + db + "s", "every " + da + " & " + db);
                rule = "FREQ=WEEKLY;BYDAY=" + BYDAY[a.getValue() - 1] + "," + BYDAY[b.getValue() - 1];
                LocalDate fa = nextAfter(today, a);
                LocalDate fb = nextAfter(today, b);
                first = fa.isBefore(fb) ? fa : fb;
                break;
            }
            case 5: case 6: { // interval
                DayOfWeek w = WEEKDAYS[c.r.nextInt(5)];
                if (w == today.getDayOfWeek()) throw new Redraw();
                String dn = dayName(c, w, false);
                int n = c.chance(0.75) ? 2 : 3;
                withTime = c.chance(0.7);
                s = n == 2 ? c.pick("every other " + dn, "every 2 weeks on " + dn, "every two weeks on " + dn, "biweekly on " + dn + "s")
                        : c.pick("every 3 weeks on " + dn, "every three weeks on " + dn);
                rule = "FREQ=WEEKLY;BYDAY=" + BYDAY[w.getValue() - 1] + ";INTERVAL=" + n;
                first = nextAfter(today, w);
                break;
            }
            default: { // monthly by day
                int md = 1 + c.r.nextInt(28);
                if (md == today.getDayOfMonth()) throw new Redraw();
                withTime = c.chance(0.6);
                String o = md + ordinal(md);
                s = c.pick("on the " + o + " of every month", "monthly on the " + o, "every month on the " + o, "on the " + o + " of each month");
                rule = "FREQ=MONTHLY;BYMONTHDAY=" + md;
                LocalDate x = today.plusDays(1);
                while (x.getDayOfMonth() != md) x = x.plusDays(1);
                first = x;
            }
        }
        if (rule.startsWith("FREQ=DAILY") || rule.contains("MO,TU,WE,TH,FR")) withTime = true;
        c.put("recurrence", rule);
        if (withTime) {
            s = s + " at " + t[0];
            c.put("when", dt(first, lt));
        } else {
            c.put("when", d(first));
        }
        return c.cased(s);
    }

    // ------------------------------------------------------------------ periods

    record P(String[] bare, String[] prep, LocalDate start, LocalDate end, boolean prepOnly) {
        P(String[] bare, String[] prep, LocalDate start, LocalDate end) {
            this(bare, prep, start, end, false);
        }
    }

    static String period(Ctx c, String arg) {
        List<String> flags = Arrays.asList(arg.split(","));
        String cat = flags.get(0).isEmpty() ? "past" : flags.get(0);
        boolean bare = flags.contains("bare");
        LocalDate today = c.today();
        int y = today.getYear();
        LocalDate weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate monthStart = today.withDayOfMonth(1);
        int q = (today.getMonthValue() - 1) / 3 + 1;
        LocalDate qStart = LocalDate.of(y, 3 * (q - 1) + 1, 1);

        P today_ = new P(new String[] {"today"}, new String[] {"for today"}, today, today);
        P yesterday = new P(new String[] {"yesterday"}, new String[] {"for yesterday"}, today.minusDays(1), today.minusDays(1));
        P thisWeek = new P(new String[] {"this week", "this wk"}, new String[] {"for this week"}, weekStart, weekStart.plusDays(6));
        P lastWeek = new P(new String[] {"last week", "last wk"}, new String[] {"for last week"}, weekStart.minusDays(7), weekStart.minusDays(1));
        P nextWeek = new P(new String[] {"next week"}, new String[] {"for next week"}, weekStart.plusDays(7), weekStart.plusDays(13));
        P thisMonth = new P(new String[] {"this month"}, new String[] {"for this month"}, monthStart, monthStart.plusMonths(1).minusDays(1));
        P lastMonth = new P(new String[] {"last month"}, new String[] {"for last month"}, monthStart.minusMonths(1), monthStart.minusDays(1));
        P nextMonth = new P(new String[] {"next month"}, new String[] {"for next month"}, monthStart.plusMonths(1), monthStart.plusMonths(2).minusDays(1));
        P thisQ = new P(new String[] {"this quarter", "this qtr"}, new String[] {"for this quarter"}, qStart, qStart.plusMonths(3).minusDays(1));
        P lastQ = new P(new String[] {"last quarter", "last qtr"}, new String[] {"for last quarter"}, qStart.minusMonths(3), qStart.minusDays(1));
        P nextQ = new P(new String[] {"next quarter"}, new String[] {"for next quarter"}, qStart.plusMonths(3), qStart.plusMonths(6).minusDays(1));
        P thisYear = new P(new String[] {"this year"}, new String[] {"for this year", "in " + y, "for " + y}, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        P lastYear = new P(new String[] {"last year"}, new String[] {"in " + (y - 1), "for last year"}, LocalDate.of(y - 1, 1, 1), LocalDate.of(y - 1, 12, 31));
        P nextYear = new P(new String[] {"next year"}, new String[] {"for next year", "for " + (y + 1), "in " + (y + 1)}, LocalDate.of(y + 1, 1, 1), LocalDate.of(y + 1, 12, 31));

        List<P> opts = new ArrayList<>();
        switch (cat) {
            case "past":
                Collections.addAll(opts, today_, yesterday, thisWeek, thisWeek, lastWeek, lastWeek, thisMonth, thisMonth,
                        thisMonth, lastMonth, lastMonth, thisQ, thisQ, lastQ, thisYear, thisYear, lastYear);
                opts.add(quarterP(c, y, 1 + c.r.nextInt(q), false));
                opts.add(monthP(c, y, 1 + c.r.nextInt(today.getMonthValue()), "past"));
                opts.add(monthP(c, y, 1 + c.r.nextInt(today.getMonthValue()), "past"));
                break;
            case "pastonly":
                Collections.addAll(opts, yesterday, lastWeek, lastWeek, lastMonth, lastMonth, lastQ, lastQ, lastYear);
                if (q > 1) opts.add(quarterP(c, y, 1 + c.r.nextInt(q - 1), false));
                if (today.getMonthValue() > 1) opts.add(monthP(c, y, 1 + c.r.nextInt(today.getMonthValue() - 1), "past"));
                break;
            case "fut":
                Collections.addAll(opts, thisWeek, nextWeek, thisMonth, thisMonth, nextMonth, nextMonth, thisQ, nextQ, nextQ,
                        thisYear, nextYear);
                opts.add(quarterP(c, y, q + c.r.nextInt(5 - q), false));
                opts.add(quarterP(c, y + 1, 1 + c.r.nextInt(2), true));
                opts.add(monthP(c, y, today.getMonthValue() + c.r.nextInt(13 - today.getMonthValue()), "fut"));
                opts.add(monthP(c, y, today.getMonthValue() + c.r.nextInt(13 - today.getMonthValue()), "fut"));
                break;
            case "rep": {
                Collections.addAll(opts, today_, today_, yesterday, yesterday, thisWeek, lastWeek, thisMonth);
                DayOfWeek w = otherWeekday(c, false);
                LocalDate x = recentBefore(today, w);
                String dn = dayName(c, w, false);
                opts.add(new P(new String[] {dn}, new String[] {"on " + dn, "for " + dn, "last " + dn, dn}, x, x, true));
                LocalDate md = today.minusDays(2 + c.r.nextInt(20));
                String mds = monthDay(c, md);
                opts.add(new P(new String[] {mds}, new String[] {"on " + mds, "for " + mds}, md, md, true));
                break;
            }
            default:
                throw new IllegalStateException("period category " + cat);
        }
        P p = c.pickOf(opts);
        String s = bare || (!p.prepOnly && c.chance(0.55)) ? c.pick(p.bare) : c.pick(p.prep);
        Map<String, String> v = new LinkedHashMap<>();
        v.put("start", d(p.start));
        v.put("end", d(p.end));
        c.put("period", v);
        return c.cased(s);
    }

    static P quarterP(Ctx c, int y, int q, boolean withYear) {
        String n = "Q" + q;
        LocalDate s = LocalDate.of(y, 3 * (q - 1) + 1, 1);
        String b = withYear ? n + " " + y : n;
        return new P(new String[] {b}, new String[] {"in " + b, "for " + b, "during " + b, b}, s, s.plusMonths(3).minusDays(1), true);
    }

    static P monthP(Ctx c, int y, int m, String cat) {
        Month mo = Month.of(m);
        String full = mo.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String ab = mo.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        LocalDate s = LocalDate.of(y, m, 1);
        String[] prep = cat.equals("fut") ? new String[] {"for " + full, "in " + full, "for " + full}
                : new String[] {"in " + full, "for " + full, "during " + full, "in " + ab};
        return new P(new String[] {full, full, ab}, prep, s, s.plusMonths(1).minusDays(1), true);
    }

    // ------------------------------------------------------------------ persons & stages

    static final String ID_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

    static String person(Ctx c) {
        double p = c.r.nextDouble();
        if (p < 0.35) {
            StringBuilder id = new StringBuilder(c.chance(0.9) ? "U" : "W");
            int len = c.chance(0.6) ? 8 : 10;
            for (int i = 0; i < len; i++) id.append(ID_CHARS.charAt(c.r.nextInt(ID_CHARS.length())));
            c.addPerson(id.toString());
            return c.chance(0.6) ? "<@" + id + ">" : "<@" + id + "|" + c.pick(SLACK_LABELS) + ">";
        } else if (p < 0.6) {
            StringBuilder id = new StringBuilder().append(1 + c.r.nextInt(9));
            int len = 16 + c.r.nextInt(3);
            for (int i = 0; i < len; i++) id.append(c.r.nextInt(10));
            c.addPerson(id.toString());
            return c.chance(0.6) ? "<@" + id + ">" : "<@!" + id + ">";
        } else {
            String n = c.cased(c.pick(NAMES));
            c.addPerson(n);
            return n;
        }
    }

    static String persons(Ctx c) {
        int n = c.chance(0.55) ? 1 : c.chance(0.75) ? 2 : 3;
        List<String> ps = new ArrayList<>();
        for (int i = 0; i < n; i++) ps.add(person(c));
        if (n == 1) return ps.get(0);
        if (n == 2) return ps.get(0) + c.pick(" and ", " & ", " ", ", ") + ps.get(1);
        return ps.get(0) + ", " + ps.get(1) + c.pick(" and ", ", ", " & ") + ps.get(2);
    }

    static final Map<String, String[]> STAGE_TO = Map.of(
            "lead", new String[] {"lead", "the lead stage"},
            "qualified", new String[] {"qualified", "qualification", "the qualified stage"},
            "proposal", new String[] {"proposal", "the proposal stage", "proposal stage"},
            "negotiation", new String[] {"negotiation", "negotiations", "the negotiation stage", "contract negotiation"},
            "won", new String[] {"won", "closed won", "closed-won"},
            "lost", new String[] {"lost", "closed lost", "closed-lost"});
    static final Map<String, String[]> STAGE_AS = Map.of(
            "lead", new String[] {"a lead"},
            "qualified", new String[] {"qualified"},
            "proposal", new String[] {"proposal sent", "in proposal"},
            "negotiation", new String[] {"in negotiation", "negotiating"},
            "won", new String[] {"won", "closed won"},
            "lost", new String[] {"lost", "dead", "closed lost"});
    static final String[] STAGES = {"lead", "qualified", "proposal", "negotiation", "negotiation", "won", "lost", "proposal"};

    static String stage(Ctx c, String arg) {
        String st;
        String[] surf;
        if (arg.equals("late")) {
            st = c.pick("negotiation", "negotiation", "won", "lost");
            surf = STAGE_TO.get(st);
        } else {
            st = c.pick(STAGES);
            surf = (arg.equals("as") ? STAGE_AS : STAGE_TO).get(st);
        }
        c.put("stage", st);
        return c.cased(c.pick(surf));
    }

    // ------------------------------------------------------------------ lang, json, checks

    static final Pattern MENTION = Pattern.compile("<[^>]*>");
    static final Pattern URL = Pattern.compile("https?://\\S+");
    static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]+");

    /** Contract lang rule, with a margin so the labels are not borderline. */
    static boolean clearlyEnglish(String text) {
        String s = URL.matcher(MENTION.matcher(text).replaceAll(" ")).replaceAll(" ");
        long h = s.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
        Matcher m = LATIN_WORD.matcher(s);
        int w = 0;
        while (m.find()) w++;
        if (h == 0) return true;
        return h + 2 <= 2L * w;
    }

    static String json(Object o) {
        if (o == null) return "null";
        if (o instanceof String) return quote((String) o);
        if (o instanceof Number) return o.toString();
        if (o instanceof Map) {
            StringBuilder b = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) o).entrySet()) {
                if (!first) b.append(", ");
                first = false;
                b.append(quote(e.getKey().toString())).append(": ").append(json(e.getValue()));
            }
            return b.append('}').toString();
        }
        if (o instanceof List) {
            StringBuilder b = new StringBuilder("[");
            boolean first = true;
            for (Object x : (List<?>) o) {
                if (!first) b.append(", ");
                first = false;
                b.append(json(x));
            }
            return b.append(']').toString();
        }
        throw new IllegalArgumentException(o.getClass().toString());
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case '\n': b.append("\\n"); break;
                case '\r': b.append("\\r"); break;
                case '\t': b.append("\\t"); break;
                default:
                    if (ch < 0x20) b.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
                    else b.append(ch);
            }
        }
        return b.append('"').toString();
    }

    static String normalise(String s) {
        StringBuilder b = new StringBuilder();
        s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.length() == 0 ? s.strip() : b.toString();
    }

    static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

    static Set<String> tokens(String s) {
        Set<String> out = new TreeSet<>();
        Matcher m = TOKEN.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) out.add(m.group());
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) return 1;
        int inter = 0;
        for (String x : a) if (b.contains(x)) inter++;
        return inter / (double) (a.size() + b.size() - inter);
    }

    static final Pattern TEXT_FIELD = Pattern.compile("^\\{\\s*\"text\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    static String unquote(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch != '\\') { b.append(ch); continue; }
            char n = s.charAt(++i);
            switch (n) {
                case 'n': b.append('\n'); break;
                case 't': b.append('\t'); break;
                case 'r': b.append('\r'); break;
                case 'b': b.append('\b'); break;
                case 'f': b.append('\f'); break;
                case 'u': b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16)); i += 4; break;
                default: b.append(n);
            }
        }
        return b.toString();
    }

    /** Fails (returns false) when a held-out text equals or nearly equals a training text. */
    static boolean checkHeldout(List<String> train) throws IOException {
        if (!Files.exists(HELDOUT)) {
            System.err.println("note: " + HELDOUT + " not found, overlap check skipped");
            return true;
        }
        Map<String, String> trainNorm = new HashMap<>();
        List<Set<String>> trainTok = new ArrayList<>();
        for (String t : train) {
            trainNorm.put(normalise(t), t);
            trainTok.add(tokens(t));
        }
        boolean ok = true;
        int n = 0;
        for (String line : Files.readAllLines(HELDOUT, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            Matcher m = TEXT_FIELD.matcher(line);
            if (!m.find()) {
                System.err.println("held-out line without a leading text field: " + line);
                ok = false;
                continue;
            }
            n++;
            String h = unquote(m.group(1));
            String same = trainNorm.get(normalise(h));
            if (same != null) {
                System.err.println("held-out text duplicates training text: " + h + "  ==  " + same);
                ok = false;
                continue;
            }
            Set<String> ht = tokens(h);
            for (int i = 0; i < train.size(); i++) {
                if (jaccard(ht, trainTok.get(i)) >= NEAR_DUP_JACCARD) {
                    System.err.println("held-out text near-duplicates training text: " + h + "  ~  " + train.get(i));
                    ok = false;
                    break;
                }
            }
        }
        System.err.println("held-out overlap check: " + n + " held-out texts against " + train.size() + " training texts");
        return ok;
    }

    // ------------------------------------------------------------------ main

    record Example(String text, String intent, Map<String, Object> ents, LocalDateTime now) {}

    public static void main(String[] args) throws IOException {
        Random r = new Random(SEED);
        List<Example> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, String> seenNorm = new HashMap<>();
        for (Map.Entry<String, String[]> e : T.entrySet()) {
            String intent = e.getKey();
            String[] templates = e.getValue();
            int made = 0;
            int[] used = new int[templates.length];
            for (int attempt = 0; made < PER_INTENT && attempt < PER_INTENT * 200; attempt++) {
                // cycle templates so each is used, then fill remaining quota at random
                int ti = attempt < templates.length * 4 ? attempt % templates.length : r.nextInt(templates.length);
                LocalDateTime now = r.nextDouble() < ALT_NOW_SHARE ? ALT_NOWS[r.nextInt(ALT_NOWS.length)] : REF_NOW;
                Ctx c = new Ctx(r, now, r.nextDouble() < 0.18);
                String text;
                try {
                    text = render(templates[ti], c);
                } catch (Redraw redraw) {
                    continue;
                }
                text = decorate(c, intent, text);
                if (text.isEmpty() || !clearlyEnglish(text)) continue;
                if (!seen.add(text)) continue;
                String other = seenNorm.putIfAbsent(normalise(text), intent);
                if (other != null && !other.equals(intent)) {
                    System.err.println("same normalised text under two intents: " + text);
                    System.exit(1);
                }
                out.add(new Example(text, intent, order(c.ents), now));
                used[ti]++;
                made++;
            }
            if (made < PER_INTENT) {
                System.err.println("only " + made + " distinct examples for " + intent);
                System.exit(1);
            }
            System.err.printf(Locale.ROOT, "%-16s templates=%2d examples=%d%n", intent, templates.length, made);
        }
        if (!checkHeldout(out.stream().map(Example::text).toList())) {
            System.err.println("FAILED: held-out set overlaps the training output; nothing written");
            System.exit(1);
        }
        Collections.shuffle(out, new Random(SEED + 1));
        StringBuilder b = new StringBuilder();
        for (Example x : out) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("text", x.text());
            line.put("intent", x.intent());
            line.put("lang", "en");
            line.put("entities", x.ents());
            line.put("now", dt(x.now()));
            line.put("zone", ZONE);
            b.append(json(line)).append('\n');
        }
        Files.createDirectories(OUT.getParent());
        Files.writeString(OUT, b.toString(), StandardCharsets.UTF_8);
        System.err.println("wrote " + out.size() + " examples to " + OUT);
    }

    static Map<String, Object> order(Map<String, Object> ents) {
        Map<String, Object> o = new LinkedHashMap<>();
        for (String k : KEY_ORDER) if (ents.containsKey(k)) o.put(k, ents.get(k));
        for (String k : ents.keySet()) if (!o.containsKey(k)) throw new IllegalStateException("non-contract key " + k);
        return o;
    }

    /** Chat openers and closers that say nothing about the intent, so they don't become cues. */
    static final String[] OPENERS = {"hey, ", "hi, ", "ok ", "so ", "btw ", "@salesbot ", "um, ", "quick one: ",
        "yo ", "hey bot, ", "morning! ", "right, ", "alright, "};
    static final String[] TAILS_RECORD = {", fyi", " - more details later", ", pls log it", " (finally!)",
        ", more soon", " fyi", ". that's all", " 🙂"};
    static final String[] TAILS_ASK = {" please", " pls", " when you get a sec", " thanks", " thx", " asap",
        " for my 1:1", " 🙏"};
    static final Set<String> RECORDING = Set.of("log_visit", "log_sale", "update_deal", "log_competitor", "daily_report");

    static String decorate(Ctx c, String intent, String text) {
        String s = text;
        if (!intent.equals("smalltalk") && s.split(" ").length >= 2 && c.chance(0.10)) {
            String o = c.pick(OPENERS);
            s = c.cased(o) + s;
        }
        if (!intent.equals("smalltalk") && !intent.equals("give_kudos") && s.split(" ").length >= 3 && c.chance(0.08)) {
            s = s.replaceAll("[.!?]+$", "") + c.pick(RECORDING.contains(intent) ? TAILS_RECORD : TAILS_ASK);
        }
        if (s.length() > 1 && s.matches(".*[^.?!][.!?]$") && c.chance(0.3)) s = s.substring(0, s.length() - 1);
        double emojiP = intent.equals("give_kudos") ? 0.25 : intent.equals("log_sale") ? 0.15
                : intent.equals("unknown") || intent.equals("help") ? 0.03 : 0.07;
        if (c.chance(emojiP)) {
            String[] pool = intent.equals("give_kudos") ? EMOJI_KUDOS : intent.equals("log_sale") ? EMOJI_WIN : EMOJI_GENERIC;
            s = s + " " + c.pick(pool);
        }
        return s;
    }
}
