package com.talentfinder.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.Property;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

/**
 * Every listener and binding a view registers on something that may outlive it (a view model, a service's
 * property), so that {@link #close()} lets go of all of them at once. A listener a short-lived view leaves on
 * a long-lived property keeps the whole view alive; a view that registers through one of these and is closed
 * when it is removed can be collected.
 */
public final class Subscriptions implements AutoCloseable {

    private final List<Runnable> releases = new ArrayList<>();

    /** Adds {@code listener} to {@code value} until {@link #close()}. */
    public <T> void listen(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        releases.add(() -> value.removeListener(listener));
    }

    /** Adds {@code listener} to {@code list} until {@link #close()}. */
    public <E> void listen(ObservableList<E> list, ListChangeListener<? super E> listener) {
        list.addListener(listener);
        releases.add(() -> list.removeListener(listener));
    }

    /** Adds {@code listener} to {@code set} until {@link #close()}. */
    public <E> void listen(ObservableSet<E> set, SetChangeListener<? super E> listener) {
        set.addListener(listener);
        releases.add(() -> set.removeListener(listener));
    }

    /** Adds an invalidation {@code listener} to {@code value} until {@link #close()}. */
    public void invalidated(Observable value, InvalidationListener listener) {
        value.addListener(listener);
        releases.add(() -> value.removeListener(listener));
    }

    /** Binds {@code a} and {@code b} both ways until {@link #close()}. */
    public <T> void bindBidirectional(Property<T> a, Property<T> b) {
        a.bindBidirectional(b);
        releases.add(() -> a.unbindBidirectional(b));
    }

    /** Binds {@code target} to {@code source} until {@link #close()}. */
    public <T> void bind(Property<T> target, ObservableValue<? extends T> source) {
        target.bind(source);
        releases.add(target::unbind);
    }

    /** Runs {@code release} on {@link #close()} (e.g. stopping a timer). */
    public void onClose(Runnable release) {
        releases.add(release);
    }

    /** How many subscriptions are held (for tests). */
    public int size() {
        return releases.size();
    }

    /** Releases everything, newest first; safe to call twice. */
    @Override
    public void close() {
        for (int i = releases.size() - 1; i >= 0; i--) {
            releases.get(i).run();
        }
        releases.clear();
    }
}
