package com.talentfinder.ui.settings;

import com.talentfinder.domain.Plan;
import com.talentfinder.ui.Messages;
import java.text.NumberFormat;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Settings form's plan: the choice, what it allows in words, and whether {@code TALENT_FINDER_PLAN} sets it
 * (then it is shown but not editable, with a sentence saying so).
 */
public final class PlanChoice {

    private final SettingsServices services;
    private final ObjectProperty<Plan> choice = new SimpleObjectProperty<>(Plan.FREE);
    private final ReadOnlyBooleanWrapper fromEnvironment = new ReadOnlyBooleanWrapper(false);
    private final StringBinding description;
    private final StringBinding note;

    PlanChoice(SettingsServices services) {
        this.services = services;
        description = Bindings.createStringBinding(() -> describe(choice.get()), choice);
        note = Bindings.createStringBinding(() -> fromEnvironment.get()
                ? Messages.format("settings.plan.fromEnvironment",
                        services.effective().plan(services.settings()).label())
                : "", fromEnvironment);
    }

    /** Fills the choice from the settings in force. */
    void load() {
        fromEnvironment.set(services.effective().planFromEnvironment());
        choice.set(services.effective().plan(services.settings()));
    }

    private static String describe(Plan p) {
        if (p == null) {
            return "";
        }
        return Messages.format("settings.plan.describe", p.label(),
                NumberFormat.getIntegerInstance(Locale.US).format(p.creditsPerMonth()),
                Integer.toString(p.callsPerMinute()));
    }

    public ObjectProperty<Plan> choiceProperty() {
        return choice;
    }

    /** True when {@code TALENT_FINDER_PLAN} sets the plan. */
    public ReadOnlyBooleanProperty fromEnvironmentProperty() {
        return fromEnvironment.getReadOnlyProperty();
    }

    /** A sentence under the plan when the environment sets it, else empty. */
    public StringBinding noteProperty() {
        return note;
    }

    /** "Free: 100 credits a month, 5 calls a minute". */
    public StringBinding descriptionProperty() {
        return description;
    }
}
