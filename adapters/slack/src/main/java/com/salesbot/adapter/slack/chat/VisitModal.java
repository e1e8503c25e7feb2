package com.salesbot.adapter.slack.chat;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.salesbot.core.kernel.Lang;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.Views;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The "log a visit" form (customer, contact, notes, outcome, follow-up date, amount) and how its
 * answers become one visit message in the user's language, which then goes through the core like any
 * message, so the form and chat log visits the same way.
 */
final class VisitModal {
    static final String CALLBACK_ID = "salesbot_log_visit";
    static final String OPEN_ACTION = "salesbot_open_visit_modal";

    static final String CUSTOMER = "customer";
    static final String CONTACT = "contact";
    static final String NOTES = "notes";
    static final String OUTCOME = "outcome";
    static final String FOLLOW_UP = "follow_up";
    static final String AMOUNT = "amount";

    /** A number, optionally with k/m/万/千 and a currency sign or code around it. */
    private static final Pattern AMOUNT_SHAPE =
            Pattern.compile("^[^0-9]{0,4}\\d[\\d,.]*\\s*(k|K|m|M|万|千|w|W)?\\s*[A-Za-z元$¥€£]{0,4}$");

    private static final Map<String, String> EN = Map.of(
            "title",
            "Log a visit",
            "submit",
            "Log visit",
            "close",
            "Cancel",
            CUSTOMER,
            "Customer",
            CONTACT,
            "Who did you meet?",
            NOTES,
            "Notes",
            OUTCOME,
            "Outcome",
            FOLLOW_UP,
            "Follow-up date",
            AMOUNT,
            "Potential amount",
            "amount.invalid",
            "Enter an amount such as 12000 or 12.5k.");

    private static final Map<String, String> ZH = Map.of(
            "title",
            "记录拜访",
            "submit",
            "记录",
            "close",
            "取消",
            CUSTOMER,
            "客户",
            CONTACT,
            "见了谁？",
            NOTES,
            "备注",
            OUTCOME,
            "结果",
            FOLLOW_UP,
            "跟进日期",
            AMOUNT,
            "潜在金额",
            "amount.invalid",
            "请输入金额，例如 5万 或 12000。");

    private VisitModal() {}

    /** The label of the button that opens the form. */
    static String buttonLabel(Lang lang) {
        return lang == Lang.ZH ? "记录拜访…" : "Log a visit…";
    }

    /** The form; {@code channel} (where it was asked for, may be empty) travels in its private metadata. */
    static View form(Lang lang, String channel) {
        Map<String, String> t = lang == Lang.ZH ? ZH : EN;
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(textInput(t, CUSTOMER, false, false));
        blocks.add(textInput(t, CONTACT, true, false));
        blocks.add(textInput(t, NOTES, true, true));
        blocks.add(textInput(t, OUTCOME, true, false));
        blocks.add(input(i -> i.blockId(FOLLOW_UP)
                .optional(true)
                .label(plainText(t.get(FOLLOW_UP)))
                .element(datePicker(d -> d.actionId(FOLLOW_UP)))));
        blocks.add(textInput(t, AMOUNT, true, false));
        return Views.view(v -> v.type("modal")
                .callbackId(CALLBACK_ID)
                .privateMetadata(lang.code() + "|" + (channel == null ? "" : channel))
                .title(viewTitle(x -> x.type("plain_text").text(t.get("title"))))
                .submit(viewSubmit(x -> x.type("plain_text").text(t.get("submit"))))
                .close(viewClose(x -> x.type("plain_text").text(t.get("close"))))
                .blocks(blocks));
    }

    private static LayoutBlock textInput(Map<String, String> t, String id, boolean optional, boolean multiline) {
        return input(i -> i.blockId(id)
                .optional(optional)
                .label(plainText(t.get(id)))
                .element(plainTextInput(p -> p.actionId(id).multiline(multiline))));
    }

    /** What the user filled in. */
    record Form(
            Lang lang,
            String channel,
            String customer,
            String contact,
            String notes,
            String outcome,
            LocalDate followUp,
            String amount) {

        static Form read(View view) {
            String[] meta =
                    Optional.ofNullable(view.getPrivateMetadata()).orElse("").split("\\|", 2);
            Lang lang = Lang.fromCode(meta[0]);
            String channel = meta.length > 1 ? meta[1] : "";
            Map<String, Map<String, ViewState.Value>> values =
                    view.getState() == null ? Map.of() : view.getState().getValues();
            String date = value(values, FOLLOW_UP, true);
            return new Form(
                    lang,
                    channel,
                    value(values, CUSTOMER, false),
                    value(values, CONTACT, false),
                    value(values, NOTES, false),
                    value(values, OUTCOME, false),
                    date.isEmpty() ? null : LocalDate.parse(date),
                    value(values, AMOUNT, false));
        }

        private static String value(Map<String, Map<String, ViewState.Value>> values, String id, boolean date) {
            Map<String, ViewState.Value> block = values.get(id);
            ViewState.Value v = block == null ? null : block.get(id);
            String s = v == null ? null : date ? v.getSelectedDate() : v.getValue();
            // Line breaks would split the message; the NLU reads one line.
            return s == null ? "" : s.replaceAll("\\s*\\R\\s*", "; ").strip();
        }

        /** Problems to show next to the fields, by block id; empty when the form can be sent. */
        Map<String, String> errors() {
            Map<String, String> errors = new LinkedHashMap<>();
            if (!amount.isEmpty() && !AMOUNT_SHAPE.matcher(amount).matches()) {
                errors.put(AMOUNT, (lang == Lang.ZH ? ZH : EN).get("amount.invalid"));
            }
            return errors;
        }

        /** The visit as one message in the user's language, shaped the way the NLU reads visits best. */
        String toMessage() {
            StringBuilder sb = new StringBuilder();
            if (lang == Lang.ZH) {
                sb.append("今天拜访了").append(customer);
                if (!contact.isEmpty()) {
                    sb.append("，见了").append(contact);
                }
                if (followUp != null) {
                    sb.append("，")
                            .append(followUp.getYear())
                            .append("年")
                            .append(followUp.getMonthValue())
                            .append("月")
                            .append(followUp.getDayOfMonth())
                            .append("日跟进");
                }
                if (!amount.isEmpty()) {
                    sb.append("，金额").append(amount);
                }
                sb.append("。");
                if (!outcome.isEmpty()) {
                    sb.append("结果：").append(outcome).append("。");
                }
                if (!notes.isEmpty()) {
                    sb.append("备注：").append(notes);
                }
            } else {
                sb.append("visited ").append(customer).append(" today");
                if (!contact.isEmpty()) {
                    sb.append(", met ").append(contact);
                }
                if (followUp != null) {
                    sb.append(", follow up ").append(followUp);
                }
                if (!amount.isEmpty()) {
                    sb.append(", potential ").append(amount);
                }
                sb.append('.');
                if (!outcome.isEmpty()) {
                    sb.append(" Outcome: ").append(outcome).append('.');
                }
                if (!notes.isEmpty()) {
                    sb.append(" Notes: ").append(notes);
                }
            }
            return sb.toString().strip();
        }
    }
}
