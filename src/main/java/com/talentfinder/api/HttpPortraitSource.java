package com.talentfinder.api;

import com.talentfinder.cleaning.UrlSafety;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Fetches portrait images over HTTPS, but only from URLs {@link UrlSafety#isFetchablePortrait} allows.
 * Redirects are followed by hand (at most {@value #MAX_REDIRECTS}) and only to URLs that pass the same check;
 * the whole exchange has a deadline; bodies over 2 MB, non-image content types and bodies that do not start
 * like a PNG, JPEG, GIF or WebP file are refused. Every failure is an empty result, logged without the URL.
 */
public final class HttpPortraitSource implements PortraitSource {

    /** The largest portrait accepted, in bytes. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_REDIRECTS = 3;

    private static final System.Logger LOG = System.getLogger(HttpPortraitSource.class.getName());
    private static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg", "image/jpg", "image/webp",
            "image/gif");
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    private final Predicate<String> allowed;
    private final Supplier<HttpClient> clientFactory;
    private volatile HttpClient http;
    private final Duration deadline;
    private final int maxBytes;

    /**
     * A source for real Upwork portraits. The HTTP client (and with it the TLS set-up, a few hundred
     * milliseconds) is built on the first fetch, not here: demo mode never needs it.
     */
    public HttpPortraitSource() {
        this(UrlSafety::isFetchablePortrait, () -> HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build(), DEADLINE, MAX_BYTES);
    }

    /** For tests: another URL check (e.g. a loopback server), client, deadline and size cap. */
    HttpPortraitSource(Predicate<String> allowed, HttpClient http, Duration deadline, int maxBytes) {
        this(allowed, () -> http, deadline, maxBytes);
    }

    private HttpPortraitSource(Predicate<String> allowed, Supplier<HttpClient> clientFactory, Duration deadline,
                               int maxBytes) {
        this.allowed = allowed;
        this.clientFactory = clientFactory;
        this.deadline = deadline;
        this.maxBytes = maxBytes;
    }

    private HttpClient client() {
        HttpClient c = http;
        if (c == null) {
            synchronized (this) {
                c = http;
                if (c == null) {
                    c = clientFactory.get();
                    http = c;
                }
            }
        }
        return c;
    }

    @Override
    public Optional<byte[]> load(String portraitUrl) throws InterruptedException {
        if (!allowed.test(portraitUrl)) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(portraitUrl.strip());
            for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
                HttpResponse<byte[]> response = fetch(uri);
                int status = response.statusCode();
                if (status >= 300 && status < 400) {
                    Optional<String> location = response.headers().firstValue("Location");
                    if (location.isEmpty()) {
                        return refused("a redirect without a location");
                    }
                    URI next = uri.resolve(location.get().strip());
                    if (!allowed.test(next.toString())) {
                        return refused("a redirect to a host that is not allowed");
                    }
                    uri = next;
                    continue;
                }
                if (status != 200) {
                    return refused("HTTP " + status);
                }
                byte[] body = response.body();
                if (body == null) {
                    return refused("not an image, or larger than the cap");
                }
                if (!looksLikeImage(body)) {
                    return refused("a body that is not an image");
                }
                if (!PortraitBytes.withinDecodeLimit(body)) {
                    return refused("an image over 4096 x 4096, or one whose size cannot be read");
                }
                return Optional.of(body);
            }
            return refused("too many redirects");
        } catch (IllegalArgumentException | IOException | ExecutionException | CancellationException e) {
            return refused(e.getClass().getSimpleName());
        } catch (TimeoutException e) {
            return refused("a timeout");
        }
    }

    private HttpResponse<byte[]> fetch(URI uri)
            throws InterruptedException, ExecutionException, TimeoutException, IOException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(deadline)
                .header("Accept", "image/png,image/jpeg,image/webp,image/gif")
                .GET()
                .build();
        CompletableFuture<HttpResponse<byte[]>> future = client().sendAsync(request, this::bodyHandler);
        try {
            return future.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException | TimeoutException e) {
            future.cancel(true);
            throw e;
        }
    }

    /** Reads the body only for a 200 with an image type and an acceptable length; otherwise drops it unread. */
    private HttpResponse.BodySubscriber<byte[]> bodyHandler(HttpResponse.ResponseInfo info) {
        if (info.statusCode() != 200 || !isImageType(info.headers().firstValue("Content-Type").orElse(""))) {
            return CappedBodySubscriber.rejecting();
        }
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > maxBytes) {
            return CappedBodySubscriber.rejecting();
        }
        return new CappedBodySubscriber(maxBytes);
    }

    static boolean isImageType(String contentType) {
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .strip().toLowerCase(Locale.ROOT);
        return IMAGE_TYPES.contains(type);
    }

    /** True when the bytes start with a PNG, JPEG, GIF or WebP signature. */
    static boolean looksLikeImage(byte[] b) {
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return true;
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return true;
        }
        if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return true;
        }
        return b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P';
    }

    private static Optional<byte[]> refused(String reason) {
        LOG.log(System.Logger.Level.DEBUG, () -> "Portrait not loaded: " + reason);
        return Optional.empty();
    }
}
