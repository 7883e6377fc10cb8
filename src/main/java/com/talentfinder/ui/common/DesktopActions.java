package com.talentfinder.ui.common;

/**
 * What the app asks of the desktop: open a web page, put text on the clipboard. The real implementation is
 * {@link FxDesktopActions}; tests pass a recorder. Callers pass only URLs they have checked with
 * {@code UrlSafety.isOpenable}.
 */
public interface DesktopActions {

    /** Opens {@code url} in the system browser. */
    void openInBrowser(String url);

    /** Where a parse.bot key comes from: the provider's own page (a fixed https address). */
    String PROVIDER_PAGE = "https://www.parse.bot";

    /** Opens the provider's page, where a key is made (a fixed address, not from outside). */
    default void openProviderPage() {
        openInBrowser(PROVIDER_PAGE);
    }

    /** Replaces the clipboard's content with {@code text}. */
    void copyToClipboard(String text);
}
