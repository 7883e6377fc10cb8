package com.talentfinder.app.credits;

import java.util.List;
import java.util.stream.Collectors;

/**
 * This month's credits at a glance, for the status bar and {@code credits}.
 *
 * @param month     {@code YYYY-MM} in the user's time zone
 * @param used      calls made this month (the team's, when {@code scope} is {@link Scope#TEAM})
 * @param limit     credits a month on the plan
 * @param remaining credits left (never negative)
 * @param fraction  used / limit, capped at 1 (for a progress bar)
 * @param warning   true from 80 % of the limit on
 * @param scope     whose calls {@code used} counts
 * @param members   with a team key: who spent what this month, most first ("you" marked); else empty
 */
public record CreditStatus(String month, int used, int limit, int remaining, double fraction, boolean warning,
                           Scope scope, List<MemberCredits> members) {

    /** From 80 % of the month's credits on, the meter warns. */
    public static final int WARNING_PERCENT = 80;

    /** Whose calls are counted. */
    public enum Scope {
        /** This computer's calls (no team key). */
        PERSONAL,
        /** Every member's calls with the team's key, from the team database. */
        TEAM,
        /** The key is the team's but the team database could not be read: this computer's calls only. */
        TEAM_UNAVAILABLE
    }

    /** One member's calls with the team's key this month; {@code you} marks this computer's member. */
    public record MemberCredits(String member, int calls, boolean you) {
    }

    public CreditStatus {
        members = List.copyOf(members);
    }

    public static CreditStatus of(String month, int used, int limit) {
        return of(month, used, limit, Scope.PERSONAL, List.of());
    }

    /** The team's month: {@code members} most first; {@code used} is their sum. */
    public static CreditStatus team(String month, List<MemberCredits> members, int limit) {
        return of(month, members.stream().mapToInt(MemberCredits::calls).sum(), limit, Scope.TEAM, members);
    }

    /** This computer's count standing in for the team's, which could not be read. */
    public static CreditStatus teamUnavailable(String month, int used, int limit) {
        return of(month, used, limit, Scope.TEAM_UNAVAILABLE, List.of());
    }

    private static CreditStatus of(String month, int used, int limit, Scope scope, List<MemberCredits> members) {
        int remaining = Math.max(0, limit - used);
        double fraction = limit <= 0 ? 1.0 : Math.min(1.0, (double) used / limit);
        boolean warning = (long) used * 100 >= (long) limit * WARNING_PERCENT;
        return new CreditStatus(month, used, limit, remaining, fraction, warning, scope, members);
    }

    /** "Credits this month: N of M" (or "Team credits this month: …"), as the command line shows it. */
    public String text() {
        return (scope == Scope.TEAM ? "Team credits this month: " : "Credits this month: ") + used + " of " + limit;
    }

    /** "Dana 12 · Sam 5 · you 3" (English, for the command line); empty without a team breakdown. */
    public String breakdown() {
        return members.stream().map(m -> (m.you() ? "you" : m.member()) + " " + m.calls())
                .collect(Collectors.joining(" · "));
    }

    public boolean exhausted() {
        return used >= limit;
    }
}
