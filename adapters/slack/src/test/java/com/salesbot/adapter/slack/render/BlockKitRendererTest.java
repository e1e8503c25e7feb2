package com.salesbot.adapter.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.conversation.Block;
import com.salesbot.core.conversation.Reply;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Replies as Block Kit JSON, compared with golden files under src/test/resources/…/BlockKitRendererTest/. */
class BlockKitRendererTest {
    private final BlockKitRenderer renderer = new BlockKitRenderer();

    private String json(Reply reply) {
        return GsonFactory.createSnakeCase()
                .newBuilder()
                .setPrettyPrinting()
                .disableHtmlEscaping()
                .create()
                .toJson(renderer.render(reply));
    }

    private static String golden(String name) throws IOException {
        try (InputStream in =
                BlockKitRendererTest.class.getResourceAsStream("BlockKitRendererTest/" + name + ".json")) {
            assertThat(in).as("golden file " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    @Test
    void aConfirmationBecomesATextSectionAndAnUndoButtonThatSendsUndo() throws IOException {
        Reply reply = Reply.text("Logged your visit to Acme Corp on 2026-11-27.")
                .with(new Block.Choices(List.of(new Block.Choice("Undo", "undo"))));

        assertThat(json(reply)).isEqualTo(golden("confirmationWithUndo"));
    }

    @Test
    void aLeaderboardBecomesAlignedSectionsWithTheAskersRowMarkedAndItsRowsNotRepeatedAsText() throws IOException {
        Reply reply = Reply.text(
                        "Team ranking by sales, 2026-11-01 to 2026-11-30:\n1. alice — $12,500\n2. 王磊 — $7,000\nYou are #2 of 2.")
                .with(new Block.Table(
                        List.of("#", "Rep", "sales"),
                        List.of(List.of("1", "alice", "$12,500"), List.of("2", "王磊", "$7,000")),
                        1));

        assertThat(json(reply)).isEqualTo(golden("leaderboard"));
    }

    @Test
    void progressBecomesABarThatStopsAtFull() throws IOException {
        Reply reply = Reply.text("alice's sales target: $50,000. Achieved: $12,500 (25%).")
                .with(new Block.Progress("sales 25%", 0.25));
        Reply over = Reply.text("Done!").with(new Block.Progress("sales 130%", 1.3));

        assertThat(json(reply)).isEqualTo(golden("progress"));
        assertThat(json(over)).contains("`████████████████████`  sales 130%");
    }

    @Test
    void clarificationChoicesBecomeButtonsCarryingTheTextToSendBack() {
        Reply reply = Reply.text("Did you mean:\n1. Log a visit\n2. Log a sale")
                .with(new Block.Choices(
                        List.of(new Block.Choice("Log a visit", "1"), new Block.Choice("Log a sale", "2"))));

        String json = json(reply);

        assertThat(json)
                .contains("\"action_id\": \"salesbot_choice_0\"", "\"value\": \"1\"")
                .contains("\"action_id\": \"salesbot_choice_1\"", "\"value\": \"2\"")
                .doesNotContain("salesbot_undo");
    }

    @Test
    void userTextCannotTurnIntoMentionsOrLinks() {
        String json = json(Reply.text("Logged <!channel> & <https://evil.example|click>"));

        assertThat(json).contains("Logged &lt;!channel&gt; &amp; &lt;https://evil.example|click&gt;");
    }

    @Test
    void aLongLeaderboardStaysWithinSlacksBlockLimit() {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rows.add(List.of(String.valueOf(i), "rep" + i, String.valueOf(1000 - i)));
        }
        Reply reply = Reply.text("Team ranking").with(new Block.Table(List.of("#", "Rep", "visits"), rows, -1));

        assertThat(renderer.render(reply)).hasSizeLessThanOrEqualTo(50);
        assertThat(json(reply)).contains("… +80");
    }
}
