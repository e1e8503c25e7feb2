package com.salesbot.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.conversation.Block;
import com.salesbot.core.conversation.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleRendererTest {
    private final ConsoleRenderer renderer = new ConsoleRenderer();

    @Test
    void multiLineTextBecomesOneLineEach() {
        assertThat(renderer.render(Reply.text("Team ranking:\n1. alice\n2. bob")))
                .containsExactly("Team ranking:", "1. alice", "2. bob");
    }

    @Test
    void progressIsDrawnAsABarCappedAtFull() {
        assertThat(renderer.render(Reply.text("t").with(new Block.Progress("sales 25%", 0.25))))
                .containsExactly("t", "[#####---------------] sales 25%");
        assertThat(renderer.render(Reply.text("t").with(new Block.Progress("sales 150%", 1.5))))
                .containsExactly("t", "[####################] sales 150%");
    }

    @Test
    void choicesAreShownAsButtons() {
        Reply reply = Reply.text("Logged.")
                .with(new Block.Choices(List.of(new Block.Choice("Undo", "undo"), new Block.Choice("Help", "help"))));

        assertThat(renderer.render(reply)).containsExactly("Logged.", "[Undo] [Help]");
    }

    @Test
    void tablesAreNotPrintedTwiceBecauseTheTextAlreadyListsTheRows() {
        Reply reply = Reply.text("1. alice — $5")
                .with(new Block.Table(List.of("#", "Rep", "sales"), List.of(List.of("1", "alice", "$5")), 0));

        assertThat(renderer.render(reply)).containsExactly("1. alice — $5");
    }

    @Test
    void anImageIsSavedAsAPngFileAndItsPathPrinted(@TempDir Path dir) throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        ConsoleRenderer saving = new ConsoleRenderer(dir.resolve("charts"));

        List<String> lines =
                saving.render(Reply.text("Team ranking").with(new Block.Image("团队排行", "ranking.png", png)));

        assertThat(lines).hasSize(2);
        assertThat(lines.get(1))
                .startsWith("[chart: 团队排行] " + dir.resolve("charts").toAbsolutePath());
        Path file = Path.of(lines.get(1).substring(lines.get(1).indexOf("] ") + 2));
        assertThat(file.getFileName().toString()).startsWith("ranking-").endsWith(".png");
        assertThat(Files.readAllBytes(file)).isEqualTo(png);
    }

    @Test
    void aFileIsSavedUnderItsOwnNameAndItsPathPrinted(@TempDir Path dir) throws Exception {
        byte[] csv = "\uFEFFDate,Rep\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ConsoleRenderer saving = new ConsoleRenderer(dir.resolve("out"));

        List<String> lines = saving.render(Reply.text("Exported")
                .with(new Block.Attachment("Visits", "visits-west-2026-11-01-2026-11-30.csv", "text/csv", csv)));

        Path file = dir.resolve("out")
                .resolve("visits-west-2026-11-01-2026-11-30.csv")
                .toAbsolutePath();
        assertThat(lines).containsExactly("Exported", "[file: visits-west-2026-11-01-2026-11-30.csv] " + file);
        assertThat(Files.readAllBytes(file)).isEqualTo(csv);
    }
}
