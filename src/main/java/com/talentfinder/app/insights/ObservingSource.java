package com.talentfinder.app.insights;

import com.talentfinder.api.ApiException;
import com.talentfinder.api.FreelancerSource;
import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.insights.SkillSupply;
import com.talentfinder.store.ObservationRepository;
import java.time.Clock;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records "freelancers offering X" from every search the app makes anyway, at no extra cost: it sits just in
 * front of the HTTP client (inside the cache, so a cached page records nothing), and appends one observation
 * per first page the real service answers. Only first pages: every page of one search reports the same total,
 * so deeper pages would only repeat it. The demo source is never wrapped: demo counts must not pollute real
 * trends. A failure to record is logged and never fails the search.
 */
public final class ObservingSource implements FreelancerSource {

    /** How counts are collected now: a page of {@code search_freelancers}. Change it when that changes. */
    public static final String METHOD = "search_freelancers";

    private static final Logger LOG = Logger.getLogger(ObservingSource.class.getName());

    private final FreelancerSource inner;
    private final ObservationRepository observations;
    private final Clock clock;

    public ObservingSource(FreelancerSource inner, ObservationRepository observations, Clock clock) {
        this.inner = Objects.requireNonNull(inner);
        this.observations = Objects.requireNonNull(observations);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public SearchPage search(SearchRequest request) throws ApiException, InterruptedException {
        SearchPage page = inner.search(request);
        if (request.page() == 1 && !page.fromCache()) {
            try {
                observations.append(new ObservationRepository.Row(clock.instant(), request.query(),
                        SkillSupply.keyword(request.query()), page.totalResults(), METHOD));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not record a supply observation", e);
            }
        }
        return page;
    }
}
