package com.talentfinder.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.talentfinder.cleaning.FreelancerJson;
import com.talentfinder.domain.ShortlistEntry;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The JSON export, which the shortlist import (app.shortlist.ShortlistImporter) reads back:
 * {@code {"format":"talent-finder-shortlist","version":1,"name":..,"exported_at":..,"entries":[..]}}. Each entry
 * is the {@link FreelancerJson} record plus, for a shortlist, {@code status, rating, notes, tags, saved_at}. With a
 * scorer, the file says {@code score_formula} ("v1") and {@code score_weights} at the top and each entry its
 * {@code score} (null when unknown).
 * Always every field (the column choice applies to CSV and XLSX), so an export can be imported whole.
 */
final class JsonRowWriter implements RowWriter {

    static final String FORMAT = ExportFormat.SHORTLIST_JSON_MARKER;
    static final int VERSION = ExportFormat.SHORTLIST_JSON_VERSION;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonGenerator gen;
    private final ExportScorer scorer;
    private long rows;

    JsonRowWriter(OutputStream out, ExportSpec spec) throws IOException {
        gen = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8);
        gen.useDefaultPrettyPrinter();
        gen.writeStartObject();
        gen.writeStringField("format", FORMAT);
        gen.writeNumberField("version", VERSION);
        gen.writeStringField("name", spec.title());
        gen.writeStringField("exported_at", spec.exportedAt().toString());
        scorer = spec.scorer();
        if (scorer.formula() != null) {
            gen.writeStringField("score_formula", scorer.formula());
            if (scorer.weights() != null) {
                gen.writeStringField("score_weights", scorer.weights());
            }
        }
        gen.writeArrayFieldStart("entries");
    }

    @Override
    public void write(ExportRow unscored) throws IOException {
        ExportRow row = unscored.scored(scorer);
        ObjectNode o = FreelancerJson.toJson(row.freelancer());
        if (row.scoreFormula() != null) {
            o.put("score", row.score());
        }
        ShortlistEntry e = row.entry();
        if (e != null) {
            o.put("status", e.status().code());
            o.put("rating", e.rating());
            o.put("notes", e.notes());
            ArrayNode tags = o.putArray("tags");
            e.tags().forEach(tags::add);
            o.put("saved_at", e.savedAt().toString());
        }
        MAPPER.writeTree(gen, o);
        rows++;
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        try (gen) {
            gen.writeEndArray();
            gen.writeEndObject();
        }
    }
}
