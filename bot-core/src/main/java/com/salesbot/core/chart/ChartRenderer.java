package com.salesbot.core.chart;

/** Port: draws a chart as a PNG image (headless), in a fixed size every platform shows well. */
public interface ChartRenderer {
    int WIDTH = 800;
    int HEIGHT = 480;

    /** The chart as PNG bytes, {@link #WIDTH} × {@link #HEIGHT} pixels. */
    byte[] png(Chart chart);
}
