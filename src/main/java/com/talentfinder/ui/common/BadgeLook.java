package com.talentfinder.ui.common;

import com.talentfinder.domain.Badge;
import com.talentfinder.ui.Messages;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** The one icon and the one label for each badge, in the table, the detail pane and compare. */
public final class BadgeLook {

    private BadgeLook() {
    }

    /** The badge's icon. */
    public static Ikon icon(Badge badge) {
        return switch (badge) {
            case EXPERT_VETTED -> MaterialDesignC.CHECK_DECAGRAM;
            case TOP_RATED_PLUS -> MaterialDesignS.STAR_CIRCLE;
            case TOP_RATED -> MaterialDesignS.STAR;
        };
    }

    /** Upwork's label for the badge, from the bundle ({@code badge.<code>}). */
    public static String label(Badge badge) {
        return switch (badge) {
            case EXPERT_VETTED -> Messages.get("badge.expert_vetted");
            case TOP_RATED_PLUS -> Messages.get("badge.top_rated_plus");
            case TOP_RATED -> Messages.get("badge.top_rated");
        };
    }
}
