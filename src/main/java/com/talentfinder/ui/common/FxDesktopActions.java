package com.talentfinder.ui.common;

import com.talentfinder.api.UrlSafety;
import javafx.application.HostServices;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * {@link DesktopActions} on JavaFX: {@link HostServices#showDocument} and the system clipboard. As a last
 * guard it refuses to open anything that is not a safe Upwork https URL.
 */
public final class FxDesktopActions implements DesktopActions {

    private final HostServices hostServices;

    /** @param hostServices the application's, from {@code Application.getHostServices()} */
    public FxDesktopActions(HostServices hostServices) {
        this.hostServices = hostServices;
    }

    @Override
    public void openInBrowser(String url) {
        if (!UrlSafety.isOpenable(url)) {
            throw new IllegalArgumentException("Refused to open a URL that is not a safe Upwork address");
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
}
