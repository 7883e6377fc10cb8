package com.talentfinder.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.app.AppServices;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.testing.ApiFixtures;
import com.talentfinder.testing.StubApiServer;
import com.talentfinder.testing.StubApiServer.Response;
import com.talentfinder.ui.AppContext;
import com.talentfinder.ui.common.DesktopActions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 11, point 1: "React developers in Eastern Europe under $40/hr with JSS >= 90%" over a loopback server
 * with 5 pages of 25. The filters first see page 1 only and say so; the window offers the other 4 pages with their
 * cost and spends nothing until the user accepts; then every match across the 5 pages is listed, and the choices
 * (rate, region, a ticked country) survive paging.
 */
@ExtendWith(ApplicationExtension.class)
class FiltersAcrossPagesFxTest {

    /** The matches, by page: Eastern Europe, at most $40, JSS at least 90. */
    private static final List<String> MATCHES = List.of("Olena K.", "Piotr W.", "Ana R.", "Milos J.", "Ivan P.");

    @TempDir
    static Path home;
    private StubApiServer server;
    private AppContext context;

    @Start
    void start(Stage stage) {
        server = StubApiServer.start();
        server.route("/search_freelancers", req -> Response.ok(page(Integer.parseInt(req.queryParam("page")))));
        AppServices services = new AppServices(Map.of("PARSE_API_KEY", "k-live", "TALENT_FINDER_HOME",
                home.resolve("pages").toString(), "TALENT_FINDER_API_URL", server.baseUrl().toString(),
                "TALENT_FINDER_CALLS_PER_MINUTE", "1000"), Clock.systemDefaultZone());
        context = AppContext.create(services, new DesktopActions() {
            @Override
            public void openInBrowser(String url) {
            }

            @Override
            public void copyToClipboard(String text) {
            }
        });
        context.show(stage);
    }

    @AfterEach
    void stop() {
        context.close();
        server.close();
    }

    private static String page(int n) {
        List<String> people = new ArrayList<>();
        switch (n) {
            case 1 -> people.add(person("p1m", "Olena K.", "Ukraine", "35", 0.95));
            case 2 -> {
                people.add(person("p2m", "Piotr W.", "Poland", "30", 0.92));
                people.add(person("p2n", "Ana R.", "Romania", "40", 0.90));
            }
            case 4 -> people.add(person("p4m", "Milos J.", "Serbia", "25", 1.0));
            case 5 -> people.add(person("p5m", "Ivan P.", "Bulgaria", "39", 0.91));
            default -> { }
        }
        // Near misses on every page: too dear, too low a score, or outside the region.
        people.add(person("p" + n + "a", "Dear " + n, "Ukraine", "45", 0.95));
        people.add(person("p" + n + "b", "Low " + n, "Poland", "30", 0.85));
        people.add(person("p" + n + "c", "West " + n, "Germany", "30", 0.97));
        int filler = 0;
        while (people.size() < 25) {
            people.add(person("p" + n + "f" + filler, "Other " + n + "-" + filler, "India", "20", 0.80));
            filler++;
        }
        return ApiFixtures.page(n, 25, 125, 5, people);
    }

    private static String person(String id, String name, String country, String rate, double jss) {
        return "{\"ciphertext\": \"~" + id + "\", \"name\": \"" + name + "\", \"title\": \"React developer\","
                + " \"skills\": [\"React\"], \"country\": \"" + country + "\", \"hourly_rate\": \"" + rate + "\","
                + " \"currency\": \"USD\", \"job_success_score\": " + jss + ", \"hide_jss\": false,"
                + " \"profile_url\": \"https://www.upwork.com/freelancers/~" + id + "\"}";
    }

    @SuppressWarnings("unchecked")
    private static List<String> shownNames(FxRobot robot) {
        TableView<Freelancer> table = robot.lookup("#resultsTable").queryAs(TableView.class);
        return table.getItems().stream().map(Freelancer::name).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyMatchAcrossThePagesAfterTheUserAcceptsTheCostAndOnlyThen(FxRobot robot) throws Exception {
        robot.clickOn("#searchField").write("react developer").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownNames(robot).size() == 25);
        assertThat(server.requestCount()).isEqualTo(1);

        // Eastern Europe (a region preset), under $40 (typed), JSS >= 90 (arrow keys on the slider).
        CheckComboBox<Region> regions = robot.lookup("#regionFilter").queryAs(CheckComboBox.class);
        robot.interact(() -> regions.getCheckModel().check(Region.EASTERN_EUROPE));
        robot.clickOn("#rateMaxField").eraseText(4).write("40").type(KeyCode.ENTER);
        robot.clickOn("#minJssSlider");
        robot.interact(() -> robot.lookup("#minJssSlider").queryAs(Slider.class).setValue(0));
        robot.type(KeyCode.RIGHT, 9);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#minJssSlider").queryAs(Slider.class).getValue()).isEqualTo(90);

        // Page 1 alone has one match; the offer says what the rest costs, and nothing was spent for it.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#fetchAllPagesButton").query().isVisible());
        assertThat(shownNames(robot)).containsExactly("Olena K.");
        assertThat(robot.lookup("#allPagesCoverage").queryAs(Label.class).getText())
                .isEqualTo("Filters see 1 of 5 pages.");
        assertThat(robot.lookup("#allPagesOffer").queryAs(Label.class).getText())
                .startsWith("Filter across all 5 pages: 4 credits,").endsWith("on your plan");
        assertThat(server.requestCount()).isEqualTo(1);

        robot.clickOn("#fetchAllPagesButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !robot.lookup("#allPagesOutcome").queryAs(Label.class).getText().isEmpty());

        assertThat(server.requestCount()).isEqualTo(5);
        assertThat(shownNames(robot)).containsExactlyInAnyOrderElementsOf(MATCHES);
        assertThat(robot.lookup("#allPagesOutcome").queryAs(Label.class).getText())
                .isEqualTo("Fetched 4 more pages. It used 4 credits.");
        assertThat(robot.lookup("#allPagesCoverage").queryAs(Label.class).getText())
                .isEqualTo("Filters see all 5 pages.");

        // Choices survive paging: the typed rate, the region, a ticked country; no call for pages in memory.
        CheckComboBox<String> countries = robot.lookup("#countryFilter").queryAs(CheckComboBox.class);
        assertThat(countries.getItems()).contains("Bulgaria", "Serbia", "Romania");
        robot.interact(() -> countries.getCheckModel().check("Poland"));
        robot.clickOn("#nextPageButton");
        robot.clickOn("#nextPageButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#rateMaxField").queryAs(TextField.class).getText()).isEqualTo("40");
        assertThat(regions.getCheckModel().getCheckedItems()).containsExactly(Region.EASTERN_EUROPE);
        assertThat(countries.getCheckModel().getCheckedItems()).containsExactly("Poland");
        assertThat(shownNames(robot)).containsExactlyInAnyOrderElementsOf(MATCHES);
        assertThat(server.requestCount()).isEqualTo(5);
    }
}
