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
    /**
     * A command and what its text must have for the pattern to match, read from the pattern's
     * top level: a colon when it ends in {@code [:：]}, a '#' when it has {@code \s*#}, and at
     * most {@link #WHOLE_MESSAGE} characters when it ends in {@code $}. Cheap checks that skip most
     * patterns for free text ({@code ExplicitCommandsTest} holds them to the unchecked answer).
     */
    private record Command(Intent intent, Pattern pattern, boolean colon, boolean hash, boolean whole) {
        static Command of(Intent intent, String regex) {
            return new Command(
                    intent,
                    Pattern.compile(regex),
                    regex.endsWith("[:：]"),
                    regex.contains("\\s*#"),
                    regex.endsWith("$"));
        }

        boolean possible(boolean hasColon, boolean hasHash, boolean isShort) {
            return (!colon || hasColon) && (!hash || hasHash) && (!whole || isShort);
        }
    }

    // longer than any whole-message command with its punctuation and a line terminator $ lets through
    private static final int WHOLE_MESSAGE = 40;

    private static final List<Command> COMMANDS = List.of(
            Command.of(
                    Intent.DAILY_REPORT,
                    // a late report names its day: "daily report for yesterday:", "昨天的日报："
                    "^((daily report|eod report|eod)( for [^:：]{1,30})?|([^:：，,。]{1,12}的)?日报|今日日报)\\s*[:：]"),
            // Answering a report template one question at a time: the reply to a report prompt.
            Command.of(Intent.DAILY_REPORT, "^((answer )?one by one|(逐条|逐个|一条一条)(回答|填写|填)?)[.!。！]?$"),
            Command.of(Intent.UNDO, "^(undo|撤销|撤回)[.!。！]?$"),
            Command.of(Intent.HELP, "^(help|帮助|/help)[?？.!。！]?$"),
            // Knowledge, feedback and training: the command words the README documents, and the
            // values their buttons send back, which must round-trip whatever the classifier thinks.
            Command.of(
                    Intent.ADD_KNOWLEDGE,
                    "^(add to (the |our )?(playbook|knowledge base|kb)|加入知识库|添加到知识库|加到知识库)\\s*[:：]"),
            Command.of(Intent.EDIT_KNOWLEDGE, "^(edit (playbook|knowledge|kb)|修改知识库?)\\s*#"),
            Command.of(Intent.REMOVE_KNOWLEDGE, "^((remove|delete) (playbook|knowledge|kb)|删除知识库?)\\s*#"),
            Command.of(
                    Intent.RELOAD_KNOWLEDGE, "^(reload (the )?(playbook|knowledge base|knowledge|kb)|重新加载知识库)[.!。！]?$"),
            Command.of(Intent.FORWARD_QUESTION, "^(ask (my |the )?manager|问经理)\\s*[:：]"),
            Command.of(Intent.ANSWER_QUESTION, "^(answer|回答)\\s*#q\\d+\\s*[:：]"),
            Command.of(Intent.SAVE_ANSWER, "^(save answer|保存答案)\\s*#q\\d+"),
            Command.of(Intent.SEND_FEEDBACK, "^(anonymous feedback|feedback|匿名反馈|反馈)\\s*[:：]"),
            Command.of(Intent.SCHEDULE_TRAINING, "^(weekly tip|tip|quiz|每周技巧|技巧|小测验|测验)\\b[^:：#]*[:：]"),
            Command.of(Intent.QUIZ_ANSWER, "^(quiz|测验)\\s*#t\\d+\\s*(answer|答案)\\s*\\d"),
            Command.of(Intent.TRAINING_RESULTS, "^(quiz results|training results|测验结果|培训结果)[?？.!。！]?$"));

    private ExplicitCommands() {}

    /** The intent an explicit command states, if the message starts with one. */
    static Optional<Intent> of(String text) {
        String head = text.strip().toLowerCase(Locale.ROOT);
        boolean colon = head.indexOf(':') >= 0 || head.indexOf('：') >= 0;
        boolean hash = head.indexOf('#') >= 0;
        boolean isShort = head.length() <= WHOLE_MESSAGE;
        for (Command command : COMMANDS) {
            // every pattern is anchored at the start: lookingAt tries that one position, find all of them
            if (command.possible(colon, hash, isShort)
                    && command.pattern().matcher(head).lookingAt()) {
                return Optional.of(command.intent());
            }
        }
        return Optional.empty();
    }

    /** The same answer without the cheap checks, every pattern tried: what the checks must agree with. */
    static Optional<Intent> withoutChecks(String text) {
        String head = text.strip().toLowerCase(Locale.ROOT);
        return COMMANDS.stream()
                .filter(c -> c.pattern().matcher(head).lookingAt())
                .map(Command::intent)
                .findFirst();
    }
}
