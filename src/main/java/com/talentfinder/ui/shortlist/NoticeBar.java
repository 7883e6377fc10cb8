package com.talentfinder.ui.shortlist;

import atlantafx.base.theme.Styles;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.common.Subscriptions;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The snackbar ({@code #noticeBar}): the current notice, Undo when it has one; gone after ten seconds. */
final class NoticeBar extends HBox {

    /** What this view hangs on longer-lived view models; released by {@link #close()}. */
    private final Subscriptions subs = new Subscriptions();

    NoticeBar(Notices notices) {
        setId("noticeBar");
        getStyleClass().add("notice-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        Label message = new Label();
        message.setId("noticeText");
        message.setWrapText(true);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        Button undo = new Button(Messages.get("shortlist.undo"));
        undo.setId("undoButton");
        undo.getStyleClass().add(Styles.ACCENT);
        undo.setOnAction(e -> notices.undo());
        Button close = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setAccessibleText(Messages.get("shortlist.notice.close"));
        close.setTooltip(new Tooltip(Messages.get("shortlist.notice.close")));
        close.setOnAction(e -> notices.dismiss());
        getChildren().addAll(message, undo, close);

        PauseTransition timer = new PauseTransition(Duration.seconds(Notices.SHOW_SECONDS));
        subs.listen(notices.currentProperty(), (o, was, now) -> {
            timer.stop();
            boolean shown = now != null;
            setVisible(shown);
            setManaged(shown);
            if (shown) {
                message.setText(now.message());
                undo.setVisible(now.canUndo());
                undo.setManaged(now.canUndo());
                timer.setOnFinished(e -> notices.dismiss(now));
                timer.playFromStart();
            }
        });
        setVisible(false);
        setManaged(false);
    }

    /** Lets go of the view models: call when this view is removed for good. */
    void close() {
        subs.close();
    }
}
