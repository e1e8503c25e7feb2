package com.salesbot.adapter.discord;

import com.salesbot.core.kernel.Lang;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * The bot's slash commands: their typed options, and the sentence each filled-in command stands for.
 *
 * <p>The core understands sentences, so a command becomes the sentence a user would have typed, in the
 * language of their Discord client ("visited Acme Corp today" or "今天拜访了Acme Corp"); the reply then
 * comes in that language and every rule stays in the core.
 */
final class SlashCommands {
    static final String VISIT = "visit";
    static final String SALE = "sale";
    static final String TARGET = "target";
    static final String RANKING = "ranking";
    static final String KUDOS = "kudos";
    static final String REMIND = "remind";
    static final String SALESBOT = "salesbot";

    static final String CUSTOMER = "customer";
    static final String CONTACT = "contact";
    static final String FOLLOW_UP = "follow_up";
    static final String NOTES = "notes";
    static final String AMOUNT = "amount";
    static final String CURRENCY = "currency";
    static final String METRIC = "metric";
    static final String PERIOD = "period";
    static final String USER = "user";
    static final String REASON = "reason";
    static final String WHAT = "what";
    static final String WHEN = "when";
    static final String MESSAGE = "message";

    static final List<String> METRICS = List.of("sales", "visits", "deals");
    static final List<String> PERIODS =
            List.of("this_week", "this_month", "this_quarter", "this_year", "last_week", "last_month");
    static final List<String> CURRENCIES = List.of("USD", "CNY", "EUR", "GBP", "HKD", "SGD");

    private final Texts texts;

    SlashCommands(Texts texts) {
        this.texts = texts;
    }

    /** Every command, usable in servers and in direct messages with the bot. */
    List<SlashCommandData> definitions() {
        return List.of(
                command(VISIT, "Log a customer visit (no options: open a form)", "记录客户拜访（不填选项则打开表单）")
                        .addOptions(
                                customer(false),
                                text(CONTACT, "Who you met", "见了谁", false),
                                text(FOLLOW_UP, "When to follow up, e.g. next Tuesday", "何时跟进，例如下周二", false),
                                text(NOTES, "Notes", "备注", false)),
                command(SALE, "Log a closed sale", "记录成交")
                        .addOptions(
                                customer(true),
                                new OptionData(OptionType.NUMBER, AMOUNT, "Amount", true)
                                        .setDescriptionLocalization(DiscordLocale.CHINESE_CHINA, "金额")
                                        .setMinValue(0.01),
                                choices(CURRENCY, "Currency (default: your team's)", "币种（默认团队币种）", CURRENCIES)),
                command(TARGET, "Your target and progress", "我的目标和进度").addOptions(metric(), period()),
                command(RANKING, "The team leaderboard", "团队排行榜").addOptions(metric(), period()),
                command(KUDOS, "Thank a teammate", "给队友点赞")
                        .addOptions(
                                new OptionData(OptionType.USER, USER, "Who to thank", true)
                                        .setDescriptionLocalization(DiscordLocale.CHINESE_CHINA, "感谢谁"),
                                text(REASON, "What for", "为什么", false)),
                command(REMIND, "Set a reminder", "设置提醒")
                        .addOptions(
                                text(WHAT, "What to remind of, e.g. call Initech", "提醒什么，例如给华为打电话", true),
                                text(WHEN, "When, e.g. tomorrow 9am", "什么时候，例如明天上午9点", true),
                                new OptionData(OptionType.USER, USER, "Someone else to remind", false)
                                        .setDescriptionLocalization(DiscordLocale.CHINESE_CHINA, "提醒别人")),
                command(SALESBOT, "Say anything to Salesbot (empty: help)", "对 Salesbot 说任何话（留空：帮助）")
                        .addOptions(text(MESSAGE, "What you would type in a message", "你想说的话", false)));
    }

    /** How one command's options become its sentence; empty when the options do not make one. */
    @FunctionalInterface
    private interface Sentence {
        Optional<String> of(Function<String, OptionMapping> options, Lang lang);
    }

    /** One entry per command, looked up by name. */
    private final Map<String, Sentence> sentences = Map.of(
            VISIT, this::visit,
            SALE, this::sale,
            TARGET, this::target,
            RANKING, this::ranking,
            KUDOS, this::kudos,
            REMIND, this::remind,
            SALESBOT, this::salesbot);

    /**
     * The sentence a filled-in command stands for, or empty for {@code /visit} without a customer (which
     * opens the form instead) and for commands this bot does not know.
     */
    Optional<String> sentence(String command, Function<String, OptionMapping> options, Lang lang) {
        Sentence sentence = sentences.get(command);
        return sentence == null ? Optional.empty() : sentence.of(options, lang);
    }

    private Optional<String> visit(Function<String, OptionMapping> options, Lang lang) {
        return string(options, CUSTOMER)
                .map(customer -> visitSentence(
                        lang,
                        customer,
                        string(options, CONTACT).orElse(null),
                        string(options, FOLLOW_UP).orElse(null),
                        string(options, NOTES).orElse(null)));
    }

    private Optional<String> sale(Function<String, OptionMapping> options, Lang lang) {
        String amount = Optional.ofNullable(options.apply(AMOUNT))
                .map(o ->
                        BigDecimal.valueOf(o.getAsDouble()).stripTrailingZeros().toPlainString())
                .orElse("");
        // Chinese writes the currency word straight after the number: 50000元.
        String withCurrency = string(options, CURRENCY)
                .map(c -> amount + (lang == Lang.ZH ? "" : " ") + currencyWord(lang, c))
                .orElse(amount);
        return Optional.of(texts.get(
                lang, "sentence.sale", withCurrency, string(options, CUSTOMER).orElse("")));
    }

    private Optional<String> target(Function<String, OptionMapping> options, Lang lang) {
        return Optional.of(texts.get(
                lang,
                "sentence.target",
                texts.get(lang, "metric." + string(options, METRIC).orElse("sales")),
                texts.get(lang, "period." + string(options, PERIOD).orElse("this_month"))));
    }

    private Optional<String> ranking(Function<String, OptionMapping> options, Lang lang) {
        return Optional.of(texts.get(
                lang,
                "sentence.ranking",
                texts.get(lang, "ranking.metric." + string(options, METRIC).orElse("sales")),
                texts.get(lang, "period." + string(options, PERIOD).orElse("this_month"))));
    }

    private Optional<String> kudos(Function<String, OptionMapping> options, Lang lang) {
        String who = mention(options.apply(USER));
        return Optional.of(string(options, REASON)
                .map(reason -> texts.get(lang, "sentence.kudos", who, reason))
                .orElseGet(() -> texts.get(lang, "sentence.kudos.bare", who)));
    }

    private Optional<String> remind(Function<String, OptionMapping> options, Lang lang) {
        String what = string(options, WHAT).orElse("");
        String when = string(options, WHEN).orElse("");
        OptionMapping other = options.apply(USER);
        return Optional.of(
                other == null
                        ? texts.get(lang, "sentence.remind", when, what)
                        : texts.get(lang, "sentence.remind.other", when, what, mention(other)));
    }

    private Optional<String> salesbot(Function<String, OptionMapping> options, Lang lang) {
        return Optional.of(string(options, MESSAGE).orElseGet(() -> texts.get(lang, "sentence.help")));
    }

    /** The sentence of a visit, from the command's options or the form's fields (nulls left out). */
    String visitSentence(Lang lang, String customer, String contact, String followUp, String notes) {
        StringBuilder sentence = new StringBuilder(texts.get(lang, "sentence.visit", customer.strip()));
        if (contact != null && !contact.isBlank()) {
            sentence.append(texts.get(lang, "sentence.visit.contact", contact.strip()));
        }
        if (followUp != null && !followUp.isBlank()) {
            sentence.append(texts.get(lang, "sentence.visit.follow_up", followUp.strip()));
        }
        if (notes != null && !notes.isBlank()) {
            sentence.append(texts.get(lang, "sentence.visit.notes", notes.strip()));
        }
        return sentence.toString();
    }

    /** The language a Discord client is set to: Chinese for any zh locale, else English. */
    static Lang lang(DiscordLocale locale) {
        return locale == null ? Lang.EN : Lang.fromCode(locale.getLocale());
    }

    private String currencyWord(Lang lang, String code) {
        String key = "currency." + code;
        return texts.has(lang, key) ? texts.get(lang, key) : code;
    }

    private static Optional<String> string(Function<String, OptionMapping> options, String name) {
        OptionMapping option = options.apply(name);
        if (option == null) {
            return Optional.empty();
        }
        String value = option.getAsString().strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static String mention(OptionMapping user) {
        return user == null ? "" : "<@" + user.getAsString() + ">";
    }

    private static SlashCommandData command(String name, String description, String chinese) {
        return Commands.slash(name, description)
                .setDescriptionLocalization(DiscordLocale.CHINESE_CHINA, chinese)
                .setDescriptionLocalization(DiscordLocale.CHINESE_TAIWAN, chinese)
                .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM);
    }

    private static OptionData customer(boolean required) {
        return text(CUSTOMER, "Customer name", "客户名称", required).setAutoComplete(true);
    }

    private static OptionData text(String name, String description, String chinese, boolean required) {
        return new OptionData(OptionType.STRING, name, description, required)
                .setDescriptionLocalization(DiscordLocale.CHINESE_CHINA, chinese);
    }

    private static OptionData metric() {
        return choices(METRIC, "What to count (default: sales)", "统计什么（默认销售额）", METRICS);
    }

    private static OptionData period() {
        return choices(PERIOD, "Which period (default: this month)", "哪个时期（默认本月）", PERIODS);
    }

    private static OptionData choices(String name, String description, String chinese, List<String> values) {
        OptionData option = text(name, description, chinese, false);
        for (String value : values) {
            option.addChoice(value.replace('_', ' '), value);
        }
        return option;
    }
}
