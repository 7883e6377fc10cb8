/**
 * Market insights over many searches, as pure functions without JavaFX, I/O or clocks: rate statistics,
 * rates by location, a market-rate report per keyword, an explainable ranking score and skill-supply series.
 *
 * <p><b>Caveats every screen, export and command must carry</b> (in the UI's own words, from its bundle):
 * rates are the <em>asking</em> rates of the freelancers Upwork ranks first for the query (badged talent ranks
 * higher, so the sample leans to the top), not rates paid; they were fetched at a given time
 * ({@link com.talentfinder.insights.FetchedWindow}); {@code total_results} counts freelancers offering a skill,
 * not demand for it.
 *
 * <p>Rules kept here: currencies are never mixed or converted (one group per currency); values are pooled,
 * never medians averaged; freelancers without a rate are left out and counted; below five values there are
 * no percentiles ({@link com.talentfinder.insights.Confidence#TOO_FEW}); an unknown ranking factor is not zero.
 *
 * <p>Percentiles are Excel's PERCENTILE.INC, written out in {@code RateStatistics.percentileInc} (a few lines
 * on {@link java.math.BigDecimal}, exact for decimal rates) rather than taken from commons-math3, whose
 * default estimator is a different one and which works on doubles only.
 *
 * <p>Entry points: {@link com.talentfinder.insights.RateStatistics#of},
 * {@link com.talentfinder.insights.RatesByLocation#of}, {@link com.talentfinder.insights.KeywordMarket#of} /
 * {@link com.talentfinder.insights.MarketReport}, {@link com.talentfinder.insights.RankingScore#rank},
 * {@link com.talentfinder.insights.Weights#parse}, {@link com.talentfinder.insights.SkillSupply#series},
 * and the JSON shapes in {@link com.talentfinder.insights.InsightsJson}.
 */
package com.talentfinder.insights;
