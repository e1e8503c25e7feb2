package com.salesbot.adapter.charts;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.chart.ChartRenderer;
import com.salesbot.core.conversation.Block;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.milestone.RecognitionSettings;
import com.salesbot.core.milestone.ShoutOutSchedule;
import com.salesbot.core.milestone.ShoutOutSchedules;
import com.salesbot.core.milestone.ShoutOuts;
import com.salesbot.core.ranking.Scoreboard;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The honour roll drawn by the real renderer: the attached image is a PNG of the agreed size. */
class HonourRollChartTest {
    @Test
    void aChineseHonourRollPostsADecodablePngChartBesideTheNumbers() throws Exception {
        TestWorld world = TestWorld.create();
        world.addPerson("wang", "王磊", Role.REP, TestWorld.TEAM_ID, Lang.ZH);
        world.addPerson("li", "李娜", Role.REP, TestWorld.TEAM_ID, Lang.ZH);
        world.addPerson("zhang", "张伟", Role.REP, TestWorld.TEAM_ID, Lang.ZH);
        world.recordSale(world.alice(), "Globex", "12500", LocalDate.of(2026, 11, 24));
        world.recordSale(world.bob(), "华为", "7000", LocalDate.of(2026, 11, 25));
        List<Block> posted = new ArrayList<>();
        ShoutOuts shoutOuts = new ShoutOuts(
                List.of(TestWorld.TEAM_ID),
                world.directory(),
                new Scoreboard(world.visits(), world.sales(), world.recognitions()),
                world.targets(),
                world.celebrations(),
                (teamId, reply) -> posted.addAll(reply.blocks()),
                RecognitionSettings.defaults(),
                ShoutOutSchedules.everyTeam(ShoutOutSchedule.defaults()),
                world.messages(),
                new XChartRenderer());

        ShoutOuts.Posted due = shoutOuts
                .postDue(LocalDateTime.of(2026, 11, 27, 16, 0)
                        .atZone(TestWorld.ZONE)
                        .toInstant())
                .get(0);

        assertThat(due.reply().text()).contains("销售额：1. Alice $12,500，2. Bob $7,000");
        Block.Image image = (Block.Image) posted.get(0);
        assertThat(image.title()).isEqualTo("销售额榜（2026-11-23 至 2026-11-27）");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image.png()));
        assertThat(decoded).isNotNull();
        assertThat(decoded.getWidth()).isEqualTo(ChartRenderer.WIDTH);
        assertThat(decoded.getHeight()).isEqualTo(ChartRenderer.HEIGHT);
    }
}
