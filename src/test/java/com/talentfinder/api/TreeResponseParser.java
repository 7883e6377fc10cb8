package com.talentfinder.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.talentfinder.cleaning.FreelancerCleaning;
import com.talentfinder.cleaning.JsonValues;
import com.talentfinder.cleaning.UntrustedText;
import com.talentfinder.cleaning.UrlSafety;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The tree-based {@code ResponseParser} as it was before the streaming one (readTree, then {@code JsonValues} on
 * the nodes), kept verbatim in the tests as the reference: {@code StreamingParseTest} checks that the streaming
 * parser gives the same page, or the same failure, for the same bytes.
 */
final class TreeResponseParser {

    static final int MAX_NAME = 200;
    static final int MAX_TITLE = 500;
    static final int MAX_DESCRIPTION = 20_000;
    static final int MAX_SHORT_TEXT = 120;
    static final int MAX_SKILLS = 200;

    private static final System.Logger LOG = System.getLogger(TreeResponseParser.class.getName());

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    private final Clock clock;
    private final ErrorMapper errors;

    TreeResponseParser() {
        this(Clock.systemUTC());
    }

    /** @param clock gives {@link SearchPage#fetchedAt()} */
    TreeResponseParser(Clock clock) {
        this(clock, new ErrorMapper(null, clock));
    }

    TreeResponseParser(Clock clock, ErrorMapper errors) {
        this.clock = clock;
        this.errors = errors;
    }

    /**
     * @param request the request this body answers (its page and per_page are used for estimates)
     * @param body    the raw bytes of a 2xx answer
     * @throws ApiException BAD_RESPONSE for non-JSON, truncated or unexpected bodies; the kind the body names
     *                      when its {@code status} is not {@code success}
     */
    public SearchPage parse(SearchRequest request, byte[] body) throws ApiException {
        return parse(request, body, 200);
    }

    SearchPage parse(SearchRequest request, byte[] body, int httpStatus) throws ApiException {
        JsonNode root = readTree(body, httpStatus);
        String status = JsonValues.text(root, "status");
        if (status == null || !"success".equalsIgnoreCase(status.strip())) {
            throw errors.fromUnsuccessfulBody(httpStatus, root);
        }
        JsonNode data = root.get("data");
        if (data != null && data.isArray()) {
            int size = data.size();
            return page(request, freelancers(data), estimatedResults(request, size), estimatedPages(request, size));
        }
        if (data == null || !data.isObject()) {
            throw ErrorMapper.unreadable(httpStatus);
        }
        JsonNode array = data.get("freelancers");
        if (array != null && !array.isNull() && !array.isArray()) {
            throw ErrorMapper.unreadable(httpStatus);
        }
        int size = array == null || array.isNull() ? 0 : array.size();
        List<Freelancer> list = size == 0 ? List.of() : freelancers(array);
        Long totalResults = JsonValues.wholeNumber(data, "total_results");
        Integer totalPages = JsonValues.integer(data, "total_pages");
        long results = totalResults != null ? totalResults : estimatedResults(request, size);
        int pages;
        if (totalPages != null) {
            pages = totalPages;
        } else if (totalResults != null) {
            pages = (int) Math.min(Integer.MAX_VALUE, (totalResults + request.perPage() - 1) / request.perPage());
        } else {
            pages = estimatedPages(request, size);
        }
        return page(request, list, results, pages);
    }

    private SearchPage page(SearchRequest request, List<Freelancer> list, long results, int pages) {
        return new SearchPage(request, results, pages, list, clock.instant(), false);
    }

    private JsonNode readTree(byte[] body, int httpStatus) throws ApiException {
        if (body == null || body.length == 0) {
            throw ErrorMapper.unreadable(httpStatus);
        }
        try {
            JsonNode root = mapper.readTree(body);
            if (root == null || !root.isObject()) {
                throw ErrorMapper.unreadable(httpStatus);
            }
            return root;
        } catch (JsonProcessingException e) {
            // Jackson's own message quotes the body, which a server could fill with anything: log the place only.
            LOG.log(System.Logger.Level.DEBUG, "Unreadable JSON ({0}) at line {1}, column {2}",
                    e.getClass().getSimpleName(), e.getLocation() == null ? -1 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? -1 : e.getLocation().getColumnNr());
            throw ErrorMapper.unreadable(httpStatus);
        } catch (IOException e) {
            throw ErrorMapper.unreadable(httpStatus);
        }
    }

    private static long estimatedResults(SearchRequest request, int size) {
        return (long) (request.page() - 1) * request.perPage() + size;
    }

    private static int estimatedPages(SearchRequest request, int size) {
        if (size == 0) {
            return request.page() - 1;
        }
        return size >= request.perPage() ? request.page() + 1 : request.page();
    }

    private List<Freelancer> freelancers(JsonNode array) {
        List<Freelancer> out = new ArrayList<>(array.size());
        int skipped = 0;
        for (JsonNode n : array) {
            Freelancer f = freelancer(n);
            if (f == null) {
                skipped++;
            } else {
                out.add(f);
            }
        }
        if (skipped > 0) {
            LOG.log(System.Logger.Level.WARNING, "Skipped {0} of {1} freelancer records without a ciphertext",
                    skipped, array.size());
        }
        return out;
    }

    /** One record, normalised by {@link FreelancerCleaning}; null when it has no ciphertext (or is not an object). */
    Freelancer freelancer(JsonNode n) {
        if (n == null || !n.isObject()) {
            return null;
        }
        String id = UntrustedText.singleLine(JsonValues.text(n, "ciphertext"), MAX_SHORT_TEXT);
        if (id == null) {
            return null;
        }
        boolean jssHidden = JsonValues.bool(n, "hide_jss");
        boolean earningsHidden = JsonValues.bool(n, "hide_earnings");
        BigDecimal hours = JsonValues.decimal(n, "total_hours");
        return FreelancerCleaning.clean(new Freelancer(
                id,
                JsonValues.text(n, "name"),
                JsonValues.text(n, "title"),
                JsonValues.text(n, "description"),
                UrlSafety.safeProfileUrl(JsonValues.string(n, "profile_url"), id),
                JsonValues.string(n, "portrait_url"),
                JsonValues.decimal(n, "hourly_rate"),
                JsonValues.text(n, "currency"),
                JsonValues.text(n, "country"),
                JsonValues.text(n, "state"),
                JsonValues.text(n, "city"),
                JsonValues.text(n, "timezone"),
                skills(n.get("skills")),
                jssHidden ? null : jssPercentage(JsonValues.decimal(n, "job_success_score")),
                jssHidden,
                JsonValues.decimal(n, "total_earnings"),
                earningsHidden,
                hours == null ? null : hours.doubleValue(),
                JsonValues.integer(n, "total_completed_jobs"),
                "top_rated".equals(JsonValues.string(n, "top_rated")),
                "top_rated_plus".equals(JsonValues.string(n, "top_rated_plus")),
                JsonValues.bool(n, "vetted"),
                JsonValues.bool(n, "id_verified")));
    }

    /**
     * The Job Success Score as a whole percentage: a value up to 1 is on the 0–1 scale (×100), a larger one is
     * already a percentage; clamped to 0–100. Null stays null (no score yet).
     */
    static Integer jssPercentage(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal percent = value.compareTo(BigDecimal.ONE) <= 0 ? value.movePointRight(2) : value;
        if (percent.signum() < 0) {
            return 0;
        }
        if (percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            return 100;
        }
        return percent.setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    /** The strings of a JSON array (at most a few more than kept); {@link FreelancerCleaning} cleans them. */
    private static List<String> skills(JsonNode array) {
        if (array == null || !array.isArray()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (JsonNode s : array) {
            if (out.size() >= MAX_SKILLS * 2) {
                break;
            }
            if (s.isTextual()) {
                out.add(s.textValue());
            }
        }
        return out;
    }
}
