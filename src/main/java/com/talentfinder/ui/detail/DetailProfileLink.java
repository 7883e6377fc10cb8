package com.talentfinder.ui.detail;

import com.talentfinder.cleaning.UrlSafety;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.common.DesktopActions;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The detail pane's "Open profile" / "Copy link" commands: whether they are allowed, why not, and the note after
 * one ran. Only a profile URL that {@link UrlSafety#isOpenable} accepts is ever handed to {@link DesktopActions}.
 */
final class DetailProfileLink {

    private final DesktopActions desktop;

    private final ReadOnlyBooleanWrapper canOpen = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper openBlockedReason = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper("");

    /** @param desktop opens the browser and writes the clipboard */
    DetailProfileLink(DesktopActions desktop) {
        this.desktop = desktop;
    }

    /** Follows a new selection (null for none): no note yet, and whether its link may be opened. */
    void show(Freelancer f) {
        feedback.set("");
        boolean safe = f != null && UrlSafety.isOpenable(f.profileUrl());
        canOpen.set(safe);
        openBlockedReason.set(safe || f == null ? "" : Messages.get("detail.open.unsafe"));
    }

    /** Opens the profile in the browser, only when its URL is safe. */
    void open(Freelancer f) {
        if (f == null || !UrlSafety.isOpenable(f.profileUrl())) {
            return;
        }
        try {
            desktop.openInBrowser(f.profileUrl());
            feedback.set(Messages.get("detail.opened"));
        } catch (RuntimeException e) {
            // Never claim the page is opening when it is not: hand over the link instead.
            desktop.copyToClipboard(f.profileUrl());
            feedback.set(Messages.get("detail.open.failed"));
        }
    }

    /** Copies the profile link to the clipboard, only when its URL is safe. */
    void copy(Freelancer f) {
        if (f == null || !UrlSafety.isOpenable(f.profileUrl())) {
            return;
        }
        desktop.copyToClipboard(f.profileUrl());
        feedback.set(Messages.get("detail.copied"));
    }

    ReadOnlyBooleanProperty canOpenProperty() {
        return canOpen.getReadOnlyProperty();
    }

    ReadOnlyStringProperty openBlockedReasonProperty() {
        return openBlockedReason.getReadOnlyProperty();
    }

    ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }
}
