package com.talentfinder.ui.dev;

import javafx.application.Application;

/** Dev only: starts {@link InsightsPreview} from the class path (a main class extending Application cannot). */
public final class InsightsPreviewLauncher {

    private InsightsPreviewLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(InsightsPreview.class, args);
    }
}
