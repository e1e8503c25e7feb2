package com.salesbot.adapter.charts;

import com.salesbot.core.chart.Chart;
import com.salesbot.core.chart.ChartRenderer;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** {@link ChartRenderer} on XChart: lines as an XY chart over numbered points, bars as a category chart. */
public final class XChartRenderer implements ChartRenderer {

    @Override
    public byte[] png(Chart chart) {
        try {
            return BitmapEncoder.getBitmapBytes(draw(chart), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode chart " + chart.title(), e);
        }
    }

    /** The XChart object for a chart, before encoding; tests read its series. */
    org.knowm.xchart.internal.chartpart.Chart<?, ?> draw(Chart chart) {
        if (chart instanceof Chart.Lines lines) {
            return lines(lines);
        }
        return bars((Chart.Bars) chart);
    }

    static XYChart lines(Chart.Lines lines) {
        XYChart chart = new XYChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title(lines.title())
                .xAxisTitle(lines.xTitle())
                .yAxisTitle(lines.yTitle())
                .build();
        style(chart.getStyler());
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        List<String> labels = lines.xLabels();
        // Points are numbered 1..n; the axis shows the label of the point a tick falls on.
        chart.getStyler().setxAxisTickLabelsFormattingFunction(x -> {
            long i = Math.round(x);
            return Math.abs(x - i) < 1e-9 && i >= 1 && i <= labels.size() ? labels.get((int) i - 1) : "";
        });
        chart.getStyler().setXAxisMin(1.0);
        chart.getStyler().setXAxisMax((double) Math.max(1, labels.size()));
        for (Chart.Series s : lines.series()) {
            if (s.values().isEmpty()) {
                continue;
            }
            List<Integer> x = new ArrayList<>();
            for (int i = 1; i <= s.values().size(); i++) {
                x.add(i);
            }
            XYSeries series = chart.addSeries(s.name(), x, doubles(s.values()));
            series.setMarker(SeriesMarkers.NONE);
        }
        if (chart.getSeriesMap().isEmpty()) {
            chart.addSeries(" ", List.of(1), List.of(0.0)).setMarker(SeriesMarkers.NONE);
        }
        return chart;
    }

    static CategoryChart bars(Chart.Bars bars) {
        CategoryChart chart = new CategoryChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title(bars.title())
                .yAxisTitle(bars.yTitle())
                .build();
        style(chart.getStyler());
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisMin(0.0);
        if (bars.labels().isEmpty()) {
            // XChart cannot paint a chart without a series; an empty ranking shows an empty axis.
            chart.addSeries(bars.seriesName(), List.of(" "), List.of(0.0));
        } else {
            chart.addSeries(bars.seriesName(), bars.labels(), doubles(bars.values()));
        }
        return chart;
    }

    private static void style(AxesChartStyler styler) {
        styler.setChartTitleFont(ChartFont.of(Font.BOLD, 18f));
        styler.setAxisTitleFont(ChartFont.of(Font.PLAIN, 14f));
        styler.setAxisTickLabelsFont(ChartFont.of(Font.PLAIN, 12f));
        styler.setLegendFont(ChartFont.of(Font.PLAIN, 12f));
        styler.setAnnotationTextFont(ChartFont.of(Font.PLAIN, 12f));
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setYAxisDecimalPattern("#,##0.##");
        styler.setAntiAlias(true);
    }

    private static List<Double> doubles(List<BigDecimal> values) {
        // Drawing only: the numbers in the text answer stay exact.
        return values.stream().map(BigDecimal::doubleValue).toList();
    }
}
