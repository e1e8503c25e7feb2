package com.salesbot.core.chart;

import java.util.regex.Pattern;

/** Whether a message asks for a chart: "show me a chart", "as a graph", "画个图", "图表". */
public final class ChartRequest {
    private static final Pattern ASKS = Pattern.compile(
            "(?i)\\b(?:chart|charts|graph|graphs|plot|visuali[sz]e)\\b|图表|画.{0,2}图|看.{0,2}图|趋势图|柱状图|折线图|曲线图");

    private ChartRequest() {}

    public static boolean asked(String text) {
        return text != null && ASKS.matcher(text).find();
    }
}
