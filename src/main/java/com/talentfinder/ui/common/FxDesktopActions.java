package com.talentfinder.ui.common;

import com.talentfinder.cleaning.UrlSafety;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import javafx.application.HostServices;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * {@link DesktopActions} on JavaFX: {@link HostServices#showDocument} and the system clipboard. As a last
 * guard it refuses to open anything that is not a safe Upwork https URL.
 *
 * <p>{@code showDocument} never reports a failure (on Linux it prints a stack trace when no browser command
 * exists), so before calling it this checks that a browser can be started, and throws when it cannot: the
 * caller then says so and copies the link instead of claiming the page is opening.
 */
public final class FxDesktopActions implements DesktopActions {

    /** The commands JavaFX tries on Linux and other Unix systems, in its order. */
    static final List<String> UNIX_BROWSERS = List.of("xdg-open", "google-chrome", "firefox", "opera",
            "konqueror", "mozilla");

    private final HostServices hostServices;
    private final BooleanSupplier browserAvailable;

    /** @param hostServices the application's, from {@code Application.getHostServices()} */
    public FxDesktopActions(HostServices hostServices) {
        this(hostServices, () -> browserAvailable(System.getProperty("os.name", ""), System.getenv("PATH")));
    }

    FxDesktopActions(HostServices hostServices, BooleanSupplier browserAvailable) {
        this.hostServices = hostServices;
        this.browserAvailable = browserAvailable;
    }

    @Override
    public void openInBrowser(String url) {
        if (!UrlSafety.isOpenable(url)) {
            throw new IllegalArgumentException("Refused to open a URL that is not a safe Upwork address");
        }
        if (!browserAvailable.getAsBoolean()) {
            throw new UnsupportedOperationException("No web browser could be started on this computer");
        }
        hostServices.showDocument(url);
    }

    @Override
    public void openProviderPage() {
        hostServices.showDocument(PROVIDER_PAGE);
    }

    @Override
    public void copyToClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** True on Windows and macOS; elsewhere, when one of {@link #UNIX_BROWSERS} is on {@code path}. */
    static boolean browserAvailable(String osName, String path) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        if (path == null || path.isBlank()) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            for (String command : UNIX_BROWSERS) {
                try {
                    if (Files.isExecutable(Path.of(dir, command))) {
                        return true;
                    }
                } catch (RuntimeException e) {
                    // an odd PATH entry: skip it
                }
            }
        }
        return false;
    }
}
