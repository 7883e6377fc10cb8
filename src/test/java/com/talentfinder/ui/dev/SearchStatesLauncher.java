package com.talentfinder.ui.dev;

import javafx.application.Application;

/** Dev only: starts {@link SearchStatesPreview} from the class path (a main class extending Application cannot). */
public final class SearchStatesLauncher {

    private SearchStatesLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(SearchStatesPreview.class, args);
    }
}
