package com.talentfinder.api;

import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import java.net.http.HttpClient;

/** STUB: the real client replaces this file. Calls parse.bot's search_freelancers over java.net.http. */
public final class ParseBotClient implements FreelancerSource {

    private final ApiEndpoint endpoint;

    public ParseBotClient(ApiEndpoint endpoint) {
        this(endpoint, HttpClient.newBuilder().connectTimeout(endpoint.connectTimeout()).build());
    }

    public ParseBotClient(ApiEndpoint endpoint, HttpClient http) {
        this.endpoint = endpoint;
    }

    public ApiEndpoint endpoint() {
        return endpoint;
    }

    @Override
    public SearchPage search(SearchRequest request) throws ApiException, InterruptedException {
        throw new ApiException(ApiException.Kind.NETWORK, "Not implemented yet.");
    }
}
