package com.talentfinder.cleaning;

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

    private static final String WWW_PREFIX = "https://www.upwork.com/";
    private static final String BARE_PREFIX = "https://upwork.com/";
    /** Letters, digits and {@code - _ ~ .}: the characters of a plain path segment. */
    private static final boolean[] PATH_CHAR = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            PATH_CHAR[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '~' || c == '.';
        }
    }

    private static final Pattern CIPHERTEXT = Pattern.compile("~[A-Za-z0-9]{6,64}");

    private UrlSafety() {
    }

    /** The profile URL when it is https on upwork.com or www.upwork.com; else rebuilt from the ciphertext. */
    public static String safeProfileUrl(String sent, String ciphertext) {
        if (isPlainUpworkUrl(sent)) {
            return sent;
        }
        URI uri = httpsOn(sent, true);
        return uri != null ? uri.normalize().toString() : profileUrlFor(ciphertext);
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
        if (isPlainUpworkUrl(sent)) {
            return sent;
        }
        URI uri = httpsOn(sent, false);
        return uri != null ? uri.normalize().toString() : null;
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
        return isPlainUpworkUrl(url) || httpsOn(url, profileHostsOnly) != null;
    }

    /**
     * A fast, strict subset of the full check, for the URLs the service and our own store actually hold:
     * {@code https://www.upwork.com/} or {@code https://upwork.com/} followed by a path of letters, digits and
     * {@code - _ ~ . /} only, with no empty, {@code .} or {@code ..} segment. Such a string parses as a URI with
     * exactly that host, no user-info, port, query or fragment, and is already normalised, so it is accepted as
     * it is. Anything else goes through the full parse.
     */
    static boolean isPlainUpworkUrl(String url) {
        if (url == null || url.length() > MAX_URL_LENGTH) {
            return false;
        }
        int start;
        if (url.startsWith(WWW_PREFIX)) {
            start = WWW_PREFIX.length();
        } else if (url.startsWith(BARE_PREFIX)) {
            start = BARE_PREFIX.length();
        } else {
            return false;
        }
        int end = url.length();
        int segmentStart = start;
        for (int i = start; i < end; i++) {
            char c = url.charAt(i);
            if (c == '/') {
                if (i == segmentStart || isDots(url, segmentStart, i - segmentStart)) {
                    return false; // an empty, "." or ".." segment
                }
                segmentStart = i + 1;
            } else if (c >= 128 || !PATH_CHAR[c]) {
                return false;
            }
        }
        // The last segment: empty only for the bare root ("https://www.upwork.com/").
        int len = end - segmentStart;
        return !((len == 0 && end != start) || isDots(url, segmentStart, len));
    }

    private static boolean isDots(String s, int from, int len) {
        return (len == 1 && s.charAt(from) == '.') || (len == 2 && s.charAt(from) == '.' && s.charAt(from + 1) == '.');
    }

    /** The URL parsed once, when it passes; null when it does not. */
    private static URI httpsOn(String url, boolean profileHostsOnly) {
        if (url == null || url.isBlank() || url.length() > MAX_URL_LENGTH) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return null;
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.isOpaque() || uri.getRawUserInfo() != null) {
            return null;
        }
        if (uri.getPort() != -1 && uri.getPort() != 443) {
            return null;
        }
        // getHost() is null for anything that is not a plain ASCII host name (registry-based authorities).
        String host = uri.getHost();
        if (host == null) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.equals("upwork.com") || host.equals("www.upwork.com")) {
            return uri;
        }
        if (profileHostsOnly) {
            return null;
        }
        return host.endsWith(".upwork.com") || host.endsWith(".upworkcdn.com") ? uri : null;
    }
}
