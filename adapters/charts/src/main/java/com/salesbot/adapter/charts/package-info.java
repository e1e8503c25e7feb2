/** Draws the core's charts as PNG images with XChart, headless, in a bundled font that has Chinese glyphs. */
package com.salesbot.adapter.charts;
