package com.talentfinder.ui.search;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.TransformationList;

/**
 * The table's view of its rows: the same elements in the same order as the source, but a whole new page (every
 * element replaced) is told as removals and an addition, not as one replacement. A {@code TableView} skin that
 * hears "replaced" forgets its row count and rebuilds every visible row (each emptied, then filled: the rows go
 * through their "empty" state and their CSS is worked out anew); told removals and an addition of the same
 * count, it re-fills the rows in place (issue 13).
 */
final class PageRows<E> extends TransformationList<E, E> {

    PageRows(ObservableList<E> source) {
        super(source);
    }

    @Override
    protected void sourceChanged(ListChangeListener.Change<? extends E> c) {
        if (c.next() && !c.next()) {
            c.reset();
            c.next();
            if (c.wasReplaced() && !c.wasPermutated() && c.getFrom() == 0 && c.getTo() == size()
                    && c.getRemovedSize() > 1) {
                fireChange(new WholePage<>(this, List.copyOf(c.getRemoved())));
                return;
            }
        }
        c.reset();
        fireChange(new SourceChange<>(this, c));
    }

    @Override
    public int getSourceIndex(int index) {
        return index;
    }

    @Override
    public int getViewIndex(int index) {
        return index;
    }

    @Override
    public E get(int index) {
        return getSource().get(index);
    }

    @Override
    public int size() {
        return getSource().size();
    }

    /** The source's change, told as this list's. */
    private static final class SourceChange<E> extends ListChangeListener.Change<E> {
        private final ListChangeListener.Change<? extends E> c;

        SourceChange(ObservableList<E> list, ListChangeListener.Change<? extends E> c) {
            super(list);
            this.c = c;
        }

        @Override
        public boolean next() {
            return c.next();
        }

        @Override
        public void reset() {
            c.reset();
        }

        @Override
        public int getFrom() {
            return c.getFrom();
        }

        @Override
        public int getTo() {
            return c.getTo();
        }

        @SuppressWarnings("unchecked")
        @Override
        public List<E> getRemoved() {
            return (List<E>) c.getRemoved();
        }

        @Override
        public boolean wasUpdated() {
            return c.wasUpdated();
        }

        @Override
        public int getPermutation(int i) {
            return c.getPermutation(i);
        }

        @Override
        protected int[] getPermutation() {
            if (!c.wasPermutated()) {
                return new int[0];
            }
            int[] p = new int[c.getTo() - c.getFrom()];
            for (int i = 0; i < p.length; i++) {
                p[i] = c.getPermutation(c.getFrom() + i);
            }
            return p;
        }
    }

    /**
     * Every old element removed and every new one added, in three steps: all old but the last removed, the new
     * ones added, the last old one removed after them. No step is a replacement and none removes all rows.
     */
    private static final class WholePage<E> extends ListChangeListener.Change<E> {
        private final List<E> old;
        private final int added;
        private int step = -1;

        WholePage(ObservableList<E> list, List<E> old) {
            super(list);
            this.old = old;
            this.added = list.size();
        }

        @Override
        public boolean next() {
            step++;
            return step < 3;
        }

        @Override
        public void reset() {
            step = -1;
        }

        @Override
        public int getFrom() {
            return step == 2 ? added : 0;
        }

        @Override
        public int getTo() {
            return step == 1 ? added : getFrom();
        }

        @Override
        public List<E> getRemoved() {
            return switch (step) {
                case 0 -> old.subList(0, old.size() - 1);
                case 2 -> old.subList(old.size() - 1, old.size());
                default -> List.of();
            };
        }

        @Override
        protected int[] getPermutation() {
            return new int[0];
        }
    }
}
