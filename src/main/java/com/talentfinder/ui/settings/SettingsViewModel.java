package com.talentfinder.ui.settings;

import com.talentfinder.api.ApiEndpoint;
import com.talentfinder.api.ApiKey;
import com.talentfinder.api.FreelancerSource;
import com.talentfinder.app.config.Settings;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.TaskRunner;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Settings form: the editable choices as properties, checks on them, and the commands Test key, Reset
 * API URL, Save and Cancel. Save applies at once through {@link AppServices#updateSettings}; nothing is
 * written until then. A key saved here is used instead of one in {@code PARSE_API_KEY} (the note under the
 * field says which is in force and how to change it); an API URL set in the environment is shown but cannot be
 * edited. Editing the key clears the last test's outcome. The key is never put in a message.
 */
public final class SettingsViewModel {

    /** The allowed range of the cache time to live, in hours. */
    public static final int MIN_TTL_HOURS = 1;
    public static final int MAX_TTL_HOURS = 720;

    /** How the Test key call went. */
    public enum TestOutcome { NONE, RUNNING, SUCCESS, FAILURE }

    private final SettingsServices services;
    private final Function<Settings, FreelancerSource> testSource;
    private final TaskRunner runner;
    private final Consumer<String> themeChanged;
    private final Runnable openKeyPage;
    private final KeyTest keyTest;

    // Properties //
    private final StringProperty apiKey = new SimpleStringProperty("");
    private final BooleanProperty keyVisible = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper keyFromEnvironment = new ReadOnlyBooleanWrapper(false);
    private final StringProperty apiUrl = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper apiUrlFromEnvironment = new ReadOnlyBooleanWrapper(false);
    private final PlanChoice plan;
    private final StringProperty theme = new SimpleStringProperty("light");
    private final IntegerProperty cacheTtlHours = new SimpleIntegerProperty(24);
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper("");
    private final StringBinding apiUrlError;
    private final StringBinding cacheTtlError;
    private final StringBinding keyNote;
    private final ClearCacheViewModel clearCache;
    private final WorkingHoursSection hours = new WorkingHoursSection();
    private final TeamDatabaseSection team;
    private final BooleanBinding valid;

    /**
     * @param testSource   builds the one-off source for "Test key" from candidate settings
     *                     (in the app: {@code services::sourceFor})
     * @param themeChanged told the theme ("light" or "dark") after each save
     */
    public SettingsViewModel(SettingsServices services, Function<Settings, FreelancerSource> testSource,
                             TaskRunner runner, Consumer<String> themeChanged) {
        this(services, testSource, runner, themeChanged, () -> { });
    }

    /** @param openKeyPage opens the provider's page, where a key is made */
    public SettingsViewModel(SettingsServices services, Function<Settings, FreelancerSource> testSource,
                             TaskRunner runner, Consumer<String> themeChanged, Runnable openKeyPage) {
        this.services = services;
        this.openKeyPage = openKeyPage;
        this.testSource = testSource;
        this.runner = runner;
        this.themeChanged = themeChanged;
        this.keyTest = new KeyTest(runner);
        this.plan = new PlanChoice(services);
        this.team = new TeamDatabaseSection(services.team(), runner);
        apiUrlError = Bindings.createStringBinding(
                () -> apiUrlFromEnvironment.get() || ApiUrls.isAllowed(apiUrl.get()) ? ""
                        : Messages.get("settings.apiUrl.invalid"), apiUrl, apiUrlFromEnvironment);
        cacheTtlError = Bindings.createStringBinding(
                () -> cacheTtlHours.get() >= MIN_TTL_HOURS && cacheTtlHours.get() <= MAX_TTL_HOURS ? ""
                        : Messages.get("settings.cacheTtl.invalid"), cacheTtlHours);
        keyNote = Bindings.createStringBinding(() -> {
            boolean empty = apiKey.get() == null || apiKey.get().isBlank();
            if (keyFromEnvironment.get()) {
                return Messages.get(empty ? "settings.apiKey.environmentInForce" : "settings.apiKey.overridesEnvironment");
            }
            return empty ? Messages.get("settings.apiKey.none") : "";
        }, keyFromEnvironment, apiKey);
        // An old outcome under the field says nothing about what is typed now.
        apiKey.addListener((o, was, now) -> {
            keyTest.forgetUnlessRunning();
            saveError.set("");
        });
        clearCache = new ClearCacheViewModel(() -> {
            int pages = services.cachedPages();
            services.clearCache();
            return pages;
        }, runner);
        valid = Bindings.createBooleanBinding(() -> apiUrlError.get().isEmpty() && cacheTtlError.get().isEmpty()
                && hours.errorProperty().get().isEmpty() && team.errorProperty().get().isEmpty(),
                apiUrlError, cacheTtlError, hours.errorProperty(), team.errorProperty());
        load();
    }

    // Commands //

    /** Fills the form from the settings in force, discarding edits. */
    public void load() {
        Settings s = services.settings();
        keyFromEnvironment.set(services.effective().environmentHasKey());
        apiUrlFromEnvironment.set(services.effective().apiUrlFromEnvironment());
        apiKey.set(s.apiKey() == null ? "" : s.apiKey().reveal());
        keyVisible.set(false);
        apiUrl.set(services.effective().apiUrl(s));
        plan.load();
        hours.load(s.workingHours());
        team.load();
        theme.set(s.theme());
        cacheTtlHours.set((int) Math.min(MAX_TTL_HOURS, Math.max(MIN_TTL_HOURS, s.cacheTtl().toHours())));
        keyTest.forget();
        saveError.set("");
    }

    /** Puts the default parse.bot API URL back in the field. */
    public void resetApiUrl() {
        if (!apiUrlFromEnvironment.get()) {
            apiUrl.set(ApiEndpoint.DEFAULT_BASE_URL);
        }
    }

    /** Opens the provider's page, where a key is made. */
    public void openKeyPage() {
        openKeyPage.run();
    }

    /** Shows or hides the key. */
    public void toggleKeyVisible() {
        keyVisible.set(!keyVisible.get());
    }

    /** Makes one search call with the settings in the form, and says how it went. */
    public void testKey() {
        if (!keyFromEnvironment.get() && ApiKey.ofNullable(apiKey.get()) == null) {
            keyTest.finish(TestOutcome.FAILURE, Messages.get("settings.test.noKey"));
            return;
        }
        if (!apiUrlError.get().isEmpty()) {
            keyTest.finish(TestOutcome.FAILURE, apiUrlError.get());
            return;
        }
        keyTest.cancel();
        keyTest.run(testSource.apply(candidateToStore()));
    }

    /**
     * Saves the form and applies it at once: the next search uses it and the theme changes.
     *
     * @return true when saved (the dialog may close); false when invalid or the files could not be written
     */
    public boolean save() {
        if (!valid.get()) {
            return false;
        }
        Settings s = candidateToStore().withWorkingHours(hours.value());
        try {
            services.updateSettings(s);
            team.save();
        } catch (IOException | RuntimeException e) {
            saveError.set(Messages.format("settings.saveFailed", services.dataFolder()));
            return false;
        }
        keyTest.cancel();
        saveError.set("");
        themeChanged.accept(s.theme());
        return true;
    }

    /** Discards the edits and stops a test in flight. */
    public void cancel() {
        keyTest.cancel();
        load();
    }

    /**
     * The settings as the form stands, for a test call or to write. What comes from the environment is left
     * as it was saved (a test call still uses the environment's key and URL: the source applies them).
     */
    private Settings candidateToStore() {
        return services.effective().toStore(services.settings(), ApiKey.ofNullable(apiKey.get()),
                ApiUrls.toStored(apiUrl.get()), plan.choiceProperty().get(), theme.get(), Duration.ofHours(cacheTtlHours.get()));
    }

    // Properties: editable //

    public StringProperty apiKeyProperty() {
        return apiKey;
    }

    public BooleanProperty keyVisibleProperty() {
        return keyVisible;
    }

    public StringProperty apiUrlProperty() {
        return apiUrl;
    }

    /** The plan: the choice, its description and whether the environment sets it. */
    public PlanChoice plan() {
        return plan;
    }

    /** "Working hours": start, end and time zone. */
    public WorkingHoursSection workingHours() {
        return hours;
    }

    /** "Team database" and "Your name". */
    public TeamDatabaseSection team() {
        return team;
    }

    /** "light" or "dark". */
    public StringProperty themeProperty() {
        return theme;
    }

    public IntegerProperty cacheTtlHoursProperty() {
        return cacheTtlHours;
    }

    // Properties: read-only //

    /** True when {@code PARSE_API_KEY} holds a key (used when none is saved here). */
    public ReadOnlyBooleanProperty keyFromEnvironmentProperty() {
        return keyFromEnvironment.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty apiUrlFromEnvironmentProperty() {
        return apiUrlFromEnvironment.getReadOnlyProperty();
    }

    /** "Clear cache" and its outcome. */
    public ClearCacheViewModel clearCache() {
        return clearCache;
    }

    /** A sentence under the key field: where the key comes from, or that there is none. */
    public StringBinding keyNoteProperty() {
        return keyNote;
    }

    /** Empty when the API URL is acceptable, else why not. */
    public StringBinding apiUrlErrorProperty() {
        return apiUrlError;
    }

    public StringBinding cacheTtlErrorProperty() {
        return cacheTtlError;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public ReadOnlyObjectProperty<TestOutcome> testOutcomeProperty() {
        return keyTest.outcomeProperty();
    }

    /** The outcome of Test key as one plain sentence. */
    public ReadOnlyStringProperty testMessageProperty() {
        return keyTest.messageProperty();
    }

    /** Why the last Save failed, or empty. */
    public ReadOnlyStringProperty saveErrorProperty() {
        return saveError.getReadOnlyProperty();
    }
}
