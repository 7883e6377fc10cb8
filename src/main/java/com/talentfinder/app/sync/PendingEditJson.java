package com.talentfinder.app.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.talentfinder.cleaning.UntrustedText;
import com.talentfinder.domain.EntryStatus;
import com.talentfinder.store.EntryChange;
import com.talentfinder.store.EntryField;
import com.talentfinder.store.ShortlistEntries;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One {@link EntrySync.Pending} as a JSON object in {@value PendingEdits#FILE}. Reading it back treats the file
 * as untrusted: every value is checked and cleaned, and anything out of shape is refused with an
 * {@link IllegalArgumentException} (the caller skips that edit).
 */
final class PendingEditJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_ID = 200;

    private PendingEditJson() {
    }

    static ObjectNode write(EntrySync.Pending e, String target) {
        ObjectNode n = NODES.objectNode();
        n.put("target", target);
        n.put("list", e.shortlistId());
        n.put("freelancer", e.freelancerId());
        n.put("version", e.version());
        n.set("base", values(e.base()));
        n.set("change", values(e.change()));
        n.put("member", e.member());
        n.put("memberRating", e.memberRating());
        n.put("createdAt", e.createdAt());
        return n;
    }

    static EntrySync.Pending read(JsonNode n) {
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("not an object");
        }
        long list = whole(n, "list");
        long version = whole(n, "version");
        if (list <= 0 || version < 0) {
            throw new IllegalArgumentException("list or version out of range");
        }
        String id = n.path("freelancer").isTextual() ? n.get("freelancer").asText() : null;
        String cleanId = UntrustedText.singleLine(id, MAX_ID);
        if (cleanId == null || !cleanId.equals(id)) {
            throw new IllegalArgumentException("no usable freelancer id");
        }
        EntryChange change = change(n.get("change"));
        EntryChange base = change(n.get("base"));
        if (!base.fields().equals(change.fields())) {
            throw new IllegalArgumentException("the values started from do not match the change");
        }
        boolean memberRating = n.path("memberRating").asBoolean(false);
        if (memberRating && !change.fields().equals(java.util.Set.of(EntryField.RATING))) {
            throw new IllegalArgumentException("a member's rating that changes other fields");
        }
        String member = MemberName.clean(n.path("member").asText(""));
        return new EntrySync.Pending(list, id, version, base, change, member.isEmpty() ? "?" : member,
                memberRating, n.path("createdAt").asLong(0));
    }

    private static long whole(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new IllegalArgumentException(field + " is not a whole number");
        }
        return v.asLong();
    }

    private static ObjectNode values(EntryChange c) {
        ObjectNode o = NODES.objectNode();
        for (EntryField f : c.fields()) {
            Object v = c.value(f);
            switch (f) {
                case STATUS -> o.put(f.name(), ((EntryStatus) v).code());
                case RATING -> o.put(f.name(), (Integer) v);
                case NOTES -> o.put(f.name(), (String) v);
                case TAGS -> {
                    ArrayNode a = o.putArray(f.name());
                    ((List<?>) v).forEach(t -> a.add(String.valueOf(t)));
                }
                default -> throw new IllegalStateException("unknown field " + f);
            }
        }
        return o;
    }

    private static EntryChange change(JsonNode o) {
        if (o == null || !o.isObject() || o.isEmpty()) {
            throw new IllegalArgumentException("no change");
        }
        EntryChange out = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            EntryChange one = field(e.getKey(), e.getValue());
            out = out == null ? one : out.and(one);
        }
        return out;
    }

    private static EntryChange field(String name, JsonNode v) {
        EntryField f;
        try {
            f = EntryField.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown field");
        }
        return switch (f) {
            case STATUS -> {
                EntryStatus s = v.isTextual() ? EntryStatus.parse(v.asText()) : null;
                if (s == null) {
                    throw new IllegalArgumentException("unknown status");
                }
                yield EntryChange.status(s);
            }
            case RATING -> {
                if (!v.isInt() || v.asInt() < 0 || v.asInt() > 5) {
                    throw new IllegalArgumentException("rating out of range");
                }
                yield EntryChange.rating(v.asInt());
            }
            case NOTES -> {
                if (!v.isTextual()) {
                    throw new IllegalArgumentException("notes are not text");
                }
                String notes = UntrustedText.multiLine(v.asText(), ShortlistEntries.MAX_NOTES_LENGTH);
                yield EntryChange.notes(notes == null ? "" : notes);
            }
            case TAGS -> {
                if (!v.isArray()) {
                    throw new IllegalArgumentException("tags are not a list");
                }
                List<String> tags = new ArrayList<>();
                for (JsonNode t : v) {
                    if (!t.isTextual()) {
                        throw new IllegalArgumentException("a tag is not text");
                    }
                    String tag = UntrustedText.singleLine(t.asText(), 200);
                    if (tag != null) {
                        tags.add(tag);
                    }
                }
                yield EntryChange.tags(tags);
            }
        };
    }
}
