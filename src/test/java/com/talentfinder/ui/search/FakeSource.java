package com.talentfinder.ui.search;

import com.talentfinder.api.ApiException;
import com.talentfinder.api.FreelancerSource;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A source that answers from generated freelancers, counts its calls, and fails when told to. */
final class FakeSource implements FreelancerSource {

    final List<SearchRequest> calls = new CopyOnWriteArrayList<>();
    private final Deque<ApiException> failures = new ArrayDeque<>();
    private final Map<String, Integer> totals = new HashMap<>();
    private int defaultTotal = 60;

    FakeSource total(String query, int n) {
        totals.put(query, n);
        return this;
    }

    FakeSource defaultTotal(int n) {
        defaultTotal = n;
        return this;
    }

    synchronized FakeSource failNext(ApiException e) {
        failures.add(e);
        return this;
    }

    int callCount() {
        return calls.size();
    }

    @Override
    public SearchPage search(SearchRequest r) throws ApiException {
        calls.add(r);
        synchronized (this) {
            if (!failures.isEmpty()) {
                throw failures.poll();
            }
        }
        int total = totals.getOrDefault(r.normalisedQuery(), defaultTotal);
        int from = (r.page() - 1) * r.perPage();
        List<Freelancer> list = new ArrayList<>();
        for (int i = from; i < Math.min(total, from + r.perPage()); i++) {
            TestFreelancers b = TestFreelancers.freelancer("~" + r.normalisedQuery().replace(' ', '-') + "-" + i)
                    .name("Person " + i + " " + r.query())
                    .rate(String.valueOf(20 + (i % 10) * 10), "USD")
                    .country(i % 2 == 0 ? "Germany" : "Kenya")
                    .jss(80 + (i % 20));
            if (i % 3 == 0) {
                b.topRated();
            }
            list.add(b.build());
        }
        int pages = (total + r.perPage() - 1) / r.perPage();
        return new SearchPage(r, total, pages, list, Instant.EPOCH, false);
    }
}
