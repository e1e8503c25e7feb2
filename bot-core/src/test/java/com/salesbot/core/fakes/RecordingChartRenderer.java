package com.salesbot.core.fakes;

import com.salesbot.core.chart.Chart;
import com.salesbot.core.chart.ChartRenderer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** {@link ChartRenderer} that keeps the charts it was asked for and answers with a tiny stand-in image. */
public final class RecordingChartRenderer implements ChartRenderer {
    private final List<Chart> drawn = new ArrayList<>();

    @Override
    public synchronized byte[] png(Chart chart) {
        drawn.add(chart);
        return ("png:" + chart.fileName()).getBytes(StandardCharsets.UTF_8);
    }

    /** Every chart drawn, oldest first. */
    public synchronized List<Chart> drawn() {
        return List.copyOf(drawn);
    }
}
