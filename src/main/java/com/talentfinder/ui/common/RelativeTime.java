package com.talentfinder.ui.common;

import com.talentfinder.ui.Messages;
import java.time.Duration;
import java.time.Instant;

/**
 * "just now", "2 minutes ago", "yesterday": how long ago something happened, in words from the bundle. A time
 * slightly in the future (another computer's clock runs ahead) reads "just now".
 */
public final class RelativeTime {

    private RelativeTime() {
    }

    public static String since(Instant then, Instant now) {
        long s = Math.max(0, Duration.between(then, now).getSeconds());
        if (s < 45) {
            return Messages.get("time.ago.justNow");
        }
        if (s < 90) {
            return Messages.get("time.ago.minute");
        }
        long minutes = Math.round(s / 60.0);
        if (minutes < 60) {
            return Messages.format("time.ago.minutes", minutes);
        }
        if (minutes < 90) {
            return Messages.get("time.ago.hour");
        }
        long hours = Math.round(minutes / 60.0);
        if (hours < 24) {
            return Messages.format("time.ago.hours", hours);
        }
        long days = hours / 24;
        return days < 2 ? Messages.get("time.ago.yesterday") : Messages.format("time.ago.days", days);
    }
}
