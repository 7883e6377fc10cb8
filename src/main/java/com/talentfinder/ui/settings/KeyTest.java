package com.talentfinder.ui.settings;

import com.talentfinder.api.ApiException;
import com.talentfinder.api.FreelancerSource;
import com.talentfinder.domain.SearchPage;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.TaskRunner;
import com.talentfinder.ui.common.ApiErrorText;
import com.talentfinder.ui.settings.SettingsViewModel.TestOutcome;
import java.text.NumberFormat;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The Settings form's "Test key": one search call with the settings in the form, and how it went. */
final class KeyTest {

    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<TestOutcome> outcome = new ReadOnlyObjectWrapper<>(TestOutcome.NONE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private TaskRunner.Handle handle;

    KeyTest(TaskRunner runner) {
        this.runner = runner;
    }

    /** Makes the one call through {@code source} (built from the form). */
    void run(FreelancerSource source) {
        outcome.set(TestOutcome.RUNNING);
        message.set(Messages.get("settings.test.running"));
        handle = runner.run("test-key", progress -> source.search(new SearchRequest("developer", 1, 1)),
                this::succeeded, this::failed);
    }

    /** Stops a test in flight. */
    void cancel() {
        if (handle != null) {
            handle.cancel();
            handle = null;
        }
    }

    /** Clears the last outcome. */
    void forget() {
        outcome.set(TestOutcome.NONE);
        message.set("");
    }

    /** Clears the last outcome unless a test is running (an old outcome says nothing about a new key). */
    void forgetUnlessRunning() {
        if (outcome.get() != TestOutcome.RUNNING) {
            forget();
        }
    }

    void finish(TestOutcome how, String text) {
        handle = null;
        outcome.set(how);
        message.set(text);
    }

    private void succeeded(SearchPage page) {
        String count = NumberFormat.getIntegerInstance(Locale.US).format(page.totalResults());
        finish(TestOutcome.SUCCESS, Messages.format("settings.test.success", count));
    }

    private void failed(Throwable error) {
        // A failed call in words from the bundle (never the key); anything else is not shown as is.
        String text = error instanceof ApiException api ? ApiErrorText.of(api) : Messages.get("settings.test.failed");
        finish(TestOutcome.FAILURE, text);
    }

    ReadOnlyObjectProperty<TestOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
