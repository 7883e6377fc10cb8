package com.talentfinder.app.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.talentfinder.app.sync.EntrySync.Pending;
import com.talentfinder.store.EntryChange;
import com.talentfinder.store.EntryField;
import com.talentfinder.store.EntryStamp;
import com.talentfinder.store.VersionedEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The edits waiting for the team database (issue 16): the latest per entry and field, each with the version and
 * the values it started from, so that on its return it goes through the same versioned save as any edit (a
 * conflict is shown, never overwritten). Kept in the data folder ({@value #FILE}, written atomically on every
 * change) so they survive a restart; a damaged or tampered edit in that file is skipped with a log line. Edits
 * made for another team database (the file names each one's target) are left in the file, untouched.
 */
public final class PendingEdits {

    public static final String FILE = "pending-team-edits.json";

    private static final System.Logger LOG = System.getLogger(PendingEdits.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Key(long shortlistId, String freelancerId, boolean memberRating) {
        static Key of(Pending e) {
            return new Key(e.shortlistId(), e.freelancerId(), e.memberRating());
        }
    }

    private final Path file;
    private final String target;
    private final Map<Key, Pending> edits = new LinkedHashMap<>();
    /** Edits in the file for another team database: written back as they were. */
    private final List<JsonNode> elsewhere = new ArrayList<>();

    private PendingEdits(Path file, String target) {
        this.file = file;
        this.target = target;
    }

    /** Kept in memory only (tests, and a personal file that is never away). */
    public static PendingEdits inMemory() {
        return new PendingEdits(null, "");
    }

    /** Kept in {@code folder}'s {@value #FILE}; the edits already there for {@code target} are read now. */
    public static PendingEdits inFolder(Path folder, String target) {
        PendingEdits p = new PendingEdits(folder.resolve(FILE), Objects.requireNonNullElse(target, ""));
        p.read();
        return p;
    }

    /** An edit of {@code change} made on {@code base}, as it waits: the values it started from, its version. */
    static Pending edit(long shortlistId, VersionedEntry base, EntryChange change, String member,
                        boolean memberRating) {
        EntryChange from = null;
        for (EntryField f : change.fields()) {
            EntryChange one = EntryChange.of(f, f.valueIn(base.entry()));
            from = from == null ? one : from.and(one);
        }
        return new Pending(shortlistId, base.freelancerId(), base.stamp().version(), from, change, member,
                memberRating, System.currentTimeMillis());
    }

    /** The base of the versioned save of {@code edit}: the stored entry with the values the edit started from. */
    static VersionedEntry baseOn(Pending edit, VersionedEntry stored) {
        return new VersionedEntry(edit.base().applyTo(stored.entry()),
                new EntryStamp(edit.version(), null, null, Set.of()));
    }

    /** Adds an edit; one already waiting for the same entry keeps its base and gains the new fields. */
    public synchronized int keep(Pending edit) {
        Pending earlier = edits.get(Key.of(edit));
        edits.put(Key.of(edit), earlier == null ? edit : new Pending(edit.shortlistId(), edit.freelancerId(),
                earlier.version(), edit.base().and(earlier.base()), earlier.change().and(edit.change()),
                edit.member(), edit.memberRating(), earlier.createdAt()));
        save();
        return edits.size();
    }

    /** The edits waiting, oldest first. */
    public synchronized List<Pending> all() {
        return List.copyOf(edits.values());
    }

    /** {@code edit} has been sent (saved, a conflict, gone or refused): forgotten unless a newer one replaced it. */
    public synchronized void done(Pending edit) {
        if (edits.remove(Key.of(edit), edit)) {
            save();
        }
    }

    public synchronized int size() {
        return edits.size();
    }

    private void read() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Edits not yet saved to the team database could not be read from "
                    + file.getFileName() + " (" + e.getClass().getSimpleName() + "); the file is set aside");
            setAside();
            return;
        }
        JsonNode list = root == null ? null : root.get("edits");
        if (list == null || !list.isArray()) {
            LOG.log(System.Logger.Level.WARNING, "Skipped " + file.getFileName() + ": it holds no list of edits");
            setAside();
            return;
        }
        int skipped = 0;
        for (JsonNode node : list) {
            if (node.isObject() && node.path("target").isTextual() && !target.equals(node.get("target").asText())) {
                elsewhere.add(node);
                continue;
            }
            try {
                Pending e = PendingEditJson.read(node);
                edits.merge(Key.of(e), e, (a, b) -> b);
            } catch (IllegalArgumentException | ClassCastException e) {
                skipped++;
                LOG.log(System.Logger.Level.WARNING, "Skipped a damaged edit not yet saved to the team database: "
                        + e.getMessage());
            }
        }
        if (skipped > 0) {
            save();
        }
    }

    private void setAside() {
        try {
            Files.move(file, file.resolveSibling(FILE + ".damaged"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not set aside " + file.getFileName() + ": " + e.getMessage());
        }
    }

    /** Writes the file whole (a temporary file moved over it), or removes it when nothing waits. */
    private void save() {
        if (file == null) {
            return;
        }
        try {
            if (edits.isEmpty() && elsewhere.isEmpty()) {
                Files.deleteIfExists(file);
                return;
            }
            ArrayNode list = JSON.createArrayNode();
            elsewhere.forEach(list::add);
            edits.values().forEach(e -> list.add(PendingEditJson.write(e, target)));
            byte[] bytes = JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(JSON.createObjectNode().put("format", 1).set("edits", list))
                    .getBytes(StandardCharsets.UTF_8);
            Path tmp = file.resolveSibling(FILE + ".tmp");
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // still kept in memory: sent when the server is back, only a restart before that would lose it
            LOG.log(System.Logger.Level.WARNING, "Could not write the edits not yet saved to the team database to "
                    + file.getFileName() + ": " + e.getMessage());
        }
    }
}
