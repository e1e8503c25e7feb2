package com.salesbot.adapter.charts;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.chart.Chart;
import com.salesbot.core.chart.ChartRenderer;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;

class XChartRendererTest {
    private final XChartRenderer renderer = new XChartRenderer();

    private static List<BigDecimal> numbers(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private static final Chart.Lines PROGRESS = new Chart.Lines(
            "王磊：销售额（2026-11-01 至 2026-11-05），完成目标 40%",
            "progress.png",
            "日期",
            "销售额",
            List.of("11-1", "11-2", "11-3", "11-4", "11-5"),
            List.of(
                    new Chart.Series("已完成", numbers("0", "1000", "2000")),
                    new Chart.Series("平均进度", numbers("1000", "2000", "3000", "4000", "5000")),
                    new Chart.Series("目标", numbers("5000", "5000", "5000", "5000", "5000"))));

    private static final Chart.Bars RANKING = new Chart.Bars(
            "Team ranking by sales, 2026-11-01 to 2026-11-30",
            "ranking.png",
            "sales",
            "sales",
            List.of("alice", "王磊", "bob"),
            numbers("12500", "7000", "0"));

    private static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void aLineChartIsAPngOfTheAgreedSize() throws IOException {
        byte[] png = renderer.png(PROGRESS);

        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        BufferedImage image = decode(png);
        assertThat(image.getWidth()).isEqualTo(ChartRenderer.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ChartRenderer.HEIGHT);
    }

    @Test
    void aBarChartIsAPngOfTheAgreedSize() throws IOException {
        BufferedImage image = decode(renderer.png(RANKING));

        assertThat(image.getWidth()).isEqualTo(ChartRenderer.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ChartRenderer.HEIGHT);
    }

    @Test
    void theLineSeriesAreTheChartsDataPointByPoint() {
        XYChart chart = XChartRenderer.lines(PROGRESS);

        assertThat(chart.getSeriesMap()).containsOnlyKeys("已完成", "平均进度", "目标");
        assertThat(chart.getSeriesMap().get("已完成").getYData()).containsExactly(0, 1000, 2000);
        assertThat(chart.getSeriesMap().get("已完成").getXData()).containsExactly(1, 2, 3);
        assertThat(chart.getSeriesMap().get("平均进度").getYData()).containsExactly(1000, 2000, 3000, 4000, 5000);
        assertThat(chart.getStyler().getxAxisTickLabelsFormattingFunction().apply(2.0))
                .isEqualTo("11-2");
        assertThat(chart.getStyler().getxAxisTickLabelsFormattingFunction().apply(2.5))
                .isEmpty();
    }

    @Test
    void theBarsAreOnePerPersonInRankOrder() {
        CategoryChart chart = XChartRenderer.bars(RANKING);

        assertThat(chart.getSeriesMap()).containsOnlyKeys("sales");
        assertThat(List.<Object>copyOf(chart.getSeriesMap().get("sales").getXData()))
                .containsExactly("alice", "王磊", "bob");
        assertThat(List.<Object>copyOf(chart.getSeriesMap().get("sales").getYData()))
                .containsExactly(12500.0, 7000.0, 0.0);
    }

    @Test
    void chineseAndLatinLabelsHaveRealGlyphsInTheBundledFont() {
        XYChart chart = XChartRenderer.lines(PROGRESS);
        Font title = chart.getStyler().getChartTitleFont();
        String text = PROGRESS.title() + PROGRESS.xTitle() + "已完成平均进度目标 alice bob $12,500 — ¥";

        assertThat(title.getFamily()).isEqualTo("WenQuanYi Micro Hei");
        assertThat(title.canDisplayUpTo(text))
                .as("first character without a glyph")
                .isEqualTo(-1);
        GlyphVector glyphs = title.createGlyphVector(new FontRenderContext(null, true, true), "王磊销售");
        for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
            assertThat(glyphs.getGlyphCode(i)).isNotEqualTo(title.getMissingGlyphCode());
        }
        assertThat(chart.getStyler().getAxisTickLabelsFont().getFamily()).isEqualTo("WenQuanYi Micro Hei");
        assertThat(chart.getStyler().getLegendFont().getFamily()).isEqualTo("WenQuanYi Micro Hei");
    }

    @Test
    void chineseTitlePixelsDifferFromTheMissingGlyphBoxes() throws IOException {
        // The same chart titled with characters the font lacks (private use area) draws boxes; a
        // Chinese title must not look like that.
        Chart.Bars boxes = new Chart.Bars("\uE000\uE001\uE002\uE003", "x.png", "y", "s", List.of("a"), numbers("1"));
        Chart.Bars chinese = new Chart.Bars("王磊销售", "x.png", "y", "s", List.of("a"), numbers("1"));

        BufferedImage withBoxes = decode(renderer.png(boxes));
        BufferedImage withChinese = decode(renderer.png(chinese));

        assertThat(titleBand(withChinese)).isNotEqualTo(titleBand(withBoxes));
    }

    private static int[] titleBand(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), 40, null, 0, image.getWidth());
    }

    @Test
    void anEmptyRankingStillDraws() throws IOException {
        Chart.Bars empty = new Chart.Bars("nobody", "x.png", "y", "s", List.of(), List.of());

        assertThat(decode(renderer.png(empty)).getWidth()).isEqualTo(ChartRenderer.WIDTH);
    }
}
