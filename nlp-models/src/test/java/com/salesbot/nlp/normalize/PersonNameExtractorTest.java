package com.salesbot.nlp.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameExtractorTest {
    private final PersonNameExtractor persons = new PersonNameExtractor();

    @Test
    void readsAPossessiveBeforeATarget() {
        assertThat(persons.find("set alice's target to 50k")).containsExactly("alice");
    }

    @Test
    void readsEveryNameInAKudosList() {
        assertThat(persons.find("kudos to Bob and Carol for the Initech demo")).containsExactly("Bob", "Carol");
        assertThat(persons.find("big thanks to Anna-Lena for covering")).containsExactly("Anna-Lena");
    }

    @Test
    void readsTheRepAStatisticIsAbout() {
        assertThat(persons.find("how many visits did Dave make")).containsExactly("Dave");
        assertThat(persons.find("closed deals for Tom and Grace this month")).containsExactly("Tom", "Grace");
    }

    @Test
    void readsChineseNamesInTargetsAndPraise() {
        assertThat(persons.find("给王磊定个目标")).containsExactly("王磊");
        assertThat(persons.find("表扬王磊和李娜")).containsExactly("王磊", "李娜");
        assertThat(persons.find("提醒赵敏和阿杰对一下数据")).containsExactly("赵敏", "阿杰");
    }

    @ParameterizedTest(name = "\"{0}\" names nobody")
    @ValueSource(
            strings = {
                "kudos for landing the renewal",
                "thanks team",
                "how am I doing",
                "给大家点赞",
                "send kudos to everyone"
            })
    void doesNotMistakeWordsForPeople(String text) {
        assertThat(persons.find(text)).isEmpty();
    }

    @Test
    void keepsTheOrderNamesAreWrittenIn() {
        List<String> found = persons.find("thanks Bob, Amy and Carl!");

        assertThat(found).containsExactly("Bob", "Amy", "Carl");
    }

    @Test
    void readsChineseTargetShapes() {
        assertThat(persons.find("马超的这个季度目标调整为300,000")).containsExactly("马超");
        assertThat(persons.find("老李下周要完成200万元")).containsExactly("老李");
        assertThat(persons.find("下达下季度指标：Lucy 500K")).containsExactly("Lucy");
        assertThat(persons.find("郭晶、阿明下季度指标各三十万的销售额")).containsExactlyInAnyOrder("郭晶", "阿明");
        assertThat(persons.find("本周给杨帆压营收120万的指标")).containsExactly("杨帆");
        assertThat(persons.find("老板的目标")).isEmpty();
    }
}
