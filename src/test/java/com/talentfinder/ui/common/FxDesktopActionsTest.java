package com.talentfinder.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11 (9): opening the browser fails loudly when no browser can start, so the app never says it is opening. */
class FxDesktopActionsTest {

    @TempDir
    Path dir;

    @Test
    void throwsWhenNoBrowserCanStart() {
        FxDesktopActions desktop = new FxDesktopActions(null, () -> false);

        assertThatThrownBy(() -> desktop.openInBrowser("https://www.upwork.com/freelancers/~01abc"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void findsABrowserCommandOnThePath() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Path bin = Files.createDirectory(dir.resolve("bin"));
        Files.createFile(bin.resolve("xdg-open"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));

        assertThat(FxDesktopActions.browserAvailable("Linux", empty.toString())).isFalse();
        assertThat(FxDesktopActions.browserAvailable("Linux", null)).isFalse();
        assertThat(FxDesktopActions.browserAvailable("Linux", empty + File.pathSeparator + bin)).isTrue();
        assertThat(FxDesktopActions.browserAvailable("Windows 11", "")).isTrue();
        assertThat(FxDesktopActions.browserAvailable("Mac OS X", "")).isTrue();
    }
}
