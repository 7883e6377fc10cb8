package com.talentfinder.ui.settings;

import com.talentfinder.api.ApiEndpoint;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The rules for the API URL typed in Settings. No JavaFX. */
public final class ApiUrls {

    private ApiUrls() {
    }

    /** An https URL with a host, or http only on this machine (a local test or demo server). */
    public static boolean isAllowed(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            if (host == null || uri.getRawUserInfo() != null || uri.getRawQuery() != null
                    || uri.getRawFragment() != null) {
                return false;
            }
            host = host.toLowerCase(Locale.ROOT);
            return scheme.equals("https")
                    || scheme.equals("http") && (host.equals("127.0.0.1") || host.equals("localhost"));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The URL as saved: trimmed, without trailing slashes, and null for the default. */
    public static String toStored(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.strip();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u.equals(ApiEndpoint.DEFAULT_BASE_URL) ? null : u;
    }
}
