package com.salesbot.adapter.discord;

import com.salesbot.core.conversation.Block;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.report.ReportForms;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * The core's replies as Discord messages: text as content, a table (a leaderboard) as an embed, progress
 * as an embed with a bar, images (charts) as attached PNGs shown inside embeds, and choices as buttons
 * (at most five rows of five).
 */
final class DiscordRenderer {
    static final int MAX_CONTENT = Limits.CONTENT;
    static final int BAR_WIDTH = 20;
    static final int TABLE_COLOR = 0xFEE75C;
    static final int PROGRESS_COLOR = 0x5865F2;
    static final int REACHED_COLOR = 0x57F287;
    static final String CHART_FILE = "chart.png";

    /** Discord's documented limits, in characters or items. */
    private static final class Limits {
        static final int CONTENT = 2000;
        static final int EMBED_TITLE = 256;
        static final int EMBED_DESCRIPTION = 4096;
        static final int EMBED_FOOTER = 2048;
        static final int BUTTON_LABEL = 80;
        static final int BUTTONS_PER_ROW = 5;
        static final int ROWS = 5;
    }

    /**
     * One Discord message for one reply.
     *
     * @param owner the user the reply answers, who alone may click its buttons; empty lets anyone
     */
    MessageCreateData render(Reply reply, String owner) {
        MessageCreateBuilder message = new MessageCreateBuilder();
        String content = reply.text();
        List<MessageEmbed> embeds = new ArrayList<>();
        List<Button> buttons = new ArrayList<>();
        List<FileUpload> files = new ArrayList<>();
        for (Block block : reply.blocks()) {
            if (block instanceof Block.Table table) {
                List<String> lines = List.of(reply.text().split("\n", -1));
                if (lines.size() >= 1 + table.rows().size()) {
                    // The core writes a table reply as a title line, one line per row, then remarks:
                    // the embed shows all of it, so the text is not repeated above it.
                    embeds.add(table(
                            lines.get(0),
                            table,
                            String.join("\n", lines.subList(1 + table.rows().size(), lines.size()))));
                    content = "";
                } else {
                    embeds.add(table(String.join(" · ", table.header()), table, ""));
                }
            } else if (block instanceof Block.Progress progress) {
                embeds.add(progress(progress));
            } else if (block instanceof Block.Choices choices) {
                for (Block.Choice choice : choices.choices()) {
                    button(choice, owner == null ? "" : owner).ifPresent(buttons::add);
                    // Discord has forms: a report template can be filled in as one, besides question by question.
                    ReportForms.offeredBy(choice.value())
                            .map(ReportForm::button)
                            .ifPresent(buttons::add);
                }
            } else if (block instanceof Block.Image image) {
                // Each attachment needs its own name for the embed to point at it.
                String name = files.size() + "-" + image.fileName();
                embeds.add(new EmbedBuilder()
                        .setTitle(truncate(image.title(), Limits.EMBED_TITLE))
                        .setImage("attachment://" + name)
                        .setColor(PROGRESS_COLOR)
                        .build());
                files.add(FileUpload.fromData(image.png(), name));
            } else if (block instanceof Block.Attachment file) {
                // A plain attachment under its own name: Discord shows it as a downloadable file.
                files.add(FileUpload.fromData(file.bytes(), file.fileName()));
            }
        }
        message.setContent(truncate(content, Limits.CONTENT));
        message.setEmbeds(embeds);
        message.setFiles(files);
        message.setComponents(rows(buttons));
        return message.build();
    }

    /** A PNG chart as an attached image inside an embed titled {@code title}. */
    MessageCreateData image(String title, byte[] png) {
        MessageEmbed embed = new EmbedBuilder()
                .setTitle(truncate(title, Limits.EMBED_TITLE))
                .setImage("attachment://" + CHART_FILE)
                .setColor(PROGRESS_COLOR)
                .build();
        return new MessageCreateBuilder()
                .setEmbeds(embed)
                .setFiles(FileUpload.fromData(png, CHART_FILE))
                .build();
    }

    /** A text-only message, e.g. an error, with no buttons. */
    MessageCreateData text(String text) {
        return new MessageCreateBuilder()
                .setContent(truncate(text, Limits.CONTENT))
                .build();
    }

    private static MessageEmbed table(String title, Block.Table table, String footer) {
        StringBuilder description = new StringBuilder();
        for (int i = 0; i < table.rows().size(); i++) {
            List<String> row = table.rows().get(i);
            String line = row.size() > 1
                    ? "`" + row.get(0) + ".` " + String.join(" — ", row.subList(1, row.size()))
                    : String.join(" — ", row);
            if (i == table.highlightRow()) {
                line = "**" + line + "** ◀";
            }
            if (description.length() + line.length() + 2 > Limits.EMBED_DESCRIPTION) {
                description.append("…");
                break;
            }
            description.append(line).append('\n');
        }
        EmbedBuilder embed = new EmbedBuilder()
                .setTitle(truncate(title, Limits.EMBED_TITLE))
                .setDescription(description.toString().stripTrailing())
                .setColor(TABLE_COLOR);
        if (!footer.isBlank()) {
            embed.setFooter(truncate(footer, Limits.EMBED_FOOTER));
        }
        return embed.build();
    }

    private static MessageEmbed progress(Block.Progress progress) {
        double ratio = Math.max(0, progress.ratio());
        int filled = (int) Math.round(Math.min(1.0, ratio) * BAR_WIDTH);
        String bar = "█".repeat(filled) + "░".repeat(BAR_WIDTH - filled);
        return new EmbedBuilder()
                .setTitle(truncate(progress.label(), Limits.EMBED_TITLE))
                .setDescription("`" + bar + "` " + String.format(Locale.ROOT, "%.0f%%", ratio * 100))
                .setColor(ratio >= 1.0 ? REACHED_COLOR : PROGRESS_COLOR)
                .build();
    }

    private static Optional<Button> button(Block.Choice choice, String owner) {
        ChoiceId id = new ChoiceId(owner, choice.value());
        if (!id.fits()) {
            // Never cut a value: a shortened value would send a different message than was offered.
            return Optional.empty();
        }
        String label = truncate(choice.label(), Limits.BUTTON_LABEL);
        return Optional.of(
                choice.value().equals("undo") ? Button.danger(id.encode(), label) : Button.primary(id.encode(), label));
    }

    private static List<ActionRow> rows(List<Button> buttons) {
        List<ActionRow> rows = new ArrayList<>();
        for (int i = 0; i < buttons.size() && rows.size() < Limits.ROWS; i += Limits.BUTTONS_PER_ROW) {
            rows.add(ActionRow.of(buttons.subList(i, Math.min(buttons.size(), i + Limits.BUTTONS_PER_ROW))));
        }
        return rows;
    }

    static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
