package com.talentfinder.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.api.ApiEndpoint;
import com.talentfinder.api.ApiException;
import com.talentfinder.api.FreelancerSource;
import com.talentfinder.app.AppServices;
import com.talentfinder.app.config.Settings;
import com.talentfinder.domain.Plan;
import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.ui.SyncTaskRunner;
import com.talentfinder.ui.settings.SettingsViewModel.TestOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-10T12:00:00Z"), ZoneOffset.UTC);
    private static final String SECRET = "pk_live_SECRET_123";

    @TempDir
    Path home;

    private final List<Settings> candidates = new ArrayList<>();
    private final List<SearchRequest> calls = new ArrayList<>();
    private final List<String> themes = new ArrayList<>();
    private FreelancerSource fakeSource = request -> {
        calls.add(request);
        return new SearchPage(request, 138_359, 138_359, List.of(), CLOCK.instant(), false);
    };

    private AppServices services(Map<String, String> extraEnv) {
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("TALENT_FINDER_HOME", home.toString());
        return new AppServices(env, CLOCK);
    }

    private SettingsViewModel viewModel(AppServices services) {
        return new SettingsViewModel(SettingsServices.of(services), s -> {
            candidates.add(s);
            return request -> fakeSource.search(request);
        }, new SyncTaskRunner(), themes::add);
    }

    private SettingsViewModel viewModel() {
        return viewModel(services(Map.of()));
    }

    @Test
    void startsFromTheDefaults() {
        SettingsViewModel vm = viewModel();
        assertThat(vm.apiKeyProperty().get()).isEmpty();
        assertThat(vm.apiUrlProperty().get()).isEqualTo(ApiEndpoint.DEFAULT_BASE_URL);
        assertThat(vm.plan().choiceProperty().get()).isEqualTo(Plan.FREE);
        assertThat(vm.themeProperty().get()).isEqualTo("light");
        assertThat(vm.cacheTtlHoursProperty().get()).isEqualTo(24);
        assertThat(vm.keyNoteProperty().get()).contains("demo data");
    }

    @Test
    void savedSettingsComeBackInANewSession() {
        SettingsViewModel vm = viewModel();
        vm.apiKeyProperty().set(SECRET);
        vm.apiUrlProperty().set("http://127.0.0.1:8080/scraper/test");
        vm.plan().choiceProperty().set(Plan.HOBBY);
        vm.themeProperty().set("dark");
        vm.cacheTtlHoursProperty().set(48);

        assertThat(vm.save()).isTrue();

        Settings reloaded = services(Map.of()).settings();
        assertThat(reloaded.apiKey().reveal()).isEqualTo(SECRET);
        assertThat(reloaded.apiUrl()).isEqualTo("http://127.0.0.1:8080/scraper/test");
        assertThat(reloaded.plan()).isEqualTo(Plan.HOBBY);
        assertThat(reloaded.theme()).isEqualTo("dark");
        assertThat(reloaded.cacheTtl()).isEqualTo(Duration.ofHours(48));
        assertThat(viewModel().apiKeyProperty().get()).isEqualTo(SECRET);
    }

    @Test
    void saveAppliesAtOnceAndTellsTheTheme() {
        AppServices services = services(Map.of());
        SettingsViewModel vm = viewModel(services);
        vm.plan().choiceProperty().set(Plan.DEVELOPER);
        vm.themeProperty().set("dark");
        vm.save();
        assertThat(services.plan()).isEqualTo(Plan.DEVELOPER);
        assertThat(themes).containsExactly("dark");
    }

    @Test
    void theDefaultUrlIsStoredAsDefault() {
        SettingsViewModel vm = viewModel();
        vm.apiUrlProperty().set("http://localhost:9000/x");
        vm.resetApiUrl();
        vm.save();
        assertThat(services(Map.of()).settings().apiUrl()).isNull();
    }

    @Test
    void rejectsAPlainHttpUrlOnAnotherHost() {
        SettingsViewModel vm = viewModel();
        vm.apiUrlProperty().set("http://api.parse.bot/scraper/x");

        assertThat(vm.apiUrlErrorProperty().get()).startsWith("The API URL must be a full https://");
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.save()).isFalse();
        assertThat(home.resolve("settings.properties")).doesNotExist();
    }

    @Test
    void acceptsHttpsAndLocalHttpOnly() {
        assertThat(ApiUrls.isAllowed("https://api.parse.bot/scraper/abc")).isTrue();
        assertThat(ApiUrls.isAllowed("http://127.0.0.1:8080/scraper/demo")).isTrue();
        assertThat(ApiUrls.isAllowed("http://localhost/x")).isTrue();
        assertThat(ApiUrls.isAllowed("ftp://api.parse.bot/x")).isFalse();
        assertThat(ApiUrls.isAllowed("javascript:alert(1)")).isFalse();
        assertThat(ApiUrls.isAllowed("https://user:pw@api.parse.bot/x")).isFalse();
        assertThat(ApiUrls.isAllowed("api.parse.bot/scraper")).isFalse();
    }

    @Test
    void rejectsACacheTimeOutOfRange() {
        SettingsViewModel vm = viewModel();
        vm.cacheTtlHoursProperty().set(0);
        assertThat(vm.cacheTtlErrorProperty().get()).isNotEmpty();
        assertThat(vm.save()).isFalse();
    }

    @Test
    void describesThePlan() {
        SettingsViewModel vm = viewModel();
        vm.plan().choiceProperty().set(Plan.HOBBY);
        assertThat(vm.plan().descriptionProperty().get()).isEqualTo("Hobby: 1,000 credits a month, 20 calls a minute");
    }

    @Test
    void aKeyFromTheEnvironmentIsNotEditableNorShownNorSaved() throws IOException {
        SettingsViewModel vm = viewModel(services(Map.of("PARSE_API_KEY", "env-key-999")));

        assertThat(vm.keyFromEnvironmentProperty().get()).isTrue();
        assertThat(vm.apiKeyProperty().get()).isEmpty();
        assertThat(vm.keyNoteProperty().get()).contains("PARSE_API_KEY");
        vm.themeProperty().set("dark");
        assertThat(vm.save()).isTrue();
        assertThat(home.resolve("api-key")).doesNotExist();
    }

    @Test
    void anApiUrlFromTheEnvironmentIsShownButNotSaved() {
        SettingsViewModel vm = viewModel(services(Map.of("TALENT_FINDER_API_URL", "http://127.0.0.1:7000/s")));

        assertThat(vm.apiUrlFromEnvironmentProperty().get()).isTrue();
        assertThat(vm.apiUrlProperty().get()).isEqualTo("http://127.0.0.1:7000/s");
        vm.save();
        assertThat(services(Map.of()).settings().apiUrl()).isNull();
    }

    @Test
    void testKeyMakesOneCallWithTheCandidateSettings() {
        SettingsViewModel vm = viewModel();
        vm.apiKeyProperty().set(SECRET);

        vm.testKey();

        assertThat(calls).containsExactly(new SearchRequest("developer", 1, 1));
        assertThat(candidates).singleElement().satisfies(s -> assertThat(s.apiKey().reveal()).isEqualTo(SECRET));
        assertThat(vm.testOutcomeProperty().get()).isEqualTo(TestOutcome.SUCCESS);
        assertThat(vm.testMessageProperty().get())
                .isEqualTo("The key works: 138,359 freelancers found for a test search.");
    }

    @Test
    void testKeyReportsTheServicesRefusal() {
        fakeSource = request -> {
            throw new ApiException(ApiException.Kind.UNAUTHORIZED,
                    "The API key was not accepted. Check it in Settings.");
        };
        SettingsViewModel vm = viewModel();
        vm.apiKeyProperty().set(SECRET);

        vm.testKey();

        assertThat(vm.testOutcomeProperty().get()).isEqualTo(TestOutcome.FAILURE);
        assertThat(vm.testMessageProperty().get()).isEqualTo("The API key was not accepted. Check it in Settings.");
    }

    @Test
    void testKeyNeverShowsAnUnexpectedErrorsText() {
        fakeSource = request -> {
            throw new IllegalStateException("boom " + SECRET);
        };
        SettingsViewModel vm = viewModel();
        vm.apiKeyProperty().set(SECRET);

        vm.testKey();

        assertThat(vm.testMessageProperty().get()).doesNotContain(SECRET).startsWith("The test could not finish.");
    }

    @Test
    void testKeyWithoutAKeyMakesNoCall() {
        SettingsViewModel vm = viewModel();
        vm.testKey();
        assertThat(calls).isEmpty();
        assertThat(vm.testMessageProperty().get()).isEqualTo("Enter a key first, then test it.");
    }

    @Test
    void testKeyTestsTheEnvironmentKeyWhenThereIsOne() {
        SettingsViewModel vm = viewModel(services(Map.of("PARSE_API_KEY", "env-key-999")));
        vm.testKey();
        assertThat(calls).hasSize(1);
    }

    @Test
    void cancelDiscardsEdits() {
        SettingsViewModel vm = viewModel();
        vm.plan().choiceProperty().set(Plan.DEVELOPER);
        vm.apiKeyProperty().set(SECRET);

        vm.cancel();

        assertThat(vm.plan().choiceProperty().get()).isEqualTo(Plan.FREE);
        assertThat(vm.apiKeyProperty().get()).isEmpty();
        assertThat(home.resolve("settings.properties")).doesNotExist();
    }

    @Test
    void saysSoWhenTheFolderCannotBeWritten() throws IOException {
        Path file = Files.writeString(home.resolve("not-a-folder"), "x");
        Map<String, String> env = Map.of("TALENT_FINDER_HOME", file.toString());
        SettingsViewModel vm = viewModel(new AppServices(env, CLOCK));
        vm.apiKeyProperty().set(SECRET);

        assertThat(vm.save()).isFalse();
        assertThat(vm.saveErrorProperty().get()).startsWith("The settings could not be saved in")
                .doesNotContain(SECRET);
    }
}
