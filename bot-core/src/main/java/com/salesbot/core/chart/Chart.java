package com.salesbot.core.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** What a chart shows, independent of how it is drawn; titles and labels are already in the reader's language. */
public sealed interface Chart {
    /** A PNG file name from a base name, e.g. {@code progress} → {@code progress.png}. */
    static String pngFile(String baseName) {
        return baseName + ".png";
    }

    /** The chart's heading. */
    String title();

    /** The file name an adapter should give the image, e.g. {@code progress.png}. */
    String fileName();

    /**
     * Lines over labelled points (days, weeks). A series may be shorter than the labels: it stops
     * there (what is achieved ends today; the pace runs to the end of the period).
     */
    record Lines(String title, String fileName, String xTitle, String yTitle, List<String> xLabels, List<Series> series)
            implements Chart {
        public Lines {
            Objects.requireNonNull(title, "title");
            xLabels = List.copyOf(xLabels);
            series = List.copyOf(series);
            for (Series s : series) {
                if (s.values().size() > xLabels.size()) {
                    throw new IllegalArgumentException("series " + s.name() + " is longer than the x axis");
                }
            }
        }
    }

    /** One bar per label, e.g. a leaderboard. */
    record Bars(
            String title,
            String fileName,
            String yTitle,
            String seriesName,
            List<String> labels,
            List<BigDecimal> values)
            implements Chart {
        public Bars {
            Objects.requireNonNull(title, "title");
            labels = List.copyOf(labels);
            values = List.copyOf(values);
            if (labels.size() != values.size()) {
                throw new IllegalArgumentException("one value per bar");
            }
        }
    }

    /** A named line of values. */
    record Series(String name, List<BigDecimal> values) {
        public Series {
            Objects.requireNonNull(name, "name");
            values = List.copyOf(values);
        }
    }
}
