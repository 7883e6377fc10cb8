package com.talentfinder.ui.shortlist;

import com.talentfinder.domain.ShortlistEntry;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.Themes;
import com.talentfinder.ui.common.PortraitImages;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Modality;
import javafx.stage.Window;

/** Opens the compare view and the export dialog as windows owned by the main window. */
final class ShortlistWindows {

    private final Supplier<Window> owner;
    private final PortraitImages portraits;
    private final Clock clock;

    ShortlistWindows(Supplier<Window> owner, PortraitImages portraits, Clock clock) {
        this.owner = owner;
        this.portraits = portraits;
        this.clock = clock;
    }

    /** Compares 2–4 freelancers; says what to select otherwise. */
    void compare(List<ShortlistEntry> chosen) {
        if (chosen.size() < CompareViewModel.MIN || chosen.size() > CompareViewModel.MAX) {
            Alert a = new Alert(Alert.AlertType.INFORMATION, Messages.get("compare.needTwoToFour"));
            a.initOwner(owner.get());
            a.showAndWait();
            return;
        }
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.initModality(Modality.NONE);
        dialog.setTitle(Messages.format("compare.title", chosen.size()));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(new CompareView(new CompareViewModel(chosen, clock), portraits));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().getStylesheets().add(Themes.STYLESHEET);
        double width = Math.min(1180, 200 + 230 * chosen.size());
        dialog.getDialogPane().setPrefSize(width, 660);
        dialog.getDialogPane().setMinSize(width, 560);
        dialog.show();
    }

    /** The export dialog for {@code vm}. */
    void export(ExportViewModel vm) {
        ExportDialog dialog = new ExportDialog(vm);
        dialog.initOwner(owner.get());
        dialog.getDialogPane().getStylesheets().add(Themes.STYLESHEET);
        dialog.show();
    }
}
