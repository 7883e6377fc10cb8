package com.talentfinder.ui;

import com.talentfinder.ui.search.FilterViewModel;
import com.talentfinder.ui.search.ModeBadges;
import com.talentfinder.ui.search.ResultsViewModel;
import com.talentfinder.ui.search.SearchFeature;
import com.talentfinder.ui.search.SearchViewModel;

/** A main window with the search screen first and any other screens after it, as tests need it. */
public final class TestWindows {

    private TestWindows() {
    }

    public static MainView searchWindow(SearchViewModel search, FilterViewModel filters, ResultsViewModel results,
                                        SearchFeature.Slots slots, Screen... more) {
        SearchFeature feature = new SearchFeature(search, filters, results, slots);
        ScreenRegistry screens = new ScreenRegistry().register(feature);
        for (Screen s : more) {
            screens.register(s);
        }
        return new MainView(new MainViewModel(screens), slots.openSettings(), new ModeBadges(search));
    }
}
