package com.talentfinder.ui.common;

import com.talentfinder.domain.Freelancer;
import java.math.BigDecimal;
import java.util.List;

/** Sample freelancers for UI tests and the dev preview. */
public final class Freelancers {

    private Freelancers() {
    }

    /** A full profile: Lviv, UTC+02:00, $45/hr, JSS 98, $12,345.67 earned, Top Rated Plus, verified. */
    public static Freelancer olena() {
        return new Freelancer("~01abcdef123456", "Olena Kovalenko", "Senior React & TypeScript Developer",
                "I build fast, accessible web apps.\n\nEight years with React, five with TypeScript; "
                        + "I have shipped design systems, dashboards and e-commerce front ends for teams in "
                        + "Europe and North America.",
                "https://www.upwork.com/freelancers/~01abcdef123456",
                "https://www.upwork.com/profile-portraits/olena.png",
                new BigDecimal("45.00"), "USD", "Ukraine", null, "Lviv", "UTC+02:00 Kyiv",
                List.of("React", "TypeScript", "Redux", "Node.js", "GraphQL", "Jest", "CSS", "Accessibility"),
                98, false, new BigDecimal("12345.67"), false, 5320.17, 57,
                true, true, false, true);
    }

    /** Hidden JSS and earnings, no badge, not verified, EUR, Eastern Time. */
    public static Freelancer hidden() {
        return new Freelancer("~02hidden000000", "Marc Dubois", "Data engineer", "Pipelines.",
                "https://www.upwork.com/freelancers/~02hidden000000", null,
                new BigDecimal("80"), "EUR", "Canada", "QC", "Montreal",
                "UTC-05:00 Eastern Time (US & Canada)", List.of("Python", "Spark"),
                null, true, null, true, 120.0, 3, false, false, false, false);
    }

    /** A profile URL that must never be opened, copied or fetched. */
    public static Freelancer withUnsafeUrls(String profileUrl, String portraitUrl) {
        return new Freelancer("~03unsafe000000", "Eve Mallory", "Tester", null, profileUrl, portraitUrl,
                null, null, null, null, null, null, List.of(), null, false, null, false, null, null,
                false, false, false, false);
    }

    /** {@link #olena()} with another timezone text. */
    public static Freelancer inTimezone(String timezone) {
        Freelancer f = olena();
        return new Freelancer(f.id(), f.name(), f.title(), f.description(), f.profileUrl(), f.portraitUrl(),
                f.hourlyRate(), f.currency(), f.country(), f.state(), f.city(), timezone, f.skills(),
                f.jobSuccessScore(), f.jssHidden(), f.totalEarnings(), f.earningsHidden(), f.totalHours(),
                f.totalCompletedJobs(), f.topRated(), f.topRatedPlus(), f.vetted(), f.idVerified());
    }
}
