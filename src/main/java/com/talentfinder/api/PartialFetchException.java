package com.talentfinder.api;

import java.util.Objects;

/**
 * A multi-page fetch failed after some pages had been fetched: {@link #partial()} holds what was gathered
 * (never empty of pages) and {@link #failure()} says why the next page failed. The message is the failure's
 * plain sentence.
 */
public final class PartialFetchException extends Exception {

    private final transient MultiPageResult partial;

    public PartialFetchException(MultiPageResult partial, ApiException failure) {
        super(failure.getMessage(), failure);
        this.partial = Objects.requireNonNull(partial, "partial");
    }

    /** The pages fetched before the failure, de-duplicated as usual. */
    public MultiPageResult partial() {
        return partial;
    }

    /** Why the next page failed. */
    public ApiException failure() {
        return (ApiException) getCause();
    }
}
