package com.talentfinder.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text from the API is untrusted: only https URLs on Upwork's own hosts are ever kept, opened or fetched.
 *
 * <p>A URL passes only when all of these hold: it parses as an absolute, hierarchical URI of at most
 * {@value #MAX_URL_LENGTH} characters; its scheme is {@code https}; it has no user-info part (so
 * {@code https://upwork.com@evil.com} fails); its port is absent or 443; and its host is exactly one of the
 * allowed names (so {@code https://upwork.com.evil.com} fails). Everything else ({@code javascript:},
 * {@code file:}, {@code data:}, {@code http:}, IP addresses, look-alike or non-ASCII hosts) is refused.
 */
public final class UrlSafety {

    /** Longer URLs are refused outright: no real profile or portrait URL comes close. */
    public static final int MAX_URL_LENGTH = 2048;

    private static final Pattern CIPHERTEXT = Pattern.compile("~[A-Za-z0-9]{6,64}");

    private UrlSafety() {
    }

    /** The profile URL when it is https on upwork.com or www.upwork.com; else rebuilt from the ciphertext. */
    public static String safeProfileUrl(String sent, String ciphertext) {
        if (isHttpsOn(sent, true)) {
            return URI.create(sent.strip()).normalize().toString();
        }
        return profileUrlFor(ciphertext);
    }

    /** The canonical profile URL for a ciphertext; a search URL when the id does not look like one. */
    public static String profileUrlFor(String ciphertext) {
        if (ciphertext != null && CIPHERTEXT.matcher(ciphertext).matches()) {
            return "https://www.upwork.com/freelancers/" + ciphertext;
        }
        return "https://www.upwork.com/nx/search/talent/";
    }

    /** The portrait URL when it is https on an Upwork host (upwork.com or any subdomain); else null. */
    public static String safePortraitUrl(String sent) {
        return isHttpsOn(sent, false) ? URI.create(sent.strip()).normalize().toString() : null;
    }

    /** True for a URL that may be opened in the browser: https on upwork.com or www.upwork.com. */
    public static boolean isOpenable(String url) {
        return isHttpsOn(url, true);
    }

    /** True for a URL that may be fetched as an image: https on an Upwork host. */
    public static boolean isFetchablePortrait(String url) {
        return isHttpsOn(url, false);
    }

    private static boolean isHttpsOn(String url, boolean profileHostsOnly) {
        if (url == null || url.isBlank() || url.length() > MAX_URL_LENGTH) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return false;
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.isOpaque() || uri.getRawUserInfo() != null) {
            return false;
        }
        if (uri.getPort() != -1 && uri.getPort() != 443) {
            return false;
        }
        // getHost() is null for anything that is not a plain ASCII host name (registry-based authorities).
        String host = uri.getHost();
        if (host == null) {
            return false;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.equals("upwork.com") || host.equals("www.upwork.com")) {
            return true;
        }
        if (profileHostsOnly) {
            return false;
        }
        return host.endsWith(".upwork.com") || host.endsWith(".upworkcdn.com");
    }
}
