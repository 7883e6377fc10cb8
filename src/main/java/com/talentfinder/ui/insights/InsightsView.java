package com.talentfinder.ui.insights;

import com.talentfinder.ui.Messages;
import java.util.Objects;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;

/** The Insights screen: four tabs (rates by location, market report, skill supply, ranking) and a notice line. */
public final class InsightsView extends BorderPane {

    public static final String STYLESHEET = Objects.requireNonNull(
            InsightsView.class.getResource("insights.css")).toExternalForm();

    final TabPane tabs = new TabPane();
    final RatesView rates;
    final MarketView market;
    final SupplyView supply;
    final RankingView ranking;
    final Label notice = new Label();

    InsightsView(RatesView rates, MarketView market, SupplyView supply, RankingView ranking) {
        this.rates = rates;
        this.market = market;
        this.supply = supply;
        this.ranking = ranking;
        getStylesheets().add(STYLESHEET);
        getStyleClass().add("insights-view");
        tabs.getTabs().addAll(tab("insights.tab.rates", rates), tab("insights.tab.market", market),
                tab("insights.tab.supply", supply), tab("insights.tab.ranking", ranking));
        setCenter(tabs);
        notice.getStyleClass().add("insights-status");
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        setBottom(notice);
    }

    /** Shows the tab at {@code index} (0 rates, 1 market, 2 supply, 3 ranking). */
    public void select(int index) {
        tabs.getSelectionModel().select(index);
    }

    private static Tab tab(String key, javafx.scene.Node content) {
        Tab t = new Tab(Messages.get(key), content);
        t.setClosable(false);
        return t;
    }
}
