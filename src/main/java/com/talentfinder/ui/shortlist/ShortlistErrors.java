package com.talentfinder.ui.shortlist;

import com.talentfinder.export.ImportException;
import com.talentfinder.store.StoreException;
import com.talentfinder.ui.Messages;
import java.io.IOException;

/** Turns a failure of a shortlist job into one plain sentence with a next step. */
final class ShortlistErrors {

    private static final System.Logger LOG = System.getLogger(ShortlistErrors.class.getName());

    private ShortlistErrors() {
    }

    static String message(Throwable failure) {
        if (failure instanceof StoreException || failure instanceof ImportException
                || failure instanceof IllegalArgumentException) {
            return failure.getMessage();
        }
        LOG.log(System.Logger.Level.WARNING, "A shortlist job failed: " + failure);
        if (failure instanceof IOException) {
            return Messages.get("export.error.io");
        }
        return Messages.get("shortlist.error.unexpected");
    }
}
