package com.talentfinder.app.shortlist;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.talentfinder.cleaning.UntrustedText;
import com.talentfinder.domain.EntryStatus;
import com.talentfinder.cleaning.FreelancerJson;
import com.talentfinder.export.ImportException;
import com.talentfinder.export.ExportFormat;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.ShortlistEntry;
import com.talentfinder.store.ShortlistEntries;
import com.talentfinder.store.ShortlistRepository;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON export (see {@link JsonRowWriter}) back into a shortlist, so staff can share lists.
 *
 * <p>The file is untrusted: its size is capped, the format marker must come first, and an entry that cannot be
 * read (no id, not an object) is skipped and counted, as is a repeated id. The list of the file's name is
 * created when missing, otherwise the entries are merged into it by freelancer id, never duplicated (the window
 * first shows a {@link Preview} and asks, and may import as a new list instead; an import can be undone). A
 * freelancer the user removed from the list stays removed. The merge
 * rule: a freelancer new to the list arrives with the file's snapshot, status, rating, notes and tags; for one
 * already there, the local snapshot is kept, the file's status, rating and notes are taken only where the local
 * entry still has its default (New, no rating, no notes), and tags are united. Local work is never overwritten.
 */
public final class ShortlistImporter {

    /** The largest file read. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    /** The most entries read from one file. */
    public static final int MAX_ENTRIES = 200_000;

    /** What an import did; {@code undo} takes it back ({@link #undo}). */
    public record Summary(String listName, boolean listCreated, int added, int updated, int unchanged, int skipped,
                          int keptRemoved, ShortlistEntries.Undo undo) {
    }

    /**
     * What importing a file would do, read before anything is written (the window shows it and asks).
     *
     * @param listName the list's name in the file
     * @param entries  entries that can be imported
     * @param skipped  entries that could not be read, or repeated
     * @param merge    what merging into the list of that name would do
     */
    public record Preview(String listName, int entries, int skipped, ShortlistEntries.MergePreview merge,
                          List<ShortlistEntry> incoming) {
        /** A live list of the same name exists: the user chooses to merge or to import as a new list. */
        public boolean listExists() {
            return merge.listExists();
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final String NOT_OURS = "This file is not a Talent Finder shortlist export. "
            + "Choose a JSON file exported from Talent Finder.";

    private final ShortlistRepository repository;
    private final Clock clock;
    private final long maxBytes;

    public ShortlistImporter(ShortlistRepository repository, Clock clock) {
        this(repository, clock, MAX_BYTES);
    }

    /** With a smaller size cap (tests). */
    public ShortlistImporter(ShortlistRepository repository, Clock clock, long maxBytes) {
        this.repository = repository;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** Imports {@code file} at once, merging into the list of its name (the command line). */
    public Summary importFile(Path file) {
        return apply(preview(file), true);
    }

    /** Reads {@code file} and says what importing it would do; writes nothing. */
    public Preview preview(Path file) {
        try {
            if (Files.size(file) > maxBytes) {
                throw tooLarge(maxBytes);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return preview(in);
            }
        } catch (NoSuchFileException e) {
            throw new ImportException("The file " + file + " does not exist. Check the name and try again.", e);
        } catch (IOException e) {
            throw new ImportException("The file " + file + " could not be read. Check that it is a file you may "
                    + "open, then try again.", e);
        }
    }

    /** Imports from a stream (read to at most the size cap), merging. The caller closes {@code in}. */
    public Summary importFrom(InputStream in) throws IOException {
        return apply(preview(in), true);
    }

    /** Reads a stream and says what importing it would do; writes nothing. */
    public Preview preview(InputStream in) throws IOException {
        Parsed parsed;
        try (JsonParser p = MAPPER.getFactory().createParser(new CappedInputStream(in, maxBytes))) {
            parsed = parse(p);
        } catch (JsonProcessingException e) {
            throw new ImportException("The file is damaged or cut short: it is not complete JSON. "
                    + "Export the list again, then import the new file.", e);
        }
        String name = UntrustedText.singleLine(parsed.name, ShortlistRepository.MAX_NAME_LENGTH);
        if (name == null) {
            throw new ImportException("The file does not say which list it holds. Export the list again, "
                    + "then import the new file.", null);
        }
        return new Preview(name, parsed.entries.size(), parsed.skipped,
                repository.entryEditor().previewMerge(name, parsed.entries), parsed.entries);
    }

    /**
     * Writes a previewed import: into the list of the file's name when {@code mergeIntoExisting} (or when there
     * is none), else into a new list "Name (imported 2026-12-02)".
     */
    public Summary apply(Preview preview, boolean mergeIntoExisting) {
        String target = preview.listExists() && !mergeIntoExisting ? importedName(preview.listName())
                : preview.listName();
        ShortlistEntries.MergeResult r = repository.entryEditor().merge(target, preview.incoming());
        String listName = repository.find(r.shortlistId()).map(s -> s.name()).orElse(target);
        return new Summary(listName, r.listCreated(), r.added(), r.updated(), r.unchanged(), preview.skipped(),
                r.keptRemoved(), r.undo());
    }

    /** Takes an import back: the list it created is deleted, or what it added and changed is undone. */
    public void undo(Summary summary) {
        repository.entryEditor().undoMerge(summary.undo());
    }

    /** "Name (imported 2026-12-02)", or "… 2", "… 3" when that is taken too. */
    String importedName(String name) {
        String date = java.time.LocalDate.now(clock).toString();
        String suffix = " (imported " + date + ")";
        int room = ShortlistRepository.MAX_NAME_LENGTH - suffix.length() - 3;
        String base = name.length() > room ? name.substring(0, Math.max(1, room)).strip() : name;
        String candidate = base + suffix;
        for (int i = 2; repository.findByName(candidate).isPresent(); i++) {
            candidate = base + " (imported " + date + " " + i + ")";
        }
        return candidate;
    }

    private static final class Parsed {
        String name;
        List<ShortlistEntry> entries = List.of();
        int skipped;
    }

    private Parsed parse(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new ImportException(NOT_OURS, null);
        }
        Parsed out = new Parsed();
        boolean formatSeen = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if ("format".equals(field)) {
                if (value != JsonToken.VALUE_STRING || !ExportFormat.SHORTLIST_JSON_MARKER.equals(p.getText())) {
                    throw new ImportException(NOT_OURS, null);
                }
                formatSeen = true;
            } else if (!formatSeen) {
                throw new ImportException(NOT_OURS, null);
            } else if ("version".equals(field)) {
                if (!value.isNumeric() || p.getIntValue() > ExportFormat.SHORTLIST_JSON_VERSION) {
                    throw new ImportException("This shortlist was exported by a newer version of Talent Finder. "
                            + "Update Talent Finder, then import it again.", null);
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
            throw new ImportException(NOT_OURS, null);
        }
        if (out.name == null || out.name.isBlank()) {
            throw new ImportException("The file does not say which list it holds. Export the list again, "
                    + "then import the new file.", null);
        }
        return out;
    }

    private void readEntries(JsonParser p, Parsed out) throws IOException {
        Map<String, ShortlistEntry> byId = new LinkedHashMap<>();
        int seen = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new ImportException("The file is cut short. Export the list again, then import it.", null);
            }
            if (++seen > MAX_ENTRIES) {
                throw new ImportException("The file holds more than " + MAX_ENTRIES + " entries. "
                        + "Split the list, then import the parts.", null);
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

    private static ImportException tooLarge(long max) {
        return new ImportException("The file is larger than " + Math.max(1, max / (1024 * 1024)) + " MB, too large for a "
                + "shortlist export. Choose a Talent Finder export file.", null);
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
