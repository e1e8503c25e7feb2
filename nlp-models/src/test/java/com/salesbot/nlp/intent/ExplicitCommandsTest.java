package com.salesbot.nlp.intent;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.nlu.Intent;
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
}
