package com.talentfinder.ui.common;

import com.talentfinder.app.credits.CreditStatus;
import com.talentfinder.domain.Plan;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.TaskRunner;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The status bar's credit meter: "Credits this month: N of M" for the plan in force (with a team key, "Team
 * credits this month: N of M" and who spent what in the tooltip, or a plain note when the team database cannot be
 * read), a warning from 80 %, and a tooltip with the plan, its pace and the month; "Demo data: no credits used" while demo data answers. It
 * follows every counted call (the credit meter's listener runs on the calling thread, so each status is handed
 * to the UI thread first) and re-reads everything on {@link #refresh()} (after Settings change).
 */
public final class CreditMeterViewModel implements AutoCloseable {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Messages.LOCALE);
    private static final System.Logger LOG = System.getLogger(CreditMeterViewModel.class.getName());

    /** What the meter reads, adapted from {@code app.AppServices} by the composition root. */
    public interface Source {
        /** This month's credits; may read the database, so it is called off the UI thread. */
        CreditStatus status();

        /** Hears the status after every counted call, on the calling thread; returns a handle that removes it. */
        Runnable addListener(Consumer<CreditStatus> listener);

        Plan plan();

        /** The pace in force, in calls a minute. */
        int callsPerMinute();

        /** True when {@code TALENT_FINDER_PLAN} sets the plan. */
        boolean planFromEnvironment();

        /** True when searches are answered by demo data (no credits used). */
        boolean demo();
    }

    /** One reading of the source, taken off the UI thread. */
    private record Reading(CreditStatus status, Plan plan, int callsPerMinute, boolean planFromEnvironment,
                           boolean demo) {
        Reading with(CreditStatus newStatus) {
            return new Reading(newStatus, plan, callsPerMinute, planFromEnvironment, demo);
        }
    }

    private final Source source;
    private final TaskRunner runner;
    private final Executor uiThread;
    private final AtomicReference<Runnable> unsubscribe = new AtomicReference<>();
    private Reading last;

    // Properties //
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tooltip = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper warning = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper demo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(0);

    /**
     * Reads the source at once and then follows it; both in the background (through {@code runner}), since the
     * first reading may open the database.
     *
     * @param uiThread runs a task on the UI thread ({@code Platform::runLater}; tests pass {@code Runnable::run})
     */
    public CreditMeterViewModel(Source source, TaskRunner runner, Executor uiThread) {
        this.source = source;
        this.runner = runner;
        this.uiThread = uiThread;
        refresh();
    }

    // Commands //

    /** Re-reads the credits, the plan and the mode (after Settings change). */
    public void refresh() {
        runner.run("read credits", progress -> read(), this::show,
                failure -> LOG.log(System.Logger.Level.WARNING, "Could not read this month's credits: "
                        + failure.getMessage()));
    }

    /** Stops following the credit meter. */
    @Override
    public void close() {
        Runnable stop = unsubscribe.getAndSet(() -> { });
        if (stop != null) {
            stop.run();
        }
    }

    /** Off the UI thread: follows the meter (the first time) and reads everything. */
    private Reading read() {
        if (unsubscribe.get() == null) {
            Runnable stop = source.addListener(status -> uiThread.execute(() -> counted(status)));
            if (!unsubscribe.compareAndSet(null, stop)) {
                stop.run();
            }
        }
        return new Reading(source.status(), source.plan(), source.callsPerMinute(), source.planFromEnvironment(),
                source.demo());
    }

    private void counted(CreditStatus status) {
        if (last == null) {
            refresh();
        } else {
            show(last.with(status));
        }
    }

    private void show(Reading r) {
        last = r;
        CreditStatus s = r.status();
        demo.set(r.demo());
        warning.set(!r.demo() && s.warning());
        fraction.set(r.demo() ? 0 : s.fraction());
        if (r.demo()) {
            text.set(Messages.get("main.credits.demo"));
            tooltip.set(Messages.get("main.credits.demo.tooltip"));
            return;
        }
        text.set(Messages.format(switch (s.scope()) {
            case TEAM -> "main.credits.team.text";
            case TEAM_UNAVAILABLE -> "main.credits.team.unavailable.text";
            case PERSONAL -> "main.credits.text";
        }, s.used(), s.limit()));
        StringBuilder tip = new StringBuilder();
        if (s.scope() == CreditStatus.Scope.TEAM) {
            tip.append(Messages.format("main.credits.team.tooltip", breakdown(s))).append('\n');
        } else if (s.scope() == CreditStatus.Scope.TEAM_UNAVAILABLE) {
            tip.append(Messages.get("main.credits.team.unavailable")).append('\n');
        }
        tip.append(Messages.format("main.credits.tooltip", r.plan().label(),
                r.plan().creditsPerMonth(), r.callsPerMinute(), month(s.month())));
        if (r.planFromEnvironment()) {
            tip.append('\n').append(Messages.get("main.credits.tooltip.planFromEnvironment"));
        }
        if (s.warning()) {
            tip.append('\n').append(Messages.format("main.credits.tooltip.warning", s.remaining()));
        }
        tooltip.set(tip.toString());
    }

    /** "Dana 12 · Sam 5 · you 3", most first, as the team ledger lists them. */
    static String breakdown(CreditStatus s) {
        if (s.members().isEmpty()) {
            return Messages.get("main.credits.team.nobody");
        }
        return s.members().stream().map(m -> Messages.format("main.credits.team.member",
                        m.you() ? Messages.get("main.credits.team.you") : m.member(), m.calls()))
                .collect(java.util.stream.Collectors.joining(" · "));
    }

    /** "2025-02" as "February 2025". */
    private static String month(String yearMonth) {
        try {
            return YearMonth.parse(yearMonth).format(MONTH);
        } catch (DateTimeParseException e) {
            return yearMonth;
        }
    }

    // Accessors //

    /** "Credits this month: N of M" (with a team key "Team credits this month: N of M"), or demo data's words. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** The plan, its pace and the month counted (and what is left, when warning). */
    public ReadOnlyStringProperty tooltipProperty() {
        return tooltip.getReadOnlyProperty();
    }

    /** True from 80 % of the month's credits on (never on demo data). */
    public ReadOnlyBooleanProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty demoProperty() {
        return demo.getReadOnlyProperty();
    }

    /** Used / limit, 0 to 1, for a small bar (0 on demo data). */
    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }
}
