package com.salesbot.nlp.intent;

import com.salesbot.core.nlu.Intent;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Explicit commands the bot documents ("daily report: …", "日报：…", "undo", "help") always mean
 * what they say, whatever the classifier thinks of the free text after them: a rep who typed the
 * command word must never be told the bot did not understand.
 */
final class ExplicitCommands {
    private record Command(Intent intent, Pattern pattern) {}

    private static final List<Command> COMMANDS = List.of(
            new Command(
                    Intent.DAILY_REPORT,
                    Pattern.compile(
                            // a late report names its day: "daily report for yesterday:", "昨天的日报："
                            "^((daily report|eod report|eod)( for [^:：]{1,30})?|([^:：，,。]{1,12}的)?日报|今日日报)\\s*[:：]")),
            // Answering a report template one question at a time: the reply to a report prompt.
            new Command(Intent.DAILY_REPORT, Pattern.compile("^((answer )?one by one|(逐条|逐个|一条一条)(回答|填写|填)?)[.!。！]?$")),
            new Command(Intent.UNDO, Pattern.compile("^(undo|撤销|撤回)[.!。！]?$")),
            new Command(Intent.HELP, Pattern.compile("^(help|帮助|/help)[?？.!。！]?$")),
            // Knowledge, feedback and training: the command words the README documents, and the
            // values their buttons send back, which must round-trip whatever the classifier thinks.
            new Command(
                    Intent.ADD_KNOWLEDGE,
                    Pattern.compile("^(add to (the |our )?(playbook|knowledge base|kb)|加入知识库|添加到知识库|加到知识库)\\s*[:：]")),
            new Command(Intent.EDIT_KNOWLEDGE, Pattern.compile("^(edit (playbook|knowledge|kb)|修改知识库?)\\s*#")),
            new Command(
                    Intent.REMOVE_KNOWLEDGE, Pattern.compile("^((remove|delete) (playbook|knowledge|kb)|删除知识库?)\\s*#")),
            new Command(
                    Intent.RELOAD_KNOWLEDGE,
                    Pattern.compile("^(reload (the )?(playbook|knowledge base|knowledge|kb)|重新加载知识库)[.!。！]?$")),
            new Command(Intent.FORWARD_QUESTION, Pattern.compile("^(ask (my |the )?manager|问经理)\\s*[:：]")),
            new Command(Intent.ANSWER_QUESTION, Pattern.compile("^(answer|回答)\\s*#q\\d+\\s*[:：]")),
            new Command(Intent.SAVE_ANSWER, Pattern.compile("^(save answer|保存答案)\\s*#q\\d+")),
            new Command(Intent.SEND_FEEDBACK, Pattern.compile("^(anonymous feedback|feedback|匿名反馈|反馈)\\s*[:：]")),
            new Command(
                    Intent.SCHEDULE_TRAINING, Pattern.compile("^(weekly tip|tip|quiz|每周技巧|技巧|小测验|测验)\\b[^:：#]*[:：]")),
            new Command(Intent.QUIZ_ANSWER, Pattern.compile("^(quiz|测验)\\s*#t\\d+\\s*(answer|答案)\\s*\\d")),
            new Command(
                    Intent.TRAINING_RESULTS, Pattern.compile("^(quiz results|training results|测验结果|培训结果)[?？.!。！]?$")));

    private ExplicitCommands() {}

    /** The intent an explicit command states, if the message starts with one. */
    static Optional<Intent> of(String text) {
        String head = text.strip().toLowerCase(Locale.ROOT);
        return COMMANDS.stream()
                // every pattern is anchored at the start: lookingAt tries that one position, find all of them
                .filter(c -> c.pattern().matcher(head).lookingAt())
                .map(Command::intent)
                .findFirst();
    }
}
