package com.talentfinder.ui.search;

import java.math.BigDecimal;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The hourly-rate filter of {@link FilterViewModel}: the slider's bounds (the rates loaded) and the chosen lowest and
 * highest rate. A chosen bound is never clamped to the rates loaded: the slider's bounds widen to it instead. Every
 * change the user makes is reported to {@code changed}, which builds the next filter.
 */
final class RateRange {

    private final ReadOnlyDoubleWrapper floor = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyDoubleWrapper ceiling = new ReadOnlyDoubleWrapper(100);
    private final DoubleProperty low = new SimpleDoubleProperty(0);
    private final DoubleProperty high = new SimpleDoubleProperty(100);
    private final Runnable changed;
    private boolean quiet;
    /** True once the user set that bound (slider, field or arrow keys) to something other than the loaded one. */
    private boolean lowChosen;
    private boolean highChosen;

    RateRange(Runnable changed) {
        this.changed = changed;
        low.addListener((o, was, now) -> {
            if (!quiet) {
                lowChosen = Math.round(now.doubleValue()) > floor.get();
                changed.run();
            }
        });
        high.addListener((o, was, now) -> {
            if (!quiet) {
                highChosen = Math.round(now.doubleValue()) < ceiling.get();
                changed.run();
            }
        });
    }

    /** Turns both bounds off (the caller rebuilds the filter once afterwards). */
    void clear() {
        lowChosen = false;
        highChosen = false;
        quiet = true;
        try {
            low.set(floor.get());
            high.set(ceiling.get());
        } finally {
            quiet = false;
        }
    }

    void setMin(Integer value) {
        lowChosen = value != null;
        quiet = true;
        try {
            if (value != null && value < floor.get()) {
                floor.set(value);
            }
            // A lowest rate above the highest is taken as the highest: the list never goes empty by a typo.
            low.set(value == null ? floor.get() : Math.min(value, high.get()));
        } finally {
            quiet = false;
        }
        changed.run();
    }

    void setMax(Integer value) {
        highChosen = value != null;
        quiet = true;
        try {
            if (value != null && value > ceiling.get()) {
                ceiling.set(value);
            }
            high.set(value == null ? ceiling.get() : value);
        } finally {
            quiet = false;
        }
        changed.run();
    }

    /**
     * Follows the rates loaded (rounded outward): the bounds widen to any chosen rate beyond them, and a bound not
     * chosen moves with them (the caller rebuilds the filter once afterwards).
     */
    void follow(double loadedFloor, double loadedCeiling) {
        quiet = true;
        try {
            floor.set(lowChosen ? Math.min(loadedFloor, Math.round(low.get())) : loadedFloor);
            ceiling.set(Math.max(highChosen ? Math.max(loadedCeiling, Math.round(high.get())) : loadedCeiling,
                    floor.get()));
            if (!lowChosen) {
                low.set(floor.get());
            }
            if (!highChosen) {
                high.set(ceiling.get());
            }
        } finally {
            quiet = false;
        }
    }

    /** The lowest rate in force, or null while that bound is off. */
    BigDecimal lowInForce() {
        return lowChosen ? BigDecimal.valueOf(Math.round(low.get())) : null;
    }

    /** The highest rate in force, or null while that bound is off. */
    BigDecimal highInForce() {
        return highChosen ? BigDecimal.valueOf(Math.round(high.get())) : null;
    }

    ReadOnlyDoubleProperty floorProperty() {
        return floor.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty ceilingProperty() {
        return ceiling.getReadOnlyProperty();
    }

    DoubleProperty lowProperty() {
        return low;
    }

    DoubleProperty highProperty() {
        return high;
    }
}
