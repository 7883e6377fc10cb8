package com.talentfinder.ui.common;

import com.talentfinder.ui.StyleClasses;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;

/**
 * The credit meter in the status bar ({@code #creditMeter}): a gauge icon, "Credits this month: N of M" and a
 * small bar, in the warning colour from 80 %; the tooltip names the plan, its pace and the month.
 */
public final class CreditMeterView extends HBox {

    /** What this view hangs on longer-lived view models; released by {@link #close()}. */
    private final Subscriptions subs = new Subscriptions();

    /** Set from 80 % of the month's credits on. */
    public static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    public CreditMeterView(CreditMeterViewModel vm) {
        super(6);
        getStyleClass().add(StyleClasses.CREDIT_METER);
        setAlignment(Pos.CENTER_RIGHT);
        Label text = new Label(null, new FontIcon(MaterialDesignG.GAUGE));
        text.setId("creditMeter");
        subs.bind(text.textProperty(), vm.textProperty());
        Tooltip tip = new Tooltip();
        subs.bind(tip.textProperty(), vm.tooltipProperty());
        tip.setShowDuration(Duration.seconds(20));
        text.setTooltip(tip);
        subs.bind(text.accessibleHelpProperty(), vm.tooltipProperty());

        ProgressBar bar = new ProgressBar();
        bar.setId("creditMeterBar");
        bar.setPrefWidth(70);
        bar.setMinWidth(70);
        subs.bind(bar.progressProperty(), vm.fractionProperty());
        subs.bind(bar.visibleProperty(), vm.demoProperty().not());
        subs.bind(bar.managedProperty(), bar.visibleProperty());
        bar.setFocusTraversable(false);
        Tooltip.install(bar, tip);

        getChildren().addAll(text, bar);
        pseudoClassStateChanged(WARNING, vm.warningProperty().get());
        subs.listen(vm.warningProperty(), (o, was, now) -> pseudoClassStateChanged(WARNING, now));
    }

    /** Lets go of the view models: call when this view is removed for good. */
    public void close() {
        subs.close();
    }
}
