package com.talentfinder.ui.search;

import atlantafx.base.theme.Styles;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.StyleClasses;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** First, previous, "Page X of Y · N freelancers", next, last, and a jump-to-page field. */
public final class PagerView extends HBox {

    public PagerView(SearchViewModel vm) {
        getStyleClass().add(StyleClasses.PAGER);
        setAlignment(Pos.CENTER_RIGHT);
        setSpacing(4);
        Button first = iconButton("firstPageButton", MaterialDesignP.PAGE_FIRST, "pager.first", vm::firstPage);
        Button previous = iconButton("previousPageButton", MaterialDesignC.CHEVRON_LEFT, "pager.previous",
                vm::previousPage);
        Button next = iconButton("nextPageButton", MaterialDesignC.CHEVRON_RIGHT, "pager.next", vm::nextPage);
        Button last = iconButton("lastPageButton", MaterialDesignP.PAGE_LAST, "pager.last", vm::lastPage);
        first.disableProperty().bind(vm.canGoBackProperty().not());
        previous.disableProperty().bind(vm.canGoBackProperty().not());
        next.disableProperty().bind(vm.canGoForwardProperty().not());
        last.disableProperty().bind(vm.canGoForwardProperty().not());

        Label info = new Label();
        info.setId("pageInfo");
        info.getStyleClass().add(StyleClasses.PAGE_INFO);
        info.textProperty().bind(vm.pageInfoProperty());
        info.setMinWidth(USE_PREF_SIZE);

        Label jumpLabel = new Label(Messages.get("pager.jump"));
        TextField jump = new TextField();
        jump.setId("jumpToPageField");
        jump.setPrefColumnCount(4);
        jump.setPromptText(Messages.get("pager.jump.prompt"));
        jump.setAccessibleText(Messages.get("pager.jump.accessible"));
        jump.setTooltip(new Tooltip(Messages.get("pager.jump.accessible")));
        jumpLabel.setLabelFor(jump);
        jump.setOnAction(e -> {
            try {
                vm.goToPage(Integer.parseInt(jump.getText().strip()));
            } catch (NumberFormatException ignored) {
                // not a number: nothing to go to
            }
            jump.clear();
        });
        jump.disableProperty().bind(Bindings.lessThan(vm.totalPagesProperty(), 2));
        jumpLabel.disableProperty().bind(jump.disableProperty());

        getChildren().addAll(first, previous, info, next, last, jumpLabel, jump);
        visibleProperty().bind(Bindings.greaterThan(vm.pageProperty(), 0));
    }

    private static Button iconButton(String id, Ikon icon, String key, Runnable command) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new Tooltip(Messages.get(key)));
        b.setAccessibleText(Messages.get(key));
        b.setOnAction(e -> command.run());
        return b;
    }
}
