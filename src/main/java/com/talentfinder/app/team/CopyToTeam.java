package com.talentfinder.app.team;

import com.talentfinder.domain.Shortlist;
import com.talentfinder.store.ShortlistCopy;
import com.talentfinder.store.ShortlistRepository;
import java.util.List;
import java.util.function.Consumer;

/**
 * "Copy my shortlists to the team database" (issue 16): every live list of the personal file, with every
 * entry, note, status, rating, tag and saved portrait, into the team database, merged by list name and
 * freelancer id: nothing is duplicated and running it again adds nothing. Where the team already has a
 * freelancer on a list, the team's work wins and only what it lacks is filled in ({@link ShortlistCopy}).
 * One transaction for every list: a failure or a cancel leaves the team database as it was. Blocks on both
 * stores: run it off the UI thread, with a {@link Progress} to show how far it is and to cancel it.
 */
public final class CopyToTeam {

    /** What a copy did, over every list, and per list. */
    public record Summary(int lists, int listsCreated, int added, int alreadyThere, int filledIn, int keptRemoved,
                          int notes, int ratings, int statuses, int tags, List<ShortlistCopy.Result> perList) {

        /** The command line's sentence. */
        public String describe() {
            if (lists == 0) {
                return "You have no shortlists to copy.";
            }
            return "Copied " + lists + (lists == 1 ? " shortlist" : " shortlists") + " to the team database ("
                    + listsCreated + " new there): " + added + (added == 1 ? " entry" : " entries") + " added, "
                    + alreadyThere + " already there, " + filledIn + " filled in" + (keptRemoved > 0
                    ? ", " + keptRemoved + " the team had removed left removed" : "") + "; with them " + notes
                    + " notes, " + statuses + " statuses, " + ratings + " ratings and " + tags + " tags.";
        }
    }

    /** How far a copy is, and whether to stop. Called on the copying thread. */
    public interface Progress {

        /**
         * @param listsDone   lists copied so far (the list being copied is {@code listsDone + 1})
         * @param lists       lists in all
         * @param entriesDone entries read so far, over every list
         * @param entries     entries in all (the lists' counts when the copy started)
         */
        void update(int listsDone, int lists, long entriesDone, long entries);

        /** True to stop: the copy then throws {@link ShortlistCopy.Cancelled}, nothing copied. */
        boolean cancelled();

        Progress NONE = new Progress() {
            @Override
            public void update(int listsDone, int lists, long entriesDone, long entries) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }

    private final ShortlistRepository personal;
    private final ShortlistRepository team;

    public CopyToTeam(ShortlistRepository personal, ShortlistRepository team) {
        this.personal = personal;
        this.team = team;
    }

    public Summary run() {
        return run(r -> { });
    }

    /** Copies every list; {@code done} hears each list's result as it is done (before the one commit). */
    public Summary run(Consumer<ShortlistCopy.Result> done) {
        return run(Progress.NONE, done);
    }

    /**
     * Copies every list, telling {@code progress} how far it is; throws {@link ShortlistCopy.Cancelled} (the team
     * database unchanged) when {@code progress} says to stop.
     */
    public Summary run(Progress progress, Consumer<ShortlistCopy.Result> done) {
        List<Shortlist> lists = personal.list();
        long entries = lists.stream().mapToLong(Shortlist::entryCount).sum();
        long[] read = {0};
        int[] listsDone = {0};
        progress.update(0, lists.size(), 0, entries);
        ShortlistCopy.Watch watch = new ShortlistCopy.Watch() {
            @Override
            public void entries(int more) {
                read[0] += more;
                progress.update(listsDone[0], lists.size(), read[0], entries);
            }

            @Override
            public boolean cancelled() {
                return progress.cancelled();
            }
        };
        List<ShortlistCopy.Result> results = ShortlistCopy.copyAll(personal, lists, team, watch, r -> {
            listsDone[0]++;
            progress.update(listsDone[0], lists.size(), read[0], entries);
            done.accept(r);
        });
        int[] n = new int[9];
        for (ShortlistCopy.Result r : results) {
            n[0] += r.listCreated() ? 1 : 0;
            n[1] += r.added();
            n[2] += r.alreadyThere();
            n[3] += r.filledIn();
            n[4] += r.keptRemoved();
            n[5] += r.notes();
            n[6] += r.ratings();
            n[7] += r.statuses();
            n[8] += r.tags();
        }
        return new Summary(results.size(), n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], List.copyOf(results));
    }
}
