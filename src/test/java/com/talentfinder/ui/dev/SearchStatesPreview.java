package com.talentfinder.ui.dev;

import com.talentfinder.app.AppServices;
import com.talentfinder.ui.AppContext;
import com.talentfinder.ui.common.DesktopActions;
import com.talentfinder.ui.search.FilterViewModel;
import com.talentfinder.ui.search.Region;
import com.talentfinder.ui.search.SearchViewModel;
import java.time.Clock;
import java.util.HashMap;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Dev only: opens the real window against a loopback stand-in of the service (TALENT_FINDER_API_URL) and drives it
 * to one state of issue 11 for a screenshot, then prints READY. Arguments: state (offer, fetched, failure,
 * settings) and theme (light, dark). The window fills the screen, as a maximised one would.
 */
public final class SearchStatesPreview extends Application {

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        String state = getParameters().getRaw().get(0);
        String theme = getParameters().getRaw().size() > 1 ? getParameters().getRaw().get(1) : "light";
        AppServices services = new AppServices(new HashMap<>(System.getenv()), Clock.systemDefaultZone());
        AppContext context = AppContext.create(services, new DesktopActions() {
            @Override
            public void openInBrowser(String url) {
            }

            @Override
            public void copyToClipboard(String text) {
            }
        });
        context.show(stage);
        AppContext.applyTheme(theme);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        SearchViewModel search = context.searchViewModel();
        FilterViewModel filters = context.filterViewModel();
        search.queryProperty().set("react developer");
        search.search();
        after(3, () -> {
            if (state.equals("settings")) {
                Platform.runLater(() -> System.out.println("READY"));
                context.openSettings();
                return;
            }
            filters.selectedRegions().add(Region.EASTERN_EUROPE);
            filters.setMaxRate(40);
            filters.minJssProperty().set(90);
            switch (state) {
                case "fetched" -> {
                    // Accept the offer once it is shown (the first page may still be on its way).
                    Runnable accept = () -> Platform.runLater(search.allPages()::fetchAll);
                    if (search.allPages().offeredProperty().get()) {
                        accept.run();
                    } else {
                        search.allPages().offeredProperty().addListener((o, was, now) -> {
                            if (now) {
                                accept.run();
                            }
                        });
                    }
                    search.allPages().runningProperty().addListener((o, was, now) -> {
                        if (!now) {
                            after(1, () -> System.out.println("READY"));
                        }
                    });
                }
                case "failure" -> {
                    search.queryProperty().set("react blocked");
                    search.search();
                    search.errorProperty().addListener((o, was, now) -> {
                        if (now != null) {
                            after(1, () -> System.out.println("READY"));
                        }
                    });
                }
                default -> after(2, () -> System.out.println("READY"));
            }
        });
    }

    private static void after(double seconds, Runnable then) {
        PauseTransition wait = new PauseTransition(Duration.seconds(seconds));
        wait.setOnFinished(e -> then.run());
        wait.play();
    }

}
