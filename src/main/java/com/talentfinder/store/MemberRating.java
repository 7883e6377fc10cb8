package com.talentfinder.store;

import java.time.Instant;

/** One team member's own rating of an entry (0 to 5). */
public record MemberRating(String member, int rating, Instant ratedAt) {
}
