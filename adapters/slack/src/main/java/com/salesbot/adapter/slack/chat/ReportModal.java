package com.salesbot.adapter.slack.chat;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.salesbot.core.kernel.Lang;
import com.salesbot.core.report.ReportForms;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.Views;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The team's report template as a modal, one input per question ({@code q1}, {@code q2}, …), and its
 * answers as one daily-report message, which then goes through the core like a typed report.
 */
final class ReportModal {
    static final String CALLBACK_ID = "salesbot_daily_report";
    /** Slack's limits: 100 blocks in a modal, 2000 characters in a label, 24 in a title. */
    private static final int MAX_QUESTIONS = 100;

    private static final int MAX_LABEL = 2000;

    private ReportModal() {}

    /** The form; the language and {@code channel} (where it was asked for) travel in its private metadata. */
    static View form(Lang lang, List<String> questions, String channel) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (int i = 0; i < Math.min(questions.size(), MAX_QUESTIONS); i++) {
            String id = fieldId(i);
            String label =
                    questions.get(i).length() > MAX_LABEL ? questions.get(i).substring(0, MAX_LABEL) : questions.get(i);
            blocks.add(input(in -> in.blockId(id)
                    .optional(true)
                    .label(plainText(label))
                    .element(plainTextInput(p -> p.actionId(id).multiline(true)))));
        }
        boolean zh = lang == Lang.ZH;
        return Views.view(v -> v.type("modal")
                .callbackId(CALLBACK_ID)
                .privateMetadata(lang.code() + "|" + (channel == null ? "" : channel))
                .title(viewTitle(x -> x.type("plain_text").text(ReportForms.title(lang))))
                .submit(viewSubmit(x -> x.type("plain_text").text(zh ? "提交" : "Send")))
                .close(viewClose(x -> x.type("plain_text").text(zh ? "取消" : "Cancel")))
                .blocks(blocks));
    }

    /** The form's language and channel, and the answers in question order (blank where left empty). */
    record Submission(Lang lang, String channel, List<String> answers) {
        static Submission read(View view, int questions) {
            String[] meta =
                    Optional.ofNullable(view.getPrivateMetadata()).orElse("").split("\\|", 2);
            Map<String, Map<String, ViewState.Value>> values =
                    view.getState() == null ? Map.of() : view.getState().getValues();
            List<String> answers = new ArrayList<>();
            for (int i = 0; i < questions; i++) {
                Map<String, ViewState.Value> block = values.get(fieldId(i));
                ViewState.Value v = block == null ? null : block.get(fieldId(i));
                answers.add(
                        v == null || v.getValue() == null ? "" : v.getValue().strip());
            }
            return new Submission(Lang.fromCode(meta[0]), meta.length > 1 ? meta[1] : "", answers);
        }

        boolean isEmpty() {
            return answers.stream().allMatch(String::isEmpty);
        }
    }

    private static String fieldId(int index) {
        return "q" + (index + 1);
    }
}
