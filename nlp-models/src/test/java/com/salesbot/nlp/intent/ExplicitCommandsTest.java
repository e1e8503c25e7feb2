package com.salesbot.nlp.intent;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.nlu.Intent;
import com.salesbot.nlp.train.CorpusExample;
import com.salesbot.nlp.train.CorpusReader;
import com.salesbot.nlp.train.TrainCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExplicitCommandsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "daily report: quiet saturday | DAILY_REPORT",
                "EOD: 3 visits | DAILY_REPORT",
                "日报：今天跑了两家 | DAILY_REPORT",
                "daily report for yesterday: nothing, I was away | DAILY_REPORT",
                "昨天的日报：跑了三家 | DAILY_REPORT",
                "one by one | DAILY_REPORT",
                "Answer one by one | DAILY_REPORT",
                "逐条 | DAILY_REPORT",
                "逐条回答 | DAILY_REPORT",
                "undo | UNDO",
                "撤销 | UNDO",
                "Help? | HELP",
                "add to playbook: too expensive → show the 3-year cost | ADD_KNOWLEDGE",
                "加入知识库：X200 报价 → 一千二 | ADD_KNOWLEDGE",
                "edit playbook #K1A2B3C: x → y | EDIT_KNOWLEDGE",
                "删除知识库 #K1A2B3C | REMOVE_KNOWLEDGE",
                "reload knowledge base | RELOAD_KNOWLEDGE",
                "ask manager: can we invoice quarterly? | FORWARD_QUESTION",
                "问经理：X900 的报价是多少 | FORWARD_QUESTION",
                "answer #Q3: five days | ANSWER_QUESTION",
                "回答 #Q3：五天 | ANSWER_QUESTION",
                "save answer #Q3 | SAVE_ANSWER",
                "保存答案 #Q3 | SAVE_ANSWER",
                "feedback: the Friday call runs long | SEND_FEEDBACK",
                "匿名反馈：指标太高 | SEND_FEEDBACK",
            })
    void documentedCommandWordsDecideTheIntent(String text, Intent intent) {
        assertThat(ExplicitCommands.of(text)).contains(intent);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "help me find Acme's CFO",
                "undo my last visit please?",
                "my daily report is late",
                "",
                "feedback from the client was good, visited Acme",
                "客户反馈：很满意",
                "visited them one by one"
            })
    void freeTextIsLeftToTheClassifier(String text) {
        assertThat(ExplicitCommands.of(text)).isEmpty();
    }

    @Test
    void theCheapChecksNeverChangeTheAnswerOnAnyCorpusMessageOrCommandLikeText() throws IOException {
        Path corpus = Files.isDirectory(Path.of("corpus")) ? Path.of("corpus") : Path.of("nlp-models", "corpus");
        List<String> texts = new ArrayList<>();
        for (String set : List.of("train", "heldout")) {
            for (CorpusExample example : CorpusReader.read(TrainCommand.jsonlFiles(corpus.resolve(set)))) {
                texts.add(example.text());
                texts.add(example.text().toUpperCase(Locale.ROOT));
            }
        }
        // command words, separators and line ends put together at random, short and long
        String[] pieces = {
            "daily report",
            "eod",
            " for ",
            "yesterday",
            "日报",
            "的",
            "今日日报",
            "one by one",
            "逐条",
            "回答",
            "undo",
            "撤销",
            "help",
            "帮助",
            "/help",
            "add to the playbook",
            "加入知识库",
            "edit kb",
            "删除知识库",
            "#",
            "#q3",
            "#t2",
            "reload the knowledge base",
            "ask my manager",
            "问经理",
            "answer",
            "save answer",
            "feedback",
            "匿名反馈",
            "weekly tip",
            "quiz",
            "测验",
            "answer 2",
            "quiz results",
            "培训结果",
            ":",
            "：",
            " ",
            "!",
            "。",
            "？",
            "\n",
            "\r\n",
            "\u0085",
            "\u2028",
            "x",
            "Acme"
        };
        Random random = new Random(20261127);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            texts.add(text.toString());
        }
        int commands = 0;
        for (String text : texts) {
            assertThat(ExplicitCommands.of(text)).as(text).isEqualTo(ExplicitCommands.withoutChecks(text));
            commands += ExplicitCommands.of(text).isPresent() ? 1 : 0;
        }
        assertThat(commands).as("texts that are commands").isGreaterThan(1_000);
    }
}
