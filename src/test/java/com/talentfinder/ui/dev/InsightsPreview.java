package com.talentfinder.ui.dev;

import com.talentfinder.insights.SupplyObservation;
import com.talentfinder.ui.AppContext;
import com.talentfinder.ui.MainView;
import com.talentfinder.ui.SyncTaskRunner;
import com.talentfinder.ui.insights.FakeInsightsPort;
import com.talentfinder.ui.insights.InsightsFeature;
import com.talentfinder.ui.insights.InsightsView;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Dev only: the Insights screen alone at 1280×800 over sample data, driven to one tab for a screenshot, then
 * prints READY. Arguments: tab (rates, market, supply, ranking) and theme (light, dark). Start it with
 * {@link InsightsPreviewLauncher}.
 */
public final class InsightsPreview extends Application {

    @Override
    public void start(Stage stage) {
        String tab = getParameters().getRaw().isEmpty() ? "rates" : getParameters().getRaw().get(0);
        String theme = getParameters().getRaw().size() > 1 ? getParameters().getRaw().get(1) : "light";
        AppContext.applyTheme(theme);
        FakeInsightsPort port = new FakeInsightsPort();
        fillSupply(port);
        InsightsFeature feature = new InsightsFeature(port, new SyncTaskRunner(), ZoneOffset.UTC, (n, e) -> null);
        InsightsView view = (InsightsView) feature.root();
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(MainView.STYLESHEET);
        stage.setTitle("Talent Finder – Insights preview");
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.show();
        switch (tab) {
            case "market" -> {
                view.select(1);
                feature.market().keywordsProperty().set("wordpress, shopify, webflow, elementor, woocommerce");
                feature.market().pagesProperty().set(2);
                feature.market().start();
                feature.market().save("Web builders, Nov 2026");
            }
            case "supply" -> view.select(2);
            case "ranking" -> {
                feature.rates().queryProperty().set("wordpress developer");
                feature.rates().start();
                feature.ranking().targetRateProperty().set("35");
                feature.ranking().skillsProperty().set("WordPress, WooCommerce");
                view.select(3);
                feature.ranking().ranked().stream().filter(r -> !r.breakdown().unknown().isEmpty()).findFirst()
                        .ifPresent(feature.ranking().selectedProperty()::set);
            }
            default -> {
                feature.rates().queryProperty().set("wordpress developer");
                feature.rates().pagesProperty().set(10);
                feature.rates().start();
            }
        }
        PauseTransition wait = new PauseTransition(Duration.seconds(2));
        wait.setOnFinished(e -> System.out.println("READY"));
        wait.play();
    }

    /** Weekly counts over half a year; the way of counting changed once (new page size) in September. */
    private static void fillSupply(FakeInsightsPort port) {
        port.watch.add("wordpress");
        port.watch.add("webflow");
        port.watch.add("framer");
        Random r = new Random(14);
        Instant start = Instant.parse("2026-06-01T08:00:00Z");
        long[] base = {24_000, 15_500, 6_200};
        double[] growth = {0.998, 1.012, 1.035};
        for (int week = 0; week < 26; week++) {
            Instant t = start.plusSeconds(week * 7L * 86_400);
            String method = week < 15 ? "search/v1 per_page=10" : "search/v1 per_page=50";
            for (int k = 0; k < 3; k++) {
                double v = base[k] * Math.pow(growth[k], week) * (1 + r.nextGaussian() * 0.01)
                        * (week >= 15 && k == 0 ? 1.04 : 1);
                port.observations.add(new SupplyObservation(t, port.watch.get(k), Math.round(v), method));
            }
        }
    }
}
