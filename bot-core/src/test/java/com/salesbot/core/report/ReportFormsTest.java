package com.salesbot.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Lang;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportFormsTest {
    private final TestWorld world = TestWorld.create();
    private final ReportForms forms = new ReportForms(
            world.directory(), new ReportRules(null, Map.of(), Map.of("west", List.of("Visits today?", "Blockers?"))));

    @Test
    void aRepIsAskedTheQuestionsOfTheirTeamsTemplate() {
        assertThat(forms.questionsFor(TestWorld.identityOf("alice"))).containsExactly("Visits today?", "Blockers?");
        assertThat(forms.questionsFor("slack:TWEST/USTRANGER")).isEmpty();
        assertThat(ReportForms.none(world.directory()).questionsFor(TestWorld.identityOf("alice")))
                .isEmpty();
    }

    @Test
    void theAnswersBecomeOneDailyReportMessageLeavingOutBlankOnes() {
        assertThat(ReportForms.message(Lang.EN, List.of("Visits today?", "Blockers?"), List.of("3", "")))
                .isEqualTo("daily report: 1) Visits today? 3");
        assertThat(ReportForms.message(Lang.ZH, List.of("拜访？", "困难？"), List.of("3家", "没有")))
                .isEqualTo("日报：1) 拜访？ 3家\n2) 困难？ 没有");
    }

    @Test
    void theFormIsOfferedBesideTheAnswerOneByOneButtonInItsLanguage() {
        assertThat(ReportForms.offeredBy("daily report: one by one")).contains(Lang.EN);
        assertThat(ReportForms.offeredBy("日报：逐条")).contains(Lang.ZH);
        assertThat(ReportForms.offeredBy("daily report: replace")).isEmpty();
        assertThat(ReportForms.buttonLabel(Lang.ZH)).isEqualTo("填写表单");
    }
}
