package com.talentfinder.app.desktop;

import java.util.List;

/**
 * Where the app icon lives on the class path, in every size rendered from {@code icons/talent-finder.svg}
 * (by {@code icons/render.sh}). The window adds them all to {@code stage.getIcons()} so each OS picks the
 * size it needs; the About dialog can show {@link #LARGEST}.
 */
public final class AppIcons {

    /** The rendered sizes in pixels, smallest first. */
    public static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256, 512);

    /** The 512 px icon's resource path. */
    public static final String LARGEST = path(512);

    private AppIcons() {
    }

    /** The class-path resource path of the icon of {@code size} px, e.g. {@code /com/talentfinder/ui/icons/talent-finder-32.png}. */
    public static String path(int size) {
        return "/com/talentfinder/ui/icons/talent-finder-" + size + ".png";
    }

    /** Every icon's resource path, smallest first (use with {@code AppIcons.class.getResource(path)}). */
    public static List<String> paths() {
        return SIZES.stream().map(AppIcons::path).toList();
    }
}
