package com.talentfinder.ui.search;

import atlantafx.base.theme.Styles;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.StyleClasses;
import com.talentfinder.ui.common.LazyTooltip;
import com.talentfinder.ui.common.Subscriptions;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** First, previous, "Page X of Y · N freelancers", next, last, and a jump-to-page field. */
public final class PagerView extends HBox {

    /** What this view hangs on longer-lived view models; released by {@link #close()}. */
    private final Subscriptions subs = new Subscriptions();

    public PagerView(SearchViewModel search) {
        PagingState paging = search.paging();
        getStyleClass().add(StyleClasses.PAGER);
        setAlignment(Pos.CENTER_RIGHT);
        setSpacing(4);
        Button first = iconButton("firstPageButton", MaterialDesignP.PAGE_FIRST, "pager.first", search::firstPage);
        Button previous = iconButton("previousPageButton", MaterialDesignC.CHEVRON_LEFT, "pager.previous",
                search::previousPage);
        Button next = iconButton("nextPageButton", MaterialDesignC.CHEVRON_RIGHT, "pager.next", search::nextPage);
        Button last = iconButton("lastPageButton", MaterialDesignP.PAGE_LAST, "pager.last", search::lastPage);
        subs.bind(first.disableProperty(), paging.canGoBackProperty().not());
        subs.bind(previous.disableProperty(), paging.canGoBackProperty().not());
        subs.bind(next.disableProperty(), paging.canGoForwardProperty().not());
        subs.bind(last.disableProperty(), paging.canGoForwardProperty().not());

        Label info = new Label();
        info.setId("pageInfo");
        info.getStyleClass().add(StyleClasses.PAGE_INFO);
        subs.bind(info.textProperty(), paging.pageInfoProperty());
        info.setMinWidth(USE_PREF_SIZE);

        Label jumpLabel = new Label(Messages.get("pager.jump"));
        TextField jump = new TextField();
        jump.setId("jumpToPageField");
        jump.setPrefColumnCount(4);
        jump.setPromptText(Messages.get("pager.jump.prompt"));
        jump.setAccessibleText(Messages.get("pager.jump.accessible"));
        LazyTooltip.install(jump, Messages.get("pager.jump.accessible"));
        jumpLabel.setLabelFor(jump);
        jump.setOnAction(e -> {
            try {
                search.goToPage(Integer.parseInt(jump.getText().strip()));
            } catch (NumberFormatException ignored) {
                // not a number: nothing to go to
            }
            jump.clear();
        });
        subs.bind(jump.disableProperty(), Bindings.lessThan(paging.totalPagesProperty(), 2));
        subs.bind(jumpLabel.disableProperty(), jump.disableProperty());

        getChildren().addAll(first, previous, info, next, last, jumpLabel, jump);
        subs.bind(visibleProperty(), Bindings.greaterThan(paging.pageProperty(), 0));
    }

    private static Button iconButton(String id, Ikon icon, String key, Runnable command) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        LazyTooltip.install(b, Messages.get(key));
        b.setAccessibleText(Messages.get(key));
        b.setOnAction(e -> command.run());
        return b;
    }

    /** Lets go of the view models: call when this view is removed for good. */
    public void close() {
        subs.close();
    }
}
