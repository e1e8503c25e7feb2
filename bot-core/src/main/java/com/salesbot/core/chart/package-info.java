/** Charts as data (lines, bars) and the port that draws them as PNG images outside the core. */
package com.salesbot.core.chart;
