package com.salesbot.adapter.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.conversation.Block;
import com.salesbot.core.conversation.Reply;
import java.util.List;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

class DiscordRendererTest {
    private final DiscordRenderer renderer = new DiscordRenderer();

    private static List<Button> buttons(MessageCreateData data) {
        return data.getComponents().stream()
                .flatMap(row -> row.asActionRow().getButtons().stream())
                .toList();
    }

    @Test
    void plainTextBecomesTheMessageContentWithNothingElse() {
        MessageCreateData data = renderer.render(Reply.text("Hi alice!"), "111");

        assertThat(data.getContent()).isEqualTo("Hi alice!");
        assertThat(data.getEmbeds()).isEmpty();
        assertThat(data.getComponents()).isEmpty();
    }

    @Test
    void anUndoChoiceBecomesARedButtonOnlyTheAnsweredUserMayClick() {
        Reply reply = Reply.text("Logged your visit to Acme Corp on 2026-11-27.")
                .with(new Block.Choices(List.of(new Block.Choice("Undo", "undo"))));

        MessageCreateData data = renderer.render(reply, "111");

        assertThat(data.getContent()).isEqualTo("Logged your visit to Acme Corp on 2026-11-27.");
        assertThat(buttons(data)).singleElement().satisfies(button -> {
            assertThat(button.getLabel()).isEqualTo("Undo");
            assertThat(button.getStyle()).isEqualTo(ButtonStyle.DANGER);
            assertThat(button.getCustomId()).isEqualTo("choice:111:undo");
        });
    }

    @Test
    void clarificationChoicesBecomeBlueButtonsSendingTheirValue() {
        Reply reply = Reply.text("Did you mean:\n1. Log a visit\n2. Log a sale")
                .with(new Block.Choices(
                        List.of(new Block.Choice("Log a visit", "1"), new Block.Choice("Log a sale", "2"))));

        List<Button> buttons = buttons(renderer.render(reply, "111"));

        assertThat(buttons).extracting(Button::getLabel).containsExactly("Log a visit", "Log a sale");
        assertThat(buttons).extracting(Button::getCustomId).containsExactly("choice:111:1", "choice:111:2");
        assertThat(buttons).extracting(Button::getStyle).containsOnly(ButtonStyle.PRIMARY);
    }

    @Test
    void moreThanFiveChoicesWrapIntoRowsOfFive() {
        List<Block.Choice> seven = java.util.stream.IntStream.rangeClosed(1, 7)
                .mapToObj(i -> new Block.Choice("Option " + i, String.valueOf(i)))
                .toList();

        MessageCreateData data = renderer.render(Reply.text("Pick one").with(new Block.Choices(seven)), "111");

        assertThat(data.getComponents()).hasSize(2);
        assertThat(data.getComponents().get(0).asActionRow().getButtons()).hasSize(5);
    }

    @Test
    void aChoiceWhoseValueWouldNotFitAButtonIdIsLeftOutRatherThanCut() {
        Reply reply = Reply.text("Pick").with(new Block.Choices(List.of(new Block.Choice("Long", "x".repeat(120)))));

        assertThat(renderer.render(reply, "111").getComponents()).isEmpty();
    }

    @Test
    void aLeaderboardBecomesAnEmbedWithTheAskersRowHighlightedAndTheRemarkAsFooter() {
        Reply reply = Reply.text("""
                        Team ranking by sales, 2026-11-01 to 2026-11-30:
                        1. alice — $12,500
                        2. 王磊 — $7,000
                        You are 2nd of 2.""")
                .with(new Block.Table(
                        List.of("Rank", "Name", "sales"),
                        List.of(List.of("1", "alice", "$12,500"), List.of("2", "王磊", "$7,000")),
                        1));

        MessageCreateData data = renderer.render(reply, "111");

        assertThat(data.getContent()).isEmpty();
        MessageEmbed embed = data.getEmbeds().get(0);
        assertThat(embed.getTitle()).isEqualTo("Team ranking by sales, 2026-11-01 to 2026-11-30:");
        assertThat(embed.getDescription()).isEqualTo("`1.` alice — $12,500\n**`2.` 王磊 — $7,000** ◀");
        assertThat(embed.getFooter().getText()).isEqualTo("You are 2nd of 2.");
        assertThat(embed.getColorRaw()).isEqualTo(DiscordRenderer.TABLE_COLOR);
    }

    @Test
    void targetProgressKeepsTheTextAndAddsAnEmbedWithABar() {
        Reply reply = Reply.text("alice's sales target: $50,000. Achieved: $12,500 (25%).")
                .with(new Block.Progress("sales 25%", 0.25));

        MessageCreateData data = renderer.render(reply, "111");

        assertThat(data.getContent()).startsWith("alice's sales target");
        MessageEmbed embed = data.getEmbeds().get(0);
        assertThat(embed.getTitle()).isEqualTo("sales 25%");
        assertThat(embed.getDescription()).isEqualTo("`█████░░░░░░░░░░░░░░░` 25%");
        assertThat(embed.getColorRaw()).isEqualTo(DiscordRenderer.PROGRESS_COLOR);
    }

    @Test
    void aTargetReachedOrPassedShowsAFullGreenBar() {
        MessageEmbed embed = renderer.render(Reply.text("目标已达成").with(new Block.Progress("销售 120%", 1.2)), "1")
                .getEmbeds()
                .get(0);

        assertThat(embed.getDescription()).isEqualTo("`" + "█".repeat(20) + "` 120%");
        assertThat(embed.getColorRaw()).isEqualTo(DiscordRenderer.REACHED_COLOR);
    }

    @Test
    void textLongerThanDiscordAllowsIsCutWithAnEllipsis() {
        MessageCreateData data = renderer.render(Reply.text("a".repeat(2500)), "1");

        assertThat(data.getContent()).hasSize(2000).endsWith("…");
    }

    @Test
    void aChartIsAnAttachedPngShownInsideAnEmbed() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};

        MessageCreateData data = renderer.image("Sales this month", png);

        assertThat(data.getEmbeds().get(0).getTitle()).isEqualTo("Sales this month");
        assertThat(data.getEmbeds().get(0).getImage().getUrl()).isEqualTo("attachment://chart.png");
        assertThat(data.getFiles())
                .singleElement()
                .satisfies(f -> assertThat(f.getName()).isEqualTo("chart.png"));
    }

    @Test
    void aChannelPostsButtonsMayBeClickedByAnyone() {
        Reply reply = Reply.text("Reminder").with(new Block.Choices(List.of(new Block.Choice("Help", "help"))));

        assertThat(buttons(renderer.render(reply, "")))
                .extracting(Button::getCustomId)
                .containsExactly("choice::help");
        assertThat(ChoiceId.parse("choice::help").orElseThrow().allows("999")).isTrue();
        assertThat(ChoiceId.parse("choice:111:undo").orElseThrow().allows("999"))
                .isFalse();
    }

    @Test
    void aChartInAReplyIsAttachedAndShownInsideAnEmbedUnderTheText() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        Reply reply = Reply.text("团队销售额排行").with(new Block.Image("团队销售额排行", "ranking.png", png));

        MessageCreateData data = renderer.render(reply, "42");

        assertThat(data.getContent()).isEqualTo("团队销售额排行");
        assertThat(data.getFiles())
                .singleElement()
                .satisfies(f -> assertThat(f.getName()).isEqualTo("0-ranking.png"));
        assertThat(data.getEmbeds()).singleElement().satisfies(e -> {
            assertThat(e.getTitle()).isEqualTo("团队销售额排行");
            assertThat(e.getImage().getUrl()).isEqualTo("attachment://0-ranking.png");
        });
    }

    @Test
    void anExportIsAttachedAsAFileUnderItsOwnName() {
        byte[] csv = "Date,Rep\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Reply reply = Reply.text("Exported").with(new Block.Attachment("Visits", "visits.csv", "text/csv", csv));

        MessageCreateData data = renderer.render(reply, "42");

        assertThat(data.getContent()).isEqualTo("Exported");
        assertThat(data.getEmbeds()).isEmpty();
        assertThat(data.getFiles())
                .singleElement()
                .satisfies(f -> assertThat(f.getName()).isEqualTo("visits.csv"));
    }
}
