package com.talentfinder.app.insights;

import com.talentfinder.insights.FetchedWindow;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The caveat every insight output carries (command line and exports), in plain words. The window takes its
 * own words from its bundle.
 */
public final class Caveat {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    private Caveat() {
    }

    /** For rates and market reports. */
    public static String rates(FetchedWindow fetched, boolean demo, ZoneId zone) {
        return "These are the asking rates of the freelancers Upwork ranks first for the query (badged talent "
                + "ranks higher), not rates paid. " + fetchedText(fetched, zone) + demoText(demo);
    }

    /** For a ranking. */
    public static String ranking(FetchedWindow fetched, boolean demo, ZoneId zone) {
        return "Ranked from the profile data Upwork shows for the freelancers it ranks first for the query "
                + "(badged talent ranks higher); rates are asking rates, not rates paid. A hidden or missing value "
                + "is unknown, not zero: its weight goes to the other factors. " + fetchedText(fetched, zone)
                + demoText(demo);
    }

    /** For skill supply counts. */
    public static String supply(boolean demo) {
        return "Counts are freelancers offering the skill (Upwork's total_results for the keyword), not demand; "
                + "a change in how counts were collected is marked." + demoText(demo);
    }

    /** "Fetched 2026-12-02 09:00 UTC." or a range; "Nothing was fetched." when null. */
    public static String fetchedText(FetchedWindow fetched, ZoneId zone) {
        if (fetched == null) {
            return "Nothing was fetched.";
        }
        String from = WHEN.format(fetched.earliest().atZone(zone));
        String to = WHEN.format(fetched.latest().atZone(zone));
        return from.equals(to) ? "Fetched " + from + "." : "Fetched " + from + " to " + to + ".";
    }

    private static String demoText(boolean demo) {
        return demo ? " Demo data: made-up profiles, not Upwork figures." : "";
    }
}
