package com.talentfinder.ui.detail;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.talentfinder.app.AppServices;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.SearchPage;
import com.talentfinder.ui.FxTaskRunner;
import com.talentfinder.ui.common.DesktopActions;
import com.talentfinder.ui.common.Freelancers;
import com.talentfinder.ui.common.PortraitImages;
import com.talentfinder.ui.settings.SettingsDialog;
import com.talentfinder.ui.settings.SettingsServices;
import com.talentfinder.ui.settings.SettingsViewModel;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Dev preview (not a test): the detail pane beside a list of sample freelancers, thumbnails from the same
 * PortraitImages, and the Settings dialog. Args: {@code dark} for the dark theme, {@code settings} to open
 * the dialog at start.
 */
public final class DetailSettingsPreview extends Application {

    /** Entry point for {@code java -cp ...}: a plain class, so JavaFX on the class path starts. */
    public static final class Run {
        public static void main(String[] args) {
            Application.launch(DetailSettingsPreview.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getRaw();
        Application.setUserAgentStylesheet(args.contains("dark")
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        FxTaskRunner runner = new FxTaskRunner(2);
        PortraitImages portraits = new PortraitImages(DetailSettingsPreview::drawPortrait, runner);
        SimpleObjectProperty<Freelancer> selection = new SimpleObjectProperty<>();
        DesktopActions desktop = new DesktopActions() {
            @Override
            public void openInBrowser(String url) {
                System.out.println("open " + url);
            }

            @Override
            public void copyToClipboard(String text) {
                System.out.println("copy " + text);
            }
        };
        DetailView detail = new DetailView(new DetailViewModel(selection, portraits, Clock.systemUTC(), desktop));

        ListView<Freelancer> list = new ListView<>();
        list.getItems().setAll(Freelancers.olena(), Freelancers.hidden(),
                Freelancers.withUnsafeUrls("javascript:alert(1)", null));
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Freelancer f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : f.displayName());
                setGraphic(empty || f == null ? null : portraits.avatar(f, 32));
            }
        });
        selection.bind(list.getSelectionModel().selectedItemProperty());

        AppServices services = new AppServices(Map.of("TALENT_FINDER_HOME",
                Files.createTempDirectory("tf-preview").toString()), Clock.systemUTC());
        Runnable openSettings = SettingsDialog.opener(() -> stage, () -> new SettingsViewModel(SettingsServices.of(services),
                s -> request -> new SearchPage(request, 138_359, 1, List.of(), null, false), runner,
                theme -> Application.setUserAgentStylesheet("dark".equals(theme)
                        ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet())));
        Button settings = new Button("Settings\u2026");
        settings.setOnAction(e -> openSettings.run());
        VBox left = new VBox(8, settings, list);
        SplitPane split = new SplitPane(left, detail);
        split.setDividerPositions(args.contains("narrow") ? 0.68 : 0.3);
        stage.setTitle("Talent Finder preview");
        stage.setScene(new Scene(split, 1200, 760));
        stage.show();
        if (!args.contains("empty")) {
            list.getSelectionModel().select(args.contains("hidden") ? 1 : args.contains("unsafe") ? 2 : 0);
        }
        if (args.contains("settings")) {
            Platform.runLater(openSettings);
        }
    }

    private static Optional<byte[]> drawPortrait(String url) {
        try {
            Thread.sleep(300);
            BufferedImage img = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setPaint(new GradientPaint(0, 0, new Color(0x4f, 0x8a, 0xd6), 256, 256, new Color(0xe0, 0x9f, 0x3e)));
            g.fillRect(0, 0, 256, 256);
            g.setColor(new Color(255, 230, 200));
            g.fillOval(78, 40, 100, 110);
            g.fillOval(38, 150, 180, 160);
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return Optional.of(out.toByteArray());
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
