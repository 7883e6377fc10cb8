package com.talentfinder.cli;

import com.talentfinder.app.AppServices;
import com.talentfinder.app.saved.SavedFilters;
import com.talentfinder.app.saved.SavedSearches;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.store.SavedSearchRepository;
import java.io.PrintWriter;

/** {@code search QUERY --save NAME [--pages N]}: saves the search before it runs. */
final class SavedSearchOption {

    private SavedSearchOption() {
    }

    /** Saves; false (with a sentence on {@code err}) when it cannot be saved. */
    static boolean save(AppServices services, String name, SearchRequest first, int pages, PrintWriter err) {
        if (name.isBlank()) {
            err.println("--save needs a name.");
            return false;
        }
        if (pages > SavedSearches.MAX_PAGES) {
            err.println("A saved search fetches at most " + SavedSearches.MAX_PAGES + " pages: use --pages "
                    + SavedSearches.MAX_PAGES + " or fewer.");
            return false;
        }
        try {
            SavedSearches.of(services, false).save(name, first.query(), first.perPage(), SavedFilters.NONE, pages,
                    true);
        } catch (SavedSearchRepository.NameTakenException e) {
            err.println(e.getMessage());
            return false;
        }
        err.println("Saved as '" + name.strip() + "': run it with saved run \"" + name.strip()
                + "\" to see who is new (" + pages + (pages == 1 ? " page" : " pages") + " at most).");
        return true;
    }
}
