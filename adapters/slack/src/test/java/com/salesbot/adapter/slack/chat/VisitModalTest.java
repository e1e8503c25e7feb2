package com.salesbot.adapter.slack.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.kernel.Lang;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import com.slack.api.util.json.GsonFactory;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The visit form: its fields, and its answers as the message the core reads. */
class VisitModalTest {

    private static View submitted(String metadata, Map<String, String> fields) {
        Map<String, Map<String, ViewState.Value>> values = new LinkedHashMap<>();
        fields.forEach((id, value) -> {
            ViewState.Value v = new ViewState.Value();
            if (id.equals(VisitModal.FOLLOW_UP)) {
                v.setSelectedDate(value);
            } else {
                v.setValue(value);
            }
            values.put(id, Map.of(id, v));
        });
        ViewState state = new ViewState();
        state.setValues(values);
        View view = new View();
        view.setPrivateMetadata(metadata);
        view.setState(state);
        return view;
    }

    @Test
    void theFormAsksForEveryVisitFieldWithADatePickerForTheFollowUp() {
        String json = GsonFactory.createSnakeCase().toJson(VisitModal.form(Lang.EN, "C0SALES"));

        assertThat(json)
                .contains("\"callback_id\":\"salesbot_log_visit\"")
                .contains("\"private_metadata\":\"en|C0SALES\"")
                .contains("\"action_id\":\"customer\"", "\"action_id\":\"contact\"", "\"action_id\":\"notes\"")
                .contains("\"action_id\":\"outcome\"", "\"action_id\":\"amount\"")
                .contains("\"type\":\"datepicker\",\"action_id\":\"follow_up\"");
    }

    @Test
    void theFormSpeaksChineseToAChineseSpeaker() {
        String json = GsonFactory.createSnakeCase().toJson(VisitModal.form(Lang.ZH, ""));

        assertThat(json).contains("记录拜访").contains("跟进日期");
    }

    @Test
    void anEnglishSubmissionBecomesOneVisitSentence() {
        VisitModal.Form form = VisitModal.Form.read(submitted(
                "en|C0SALES",
                Map.of(
                        "customer", "Sunrise Dental",
                        "contact", "Dr. Chen",
                        "notes", "wants a demo\nnext week",
                        "outcome", "interested",
                        "follow_up", "2026-12-10",
                        "amount", "8k")));

        assertThat(form.channel()).isEqualTo("C0SALES");
        assertThat(form.followUp()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(form.errors()).isEmpty();
        assertThat(form.toMessage())
                .isEqualTo("visited Sunrise Dental today, met Dr. Chen, follow up 2026-12-10, potential 8k."
                        + " Outcome: interested. Notes: wants a demo; next week");
    }

    @Test
    void aChineseSubmissionBecomesAChineseVisitSentence() {
        VisitModal.Form form = VisitModal.Form.read(submitted(
                "zh|", Map.of("customer", "华为技术", "contact", "王经理", "follow_up", "2026-12-02", "amount", "5万")));

        assertThat(form.toMessage()).isEqualTo("今天拜访了华为技术，见了王经理，2026年12月2日跟进，金额5万。");
    }

    @Test
    void onlyTheCustomerIsNeeded() {
        VisitModal.Form form = VisitModal.Form.read(submitted("en|", Map.of("customer", "Hooli")));

        assertThat(form.toMessage()).isEqualTo("visited Hooli today.");
    }

    @Test
    void anAmountThatIsNotANumberIsShownAsAnErrorOnTheAmountField() {
        VisitModal.Form form = VisitModal.Form.read(submitted("en|", Map.of("customer", "Hooli", "amount", "a lot")));

        assertThat(form.errors()).containsOnlyKeys("amount");
        assertThat(VisitModal.Form.read(submitted("en|", Map.of("customer", "Hooli", "amount", "$12,500")))
                        .errors())
                .isEmpty();
    }
}
