package com.talentfinder.app.batch;

import java.time.Duration;

/**
 * What a batch will cost, said to the user before it runs.
 *
 * @param pages             pages asked for
 * @param cachedPages       pages the cache answers (no call)
 * @param callsNeeded       calls (credits) the batch will make at most
 * @param creditsLeft       credits left this month before the batch
 * @param exceedsRemaining  true when the batch needs more calls than credits are left: ask first
 * @param estimatedDuration how long the calls take at the current pace (waiting for permits only)
 */
public record BatchEstimate(int pages, int cachedPages, int callsNeeded, int creditsLeft, boolean exceedsRemaining,
                            Duration estimatedDuration) {

    /** "8 pages: 3 from the cache, 5 calls (42 credits left), about 1 min." */
    public String summary() {
        long seconds = estimatedDuration.toSeconds();
        String time = seconds < 5 ? "a few seconds" : seconds < 90 ? "about " + seconds + " s"
                : "about " + Math.round(seconds / 60.0) + " min";
        return pages + (pages == 1 ? " page: " : " pages: ") + cachedPages + " from the cache, " + callsNeeded
                + (callsNeeded == 1 ? " call" : " calls") + " (" + creditsLeft + " credits left), " + time + ".";
    }
}
