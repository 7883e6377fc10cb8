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

    /** Set from 80 % of the month's credits on. */
    public static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    public CreditMeterView(CreditMeterViewModel vm) {
        super(6);
        getStyleClass().add(StyleClasses.CREDIT_METER);
        setAlignment(Pos.CENTER_RIGHT);
        Label text = new Label(null, new FontIcon(MaterialDesignG.GAUGE));
        text.setId("creditMeter");
        text.textProperty().bind(vm.textProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(vm.tooltipProperty());
        tip.setShowDuration(Duration.seconds(20));
        text.setTooltip(tip);
        text.accessibleHelpProperty().bind(vm.tooltipProperty());

        ProgressBar bar = new ProgressBar();
        bar.setId("creditMeterBar");
        bar.setPrefWidth(70);
        bar.setMinWidth(70);
        bar.progressProperty().bind(vm.fractionProperty());
        bar.visibleProperty().bind(vm.demoProperty().not());
        bar.managedProperty().bind(bar.visibleProperty());
        bar.setFocusTraversable(false);
        Tooltip.install(bar, tip);

        getChildren().addAll(text, bar);
        pseudoClassStateChanged(WARNING, vm.warningProperty().get());
        vm.warningProperty().addListener((o, was, now) -> pseudoClassStateChanged(WARNING, now));
    }
}
