/**
 * The Insights screen (issue 14): rates by location, a market-rate report, skill supply over time and a ranking
 * you can explain. Self-contained: {@link com.talentfinder.ui.insights.InsightsFeature} takes an
 * {@link com.talentfinder.ui.insights.InsightsPort} (all data and credits go through it), the TaskRunner, a
 * time zone and a {@link com.talentfinder.ui.insights.FileAsker}; {@code root()} gives the screen's node.
 *
 * <p>The box plot is drawn from JavaFX shapes ({@link com.talentfinder.ui.insights.BoxPlot}) rather than
 * JFreeChart-FX: JavaFX has no box plot, JFreeChart paints with its own colours on a canvas (no theme tokens,
 * no CSS) and would add two LGPL jars for one chart; a horizontal box per group is a page of code. The supply
 * chart is JavaFX's own LineChart.
 */
package com.talentfinder.ui.insights;
