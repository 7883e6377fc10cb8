package com.talentfinder.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo freelancers: a deterministic dataset (same seed, same records, on every machine and locale),
 * each record in the raw shape parse.bot sends, including its quirks (numbers as strings, badge strings).
 * {@link #shared()} reads it once per JVM from the resource the build prepared ({@link DemoDatasetFile}), or
 * generates it when that is missing; {@link #generate} builds others for tests.
 */
public final class DemoDataset {

    /** The seed and size of the shared dataset. */
    public static final long DEFAULT_SEED = 0x7A1E_F1DEL;
    public static final int DEFAULT_SIZE = 3_600;

    private final List<Entry> entries;
    private final Map<String, Entry> byCiphertext;

    private DemoDataset(List<Entry> entries) {
        this.entries = Collections.unmodifiableList(entries);
        Map<String, Entry> index = new HashMap<>(entries.size() * 2);
        for (Entry e : entries) {
            index.put(e.ciphertext(), e);
        }
        this.byCiphertext = Map.copyOf(index);
    }

    /** The dataset the demo server serves, read (or generated) on first use and cached. */
    public static DemoDataset shared() {
        return Holder.INSTANCE;
    }

    /** A fresh dataset of {@code size} records from {@code seed}. */
    public static DemoDataset generate(long seed, int size) {
        DemoProfileGenerator generator = new DemoProfileGenerator(seed);
        List<Entry> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(generator.profile(i));
        }
        return new DemoDataset(list);
    }

    /** A dataset of given records (for tests of the search engine). */
    static DemoDataset of(List<Entry> entries) {
        return new DemoDataset(new ArrayList<>(entries));
    }

    public List<Entry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    /** The record with this ciphertext, if any. */
    public Optional<Entry> find(String ciphertext) {
        return ciphertext == null ? Optional.empty() : Optional.ofNullable(byCiphertext.get(ciphertext));
    }

    private static final class Holder {
        static final DemoDataset INSTANCE = DemoDatasetFile.readResource(DEFAULT_SEED, DEFAULT_SIZE)
                .orElseGet(() -> generate(DEFAULT_SEED, DEFAULT_SIZE));
    }

    /**
     * One demo freelancer: the fields search needs, plus the raw API record. Immutable: {@link #toJson()}
     * hands out a copy. A record read from the build-time resource keeps its JSON as text and parses it the
     * first time it is served (a page needs a few dozen of the 3,600).
     */
    public static final class Entry {
        private final String ciphertext;
        private final String name;
        private final String title;
        private final String description;
        private final List<String> skills;
        private final Double jobSuccessScore;
        private final String jsonText;
        private volatile ObjectNode json;

        Entry(String ciphertext, String name, String title, String description, List<String> skills,
              Double jobSuccessScore, ObjectNode json) {
            this(ciphertext, name, title, description, skills, jobSuccessScore, json, null);
        }

        /** A record whose raw JSON is {@code jsonText}, parsed on first use. */
        Entry(String ciphertext, String name, String title, String description, List<String> skills,
              Double jobSuccessScore, String jsonText) {
            this(ciphertext, name, title, description, skills, jobSuccessScore, null, jsonText);
        }

        private Entry(String ciphertext, String name, String title, String description, List<String> skills,
                      Double jobSuccessScore, ObjectNode json, String jsonText) {
            this.ciphertext = ciphertext;
            this.name = name;
            this.title = title;
            this.description = description;
            this.skills = List.copyOf(skills);
            this.jobSuccessScore = jobSuccessScore;
            this.json = json;
            this.jsonText = jsonText;
        }

        public String ciphertext() {
            return ciphertext;
        }

        public String name() {
            return name;
        }

        public String title() {
            return title;
        }

        public String description() {
            return description;
        }

        public List<String> skills() {
            return skills;
        }

        /** The score on the 0–1 scale, or null for newcomers (hidden or not). */
        public Double jobSuccessScore() {
            return jobSuccessScore;
        }

        /** The record as the API sends it (a copy). */
        public ObjectNode toJson() {
            ObjectNode node = json;
            if (node == null) {
                try {
                    node = (ObjectNode) Parser.JSON.readTree(jsonText);
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("Damaged demo record " + ciphertext, e);
                }
                json = node;
            }
            return node.deepCopy();
        }

        @Override
        public String toString() {
            return "DemoDataset.Entry[" + ciphertext + "]";
        }

        /** Made on first use: generating the dataset needs no mapper. */
        private static final class Parser {
            static final ObjectMapper JSON = new ObjectMapper();
        }
    }
}
