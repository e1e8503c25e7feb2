package com.salesbot.adapter.slack.render;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.salesbot.core.conversation.Block;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.report.ReportForms;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.List;

/** Renders a core {@link Reply} as Block Kit blocks; the reply text stays the notification fallback. */
public final class BlockKitRenderer {
    /** Action id of the Undo button; its value is the text "undo", which the core reads as the undo intent. */
    public static final String UNDO_ACTION = "salesbot_undo";

    /** Prefix of the action ids of clarification buttons, followed by the option's index. */
    public static final String CHOICE_ACTION_PREFIX = "salesbot_choice_";
    /** The button beside "answer one by one" that opens the report template as a modal; its value is the language. */
    public static final String REPORT_FORM_ACTION = "salesbot_open_report_form";

    /** The core's value of the Undo choice (see {@code Confirmations.withUndo}). */
    private static final String UNDO_VALUE = "undo";

    private static final int BAR_WIDTH = 20;
    /** Slack allows 50 blocks per message; the rest of a long leaderboard becomes one context line. */
    private static final int MAX_TABLE_ROWS = 40;
    /** Slack's limit on a section's text. */
    private static final int MAX_SECTION_TEXT = 3000;

    /** The blocks for one reply, in order: its text, then each structured block. */
    public List<LayoutBlock> render(Reply reply) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String text = withoutSpelledOutRows(reply);
        if (!text.isBlank()) {
            blocks.add(section(s -> s.text(markdownText(truncate(escape(text))))));
        }
        int choiceBlocks = 0;
        for (Block block : reply.blocks()) {
            if (block instanceof Block.Table table) {
                blocks.addAll(table(table));
            } else if (block instanceof Block.Progress progress) {
                blocks.add(section(s -> s.text(markdownText(bar(progress)))));
            } else if (block instanceof Block.Choices choices) {
                String blockId = "salesbot_choices_" + choiceBlocks++;
                blocks.add(actions(a -> a.blockId(blockId).elements(buttons(choices))));
            }
        }
        return blocks;
    }

    /** Slack mrkdwn gives {@code & < >} a meaning; user text must not turn into mentions or links. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String truncate(String text) {
        return text.length() <= MAX_SECTION_TEXT ? text : text.substring(0, MAX_SECTION_TEXT - 1) + "…";
    }

    /**
     * A table's rows are usually spelled out in the reply text too (for the console and notifications);
     * in Slack the aligned table shows them, so those lines are dropped from the text section.
     */
    private static String withoutSpelledOutRows(Reply reply) {
        List<List<String>> rows = new ArrayList<>();
        for (Block block : reply.blocks()) {
            if (block instanceof Block.Table table) {
                rows.addAll(table.rows());
            }
        }
        if (rows.isEmpty()) {
            return reply.text();
        }
        List<String> kept = new ArrayList<>();
        for (String line : reply.text().split("\n", -1)) {
            boolean spelledOutRow =
                    rows.stream().anyMatch(row -> !row.isEmpty() && row.stream().allMatch(line::contains));
            if (!spelledOutRow) {
                kept.add(line);
            }
        }
        return String.join("\n", kept);
    }

    /** One section per row with two fields, so names and values line up as columns. */
    private static List<LayoutBlock> table(Block.Table table) {
        List<LayoutBlock> blocks = new ArrayList<>();
        if (!table.header().isEmpty()) {
            blocks.add(section(s -> s.fields(twoColumns(table.header(), true, false))));
        }
        int shown = Math.min(table.rows().size(), MAX_TABLE_ROWS);
        for (int i = 0; i < shown; i++) {
            boolean mine = i == table.highlightRow();
            List<String> row = table.rows().get(i);
            blocks.add(section(s -> s.fields(twoColumns(row, mine, mine))));
        }
        if (table.rows().size() > shown) {
            int more = table.rows().size() - shown;
            blocks.add(context(c -> c.elements(List.of(markdownText("… +" + more)))));
        }
        return blocks;
    }

    /** All cells but the last on the left (a rank and a name read as one), the last on the right. */
    private static List<TextObject> twoColumns(List<String> cells, boolean bold, boolean pointer) {
        String left = String.join(cells.size() > 2 ? " " : "", leftCells(cells));
        String right = cells.size() > 1 ? cells.get(cells.size() - 1) : " ";
        String mark = bold ? "*" : "";
        return List.of(
                markdownText(mark + escape(left) + mark + (pointer ? "  ◀" : "")),
                markdownText(mark + escape(right) + mark));
    }

    private static List<String> leftCells(List<String> cells) {
        if (cells.size() <= 1) {
            return cells;
        }
        List<String> left = new ArrayList<>(cells.subList(0, cells.size() - 1));
        // "1" + "alice" reads better as "1. alice"; a header "#" stays as it is.
        if (left.size() > 1 && left.get(0).chars().allMatch(Character::isDigit)) {
            left.set(0, left.get(0) + ".");
        }
        return left;
    }

    private static String bar(Block.Progress progress) {
        int filled = (int) Math.round(Math.min(1.0, Math.max(0.0, progress.ratio())) * BAR_WIDTH);
        return "`" + "█".repeat(filled) + "░".repeat(BAR_WIDTH - filled) + "`  " + escape(progress.label());
    }

    private static List<BlockElement> buttons(Block.Choices choices) {
        List<BlockElement> buttons = new ArrayList<>();
        for (int i = 0; i < choices.choices().size(); i++) {
            Block.Choice choice = choices.choices().get(i);
            boolean undo = UNDO_VALUE.equals(choice.value());
            String actionId = undo ? UNDO_ACTION : CHOICE_ACTION_PREFIX + i;
            buttons.add(button(b -> b.actionId(actionId)
                    .text(plainText(pt -> pt.text(choice.label()).emoji(true)))
                    .value(choice.value())));
            // Slack has forms: a report template can be filled in as one, besides question by question.
            ReportForms.offeredBy(choice.value())
                    .ifPresent(lang -> buttons.add(button(b -> b.actionId(REPORT_FORM_ACTION)
                            .text(plainText(
                                    pt -> pt.text(ReportForms.buttonLabel(lang)).emoji(true)))
                            .value(lang.code()))));
        }
        return buttons;
    }
}
