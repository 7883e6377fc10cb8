package com.talentfinder.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.talentfinder.cleaning.JsonTokenValues;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code search_freelancers} answer into a {@link SearchPage}, following the API contract: both success
 * shapes ({@code data} as an object holding {@code freelancers} and totals, or {@code data} as a bare array),
 * unknown fields ignored, nulls and missing keys tolerated, numbers sent as strings accepted.
 *
 * <p>When {@code data} is a bare array the service sends no totals, so they are estimated from the array:
 * {@code totalResults = (page - 1) * perPage + size}, and {@code totalPages = page}, or {@code page + 1} when the
 * page is full (there may be more); an empty page gives {@code page - 1} pages.
 *
 * <p>A freelancer record without a {@code ciphertext} is skipped and logged; it does not fail the page.
 *
 * <p>The body is read in one streaming pass straight into records (no tree: building it cost more than the rest
 * of the parse): this class reads the envelope, {@link FreelancerRecordReader} each record (each value read as
 * {@code JsonValues} reads it on a tree, the records cleaned by {@code FreelancerCleaning}). Only an answer whose {@code status} is not
 * {@code success} is read a second time, as a tree, for {@link ErrorMapper}. Thread-safe.
 */
public final class ResponseParser {

    static final int MAX_NAME = 200;
    static final int MAX_TITLE = 500;
    static final int MAX_DESCRIPTION = 20_000;
    static final int MAX_SHORT_TEXT = 120;
    static final int MAX_SKILLS = 200;

    private static final System.Logger LOG = System.getLogger(ResponseParser.class.getName());

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    private final Clock clock;
    private final ErrorMapper errors;

    public ResponseParser() {
        this(Clock.systemUTC());
    }

    /** @param clock gives {@link SearchPage#fetchedAt()} */
    public ResponseParser(Clock clock) {
        this(clock, new ErrorMapper(null, clock));
    }

    ResponseParser(Clock clock, ErrorMapper errors) {
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
        Envelope envelope = read(body, httpStatus);
        String status = envelope.status;
        if (status == null || !"success".equalsIgnoreCase(status.strip())) {
            // Rare: read the body again as a tree for the error mapper, which looks at several parts of it.
            throw errors.fromUnsuccessfulBody(httpStatus, readTree(body, httpStatus));
        }
        Data data = envelope.data;
        if (data == null || data.shape == Shape.OTHER || data.freelancersNotAnArray) {
            throw ErrorMapper.unreadable(httpStatus);
        }
        int size = data.size;
        if (data.shape == Shape.ARRAY) {
            return page(request, data.list, estimatedResults(request, size), estimatedPages(request, size));
        }
        Long totalResults = data.totalResults;
        Integer totalPages = data.totalPages;
        long results = totalResults != null ? totalResults : estimatedResults(request, size);
        int pages;
        if (totalPages != null) {
            pages = totalPages;
        } else if (totalResults != null) {
            pages = (int) Math.min(Integer.MAX_VALUE, (totalResults + request.perPage() - 1) / request.perPage());
        } else {
            pages = estimatedPages(request, size);
        }
        return page(request, data.list, results, pages);
    }

    private SearchPage page(SearchRequest request, List<Freelancer> list, long results, int pages) {
        return new SearchPage(request, results, pages, list, clock.instant(), false);
    }

    /** The envelope's {@code status} and {@code data}, read in one pass; fails only on JSON that is not whole. */
    private Envelope read(byte[] body, int httpStatus) throws ApiException {
        if (body == null || body.length == 0) {
            throw ErrorMapper.unreadable(httpStatus);
        }
        try (JsonParser p = mapper.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw ErrorMapper.unreadable(httpStatus);
            }
            Envelope envelope = new Envelope();
            String name;
            while ((name = p.nextFieldName()) != null) {
                JsonToken t = p.nextToken();
                switch (name) {
                    case "status" -> envelope.status = JsonTokenValues.text(p, t);
                    case "data" -> envelope.data = data(p, t);
                    default -> JsonTokenValues.skip(p, t);
                }
            }
            if (p.nextToken() != null) {
                throw ErrorMapper.unreadable(httpStatus);
            }
            return envelope;
        } catch (JsonProcessingException e) {
            throw unreadable(e, httpStatus);
        } catch (IOException e) {
            throw ErrorMapper.unreadable(httpStatus);
        }
    }

    private JsonNode readTree(byte[] body, int httpStatus) throws ApiException {
        try {
            JsonNode root = mapper.readTree(body);
            if (root == null || !root.isObject()) {
                throw ErrorMapper.unreadable(httpStatus);
            }
            return root;
        } catch (JsonProcessingException e) {
            throw unreadable(e, httpStatus);
        } catch (IOException e) {
            throw ErrorMapper.unreadable(httpStatus);
        }
    }

    private static ApiException unreadable(JsonProcessingException e, int httpStatus) {
        // Jackson's own message quotes the body, which a server could fill with anything: log the place only.
        LOG.log(System.Logger.Level.DEBUG, "Unreadable JSON ({0}) at line {1}, column {2}",
                e.getClass().getSimpleName(), e.getLocation() == null ? -1 : e.getLocation().getLineNr(),
                e.getLocation() == null ? -1 : e.getLocation().getColumnNr());
        return ErrorMapper.unreadable(httpStatus);
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

    private enum Shape { ARRAY, OBJECT, OTHER }

    private static final class Envelope {
        String status;
        Data data;
    }

    /** What {@code data} held; a shape problem is only reported once {@code status} says success. */
    private static final class Data {
        final Shape shape;
        List<Freelancer> list = List.of();
        /** Elements of the freelancer array, records skipped for having no ciphertext included. */
        int size;
        Long totalResults;
        Integer totalPages;
        boolean freelancersNotAnArray;

        Data(Shape shape) {
            this.shape = shape;
        }
    }

    private Data data(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.START_ARRAY) {
            Data data = new Data(Shape.ARRAY);
            freelancers(p, data);
            return data;
        }
        if (t != JsonToken.START_OBJECT) {
            JsonTokenValues.skip(p, t);
            return new Data(Shape.OTHER);
        }
        Data data = new Data(Shape.OBJECT);
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken v = p.nextToken();
            switch (name) {
                case "freelancers" -> {
                    data.list = List.of();
                    data.size = 0;
                    data.freelancersNotAnArray = false;
                    if (v == JsonToken.START_ARRAY) {
                        freelancers(p, data);
                    } else if (v != JsonToken.VALUE_NULL) {
                        data.freelancersNotAnArray = true;
                        JsonTokenValues.skip(p, v);
                    }
                }
                case "total_results" -> data.totalResults = JsonTokenValues.wholeNumber(p, v);
                case "total_pages" -> data.totalPages = JsonTokenValues.integer(p, v);
                default -> JsonTokenValues.skip(p, v);
            }
        }
        return data;
    }

    /** The records of an array whose START_ARRAY the parser is on, into {@code data}. */
    private void freelancers(JsonParser p, Data data) throws IOException {
        List<Freelancer> out = new ArrayList<>();
        FreelancerRecordReader records = new FreelancerRecordReader();
        int size = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new JsonEOFException(p, null, "end of input inside the freelancers");
            }
            size++;
            Freelancer f = records.read(p, t);
            if (f != null) {
                out.add(f);
            }
        }
        if (out.size() < size) {
            LOG.log(System.Logger.Level.WARNING, "Skipped {0} of {1} freelancer records without a ciphertext",
                    size - out.size(), size);
        }
        data.list = size == 0 ? List.of() : out;
        data.size = size;
    }
}
