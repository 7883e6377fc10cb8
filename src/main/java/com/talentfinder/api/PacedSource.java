package com.talentfinder.api;

import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import java.util.Objects;

/** Takes a permit from the shared {@link RateLimiter} before every call it passes on. */
public final class PacedSource implements FreelancerSource {

    private final FreelancerSource inner;
    private final RateLimiter limiter;

    public PacedSource(FreelancerSource inner, RateLimiter limiter) {
        this.inner = Objects.requireNonNull(inner);
        this.limiter = Objects.requireNonNull(limiter);
    }

    @Override
    public SearchPage search(SearchRequest request) throws ApiException, InterruptedException {
        limiter.acquire();
        return inner.search(request);
    }
}
