package com.talentfinder.ui.shortlist;

import com.talentfinder.export.ImportException;
import com.talentfinder.store.ShortlistException;
import com.talentfinder.store.ShortlistRepository;
import com.talentfinder.store.StoreException;
import com.talentfinder.ui.Messages;
import java.io.IOException;

/** Turns a failure of a shortlist job into one plain sentence with a next step. */
final class ShortlistErrors {

    private static final System.Logger LOG = System.getLogger(ShortlistErrors.class.getName());

    private ShortlistErrors() {
    }

    static String message(Throwable failure) {
        if (failure instanceof ImportException e && e.problem() != ImportException.Problem.UNSPECIFIED) {
            return importProblem(e);
        }
        if (failure instanceof ShortlistException e) {
            return refused(e);
        }
        if (failure instanceof StoreException e) {
            return storeProblem(e.problem());
        }
        if (failure instanceof ImportException e) {
            return e.getMessage();
        }
        LOG.log(System.Logger.Level.WARNING, "A shortlist job failed: " + failure);
        if (failure instanceof IOException) {
            return Messages.get("export.error.io");
        }
        return Messages.get("shortlist.error.unexpected");
    }

    /** A shortlist request refused (name taken or invalid, list or entry gone), from the bundle. */
    static String refused(ShortlistException e) {
        return switch (e.reason()) {
            case NAME_TAKEN -> Messages.format("shortlist.error.nameTaken", e.subject());
            case INVALID_NAME -> e.subject().isBlank() ? Messages.get("shortlist.error.noName")
                    : Messages.format("shortlist.error.nameTooLong", ShortlistRepository.MAX_NAME_LENGTH);
            case NOT_FOUND -> e.subject().equals("entry") ? Messages.get("shortlist.error.entryGone")
                    : Messages.get("shortlist.error.listGone");
        };
    }

    /** A database failure in words from the bundle, by its problem code (the store's English is the command line's). */
    static String storeProblem(StoreException.Problem problem) {
        return Messages.get(switch (problem) {
            case DISK_FULL -> "store.error.diskFull";
            case LOCKED -> "store.error.locked";
            case READ_ONLY -> "store.error.readOnly";
            case DAMAGED -> "store.error.damaged";
            case NEWER_VERSION -> "store.error.newerVersion";
            case FOLDER -> "store.error.folder";
            case SERVER_UNREACHABLE -> "store.error.serverUnreachable";
            case SERVER_REFUSED -> "store.error.serverRefused";
            case OTHER -> "store.error.other";
        });
    }

    /** An unusable import file in words from the bundle, by the code the importer gives. */
    static String importProblem(ImportException e) {
        Object[] v = e.values().toArray();
        return switch (e.problem()) {
            case NO_SUCH_FILE -> Messages.format("import.error.noSuchFile", v);
            case UNREADABLE_FILE -> Messages.format("import.error.unreadableFile", v);
            case TOO_LARGE -> Messages.format("import.error.tooLarge", v);
            case NOT_JSON -> Messages.get("import.error.notJson");
            case NOT_OURS -> Messages.get("import.error.notOurs");
            case NEWER_VERSION -> Messages.get("import.error.newerVersion");
            case NO_NAME -> Messages.get("import.error.noName");
            case CUT_SHORT -> Messages.get("import.error.cutShort");
            case TOO_MANY_ENTRIES -> Messages.format("import.error.tooManyEntries", v);
            case UNSPECIFIED -> e.getMessage();
        };
    }
}
