package com.talentfinder.ui.dev;

/** Dev only: starts {@link DevMain} from a class that is not an Application (JavaFX on the class path). */
public final class DevLauncher {

    private DevLauncher() {
    }

    public static void main(String[] args) {
        DevMain.main(args);
    }
}
