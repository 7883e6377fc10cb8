package com.talentfinder.ui.saved;

import com.talentfinder.app.batch.BatchEstimate;
import com.talentfinder.app.saved.SavedSearchSummary;
import com.talentfinder.ui.Messages;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** How the saved-searches screen words its figures: "3 new since Monday", last-run times, a run's cost. */
final class SavedText {

    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE", Messages.LOCALE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Messages.LOCALE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Messages.LOCALE);

    private SavedText() {
    }

    /** "3 new since Monday", "25 new (first run)", or "Not run yet". */
    static String newSince(SavedSearchSummary s, Clock clock) {
        if (s.lastRun() == null) {
            return Messages.get("saved.new.never");
        }
        if (s.firstRun()) {
            return Messages.format("saved.new.first", s.lastRun().newCount());
        }
        return Messages.format("saved.new.since", s.lastRun().newCount(), day(s.previousRunAt(), clock));
    }

    /** "today 09:12", "Monday", "Nov 23". */
    static String when(Instant at, Clock clock) {
        if (at == null) {
            return Messages.get("saved.lastRun.never");
        }
        LocalDate date = at.atZone(clock.getZone()).toLocalDate();
        LocalDate today = LocalDate.now(clock);
        if (date.equals(today)) {
            return Messages.format("saved.when.today", TIME.format(at.atZone(clock.getZone())));
        }
        return day(at, clock);
    }

    /** A weekday within the last week, else a date. */
    static String day(Instant at, Clock clock) {
        LocalDate date = at.atZone(clock.getZone()).toLocalDate();
        long days = ChronoUnit.DAYS.between(date, LocalDate.now(clock));
        if (days == 0) {
            return Messages.get("saved.when.todayWord");
        }
        return days > 0 && days < 7 ? WEEKDAY.format(date) : DAY.format(date);
    }

    /** The cost before a run: "Run: at most 3 calls (97 credits left)", or the demo's "no credits". */
    static String cost(BatchEstimate e, boolean demo, boolean stopWhenNothingNew) {
        String base = demo ? Messages.format("saved.cost.demo", e.callsNeeded())
                : Messages.format("saved.cost.credits", e.callsNeeded(), e.creditsLeft());
        return stopWhenNothingNew ? base + " " + Messages.get("saved.cost.stops") : base;
    }
}
