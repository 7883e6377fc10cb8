package com.talentfinder.domain;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a freelancer's zone from Upwork's timezone text. Pure; shared by the detail pane and the overlap filter. */
public final class ZoneText {

    /** "UTC", "UTC+02:00 Israel", "GMT-5 Eastern", "UTC+5:30": the offset is what counts, the rest is a label. */
    private static final Pattern UTC_OFFSET =
            Pattern.compile("^\\s*(?:UTC|GMT)\\s*(?:([+\\-\u2212])\\s*(\\d{1,2})(?::?(\\d{2}))?)?(?=\\s|$|\\()",
                    Pattern.CASE_INSENSITIVE);

    private ZoneText() {
    }

    /**
     * The zone of {@code timezone}: a UTC offset at the start ("UTC+02:00 Israel", "UTC-05:00 Eastern Time (US
     * &amp; Canada)", "UTC"), or a region id ("Europe/Kyiv"); empty when it cannot be read.
     */
    public static Optional<ZoneId> zoneOf(String timezone) {
        if (timezone == null || timezone.isBlank()) {
            return Optional.empty();
        }
        Matcher m = UTC_OFFSET.matcher(timezone);
        try {
            if (m.find()) {
                if (m.group(1) == null) {
                    return Optional.of(ZoneOffset.UTC);
                }
                int sign = m.group(1).equals("+") ? 1 : -1;
                int hours = Integer.parseInt(m.group(2));
                int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
                return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
            }
            String id = timezone.strip();
            return id.contains("/") ? Optional.of(ZoneId.of(id)) : Optional.empty();
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
