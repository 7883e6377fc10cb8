package com.talentfinder.ui.common;

import com.talentfinder.domain.ListMembership;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The port through which the search window learns which shortlists a freelancer is on, without knowing the
 * shortlists feature: the composition root plugs in the shortlists' side ({@code ShortlistFeature.memberships()}).
 */
public interface ListMemberships {

    /** Reads the live lists each of {@code freelancerIds} is on; absent = on none. Blocks: call it off the UI thread. */
    Map<String, List<ListMembership>> of(Collection<String> freelancerIds);

    /** Runs {@code changed} on the UI thread whenever lists or their entries may have changed. */
    void onChange(Runnable changed);

    /** No lists at all (tests, and windows without the shortlists feature). */
    ListMemberships NONE = new ListMemberships() {
        @Override
        public Map<String, List<ListMembership>> of(Collection<String> freelancerIds) {
            return Map.of();
        }

        @Override
        public void onChange(Runnable changed) {
        }
    };
}
