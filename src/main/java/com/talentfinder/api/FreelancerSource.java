package com.talentfinder.api;

import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;

/**
 * Anything that answers a page of a freelancer search: the HTTP client, and later the decorators that
 * cache and pace it. Implementations are thread-safe; a call may block and is cancelled by interrupting
 * the calling thread.
 */
public interface FreelancerSource {

    /**
     * @throws ApiException         every failure the user can meet, with a plain message
     * @throws InterruptedException when the calling thread was interrupted (the user cancelled)
     */
    SearchPage search(SearchRequest request) throws ApiException, InterruptedException;
}
