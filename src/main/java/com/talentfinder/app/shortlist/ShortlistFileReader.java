package com.talentfinder.app.shortlist;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.talentfinder.cleaning.FreelancerJson;
import com.talentfinder.cleaning.UntrustedText;
import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.ShortlistEntry;
import com.talentfinder.export.ExportFormat;
import com.talentfinder.export.ImportException;
import com.talentfinder.export.ImportException.Problem;
import com.talentfinder.store.ShortlistEntries;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a shortlist export (the preview half of {@link ShortlistImporter}): checks it is ours, caps its size and
 * entry count, and cleans every entry; writes nothing.
 */
final class ShortlistFileReader {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final String NOT_OURS = "This file is not a Talent Finder shortlist export. "
            + "Choose a JSON file exported from Talent Finder.";

    private final Clock clock;
    private final long maxBytes;

    ShortlistFileReader(Clock clock, long maxBytes) {
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** Reads a stream (to at most the size cap). The caller closes {@code in}. */
    Parsed read(InputStream in) throws IOException {
        try (JsonParser p = MAPPER.getFactory().createParser(new CappedInputStream(in, maxBytes))) {
            return parse(p);
        } catch (JsonProcessingException e) {
            throw new ImportException(Problem.NOT_JSON, "The file is damaged or cut short: it is not complete JSON. "
                    + "Export the list again, then import the new file.", e);
        }
    }

    static final class Parsed {
        String name;
        List<ShortlistEntry> entries = List.of();
        int skipped;
    }

    private Parsed parse(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new ImportException(Problem.NOT_OURS, NOT_OURS, null);
        }
        Parsed out = new Parsed();
        boolean formatSeen = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if ("format".equals(field)) {
                if (value != JsonToken.VALUE_STRING || !ExportFormat.SHORTLIST_JSON_MARKER.equals(p.getText())) {
                    throw new ImportException(Problem.NOT_OURS, NOT_OURS, null);
                }
                formatSeen = true;
            } else if (!formatSeen) {
                throw new ImportException(Problem.NOT_OURS, NOT_OURS, null);
            } else if ("version".equals(field)) {
                if (!value.isNumeric() || p.getIntValue() > ExportFormat.SHORTLIST_JSON_VERSION) {
                    throw new ImportException(Problem.NEWER_VERSION, "This shortlist was exported by a newer "
                            + "version of Talent Finder. Update Talent Finder, then import it again.", null);
                }
            } else if ("name".equals(field) && value == JsonToken.VALUE_STRING) {
                out.name = p.getText();
            } else if ("entries".equals(field) && value == JsonToken.START_ARRAY) {
                readEntries(p, out);
            } else {
                p.skipChildren();
            }
        }
        if (!formatSeen) {
            throw new ImportException(Problem.NOT_OURS, NOT_OURS, null);
        }
        if (out.name == null || out.name.isBlank()) {
            throw new ImportException(Problem.NO_NAME, "The file does not say which list it holds. Export the list "
                    + "again, then import the new file.", null);
        }
        return out;
    }

    private void readEntries(JsonParser p, Parsed out) throws IOException {
        Map<String, ShortlistEntry> byId = new LinkedHashMap<>();
        int seen = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new ImportException(Problem.CUT_SHORT,
                        "The file is cut short. Export the list again, then import it.", null);
            }
            if (++seen > ShortlistImporter.MAX_ENTRIES) {
                throw new ImportException(Problem.TOO_MANY_ENTRIES, "The file holds more than "
                        + ShortlistImporter.MAX_ENTRIES + " entries. Split the list, then import the parts.", null,
                        ShortlistImporter.MAX_ENTRIES);
            }
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                out.skipped++;
                continue;
            }
            JsonNode node = p.readValueAsTree();
            ShortlistEntry e = entry(node);
            if (e == null || byId.putIfAbsent(e.freelancerId(), e) != null) {
                out.skipped++;
            }
        }
        out.entries = new ArrayList<>(byId.values());
    }

    /** One entry, or null when it cannot be used. */
    private ShortlistEntry entry(JsonNode o) {
        try {
            JsonNode id = o.get("id");
            if (id == null || !id.isTextual() || id.asText().length() > 200
                    || id.asText().chars().anyMatch(Character::isISOControl)) {
                return null;
            }
            Freelancer f = FreelancerJson.fromJson(o);
            EntryStatus status = EntryStatus.parse(text(o, "status"));
            int rating = o.path("rating").asInt(0);
            List<String> tags = new ArrayList<>();
            o.path("tags").forEach(tag -> {
                String clean = tag.isTextual() ? UntrustedText.singleLine(tag.asText(), 100) : null;
                if (clean != null) {
                    tags.add(clean);
                }
            });
            // Notes are outside text too: cleaned like every other field (control and bidi characters removed).
            String notes = UntrustedText.multiLine(text(o, "notes"), ShortlistEntries.MAX_NOTES_LENGTH);
            return new ShortlistEntry(0, f, savedAt(text(o, "saved_at")), status,
                    rating < 0 || rating > ShortlistEntry.MAX_RATING ? 0 : rating, notes, tags, null);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    private Instant savedAt(String text) {
        try {
            return text == null ? clock.instant() : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return clock.instant();
        }
    }

    private static String text(JsonNode o, String key) {
        JsonNode n = o.get(key);
        return n == null || !n.isTextual() ? null : n.asText();
    }

    static ImportException tooLarge(long max) {
        long mb = Math.max(1, max / (1024 * 1024));
        return new ImportException(Problem.TOO_LARGE, "The file is larger than " + mb + " MB, too large for a "
                + "shortlist export. Choose a Talent Finder export file.", null, mb);
    }

    /** Fails once more than {@code max} bytes have been read. */
    private static final class CappedInputStream extends FilterInputStream {
        private final long max;
        private long left;

        CappedInputStream(InputStream in, long max) {
            super(in);
            this.max = max;
            this.left = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --left < 0) {
                throw tooLarge(max);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0 && (left -= n) < 0) {
                throw tooLarge(max);
            }
            return n;
        }
    }
}
