package com.talentfinder.ui.common;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A table cell's tooltip, made the first time the pointer enters the cell instead of with the cell: every
 * {@link Tooltip} is a popup window with its own scene, and a results page lays out a few dozen cells at once
 * (issue 13: they were ~8 % of the UI thread's start-up). The tooltip shows as before (JavaFX arms it on the
 * pointer's next move over the cell); its text is worked out only then. {@link #text()} gives the text for a
 * screen reader's help without building the popup.
 */
public final class LazyTooltip {

    private final Control owner;
    private final Consumer<Tooltip> setup;
    private Supplier<String> text;
    private Tooltip tip;

    /**
     * @param owner the cell
     * @param setup styles the tooltip once it is made (delays, wrapping, width)
     */
    public LazyTooltip(Control owner, Consumer<Tooltip> setup) {
        this.owner = owner;
        this.setup = setup;
        owner.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> build());
    }

    /**
     * A control's fixed tooltip, made on the first hover (the navigation toggles, the pager's buttons: a dozen
     * popups the first frame need not build); a screen reader gets the text as the control's help at once.
     */
    public static void install(Control control, String text) {
        if (control.getAccessibleHelp() == null) {
            control.setAccessibleHelp(text);
        }
        new LazyTooltip(control, t -> { }).set(() -> text);
    }

    /** The text from now on, worked out when shown; null: no tooltip. */
    public void set(Supplier<String> newText) {
        this.text = newText;
        if (newText == null) {
            owner.setTooltip(null);
        } else if (tip != null) {
            tip.setText(newText.get());
            owner.setTooltip(tip);
        }
    }

    /** The text the tooltip shows (or would show), or null when there is none. */
    public String text() {
        return text == null ? null : text.get();
    }

    /** The tooltip if it was made (the pointer entered the cell since it had a text), else null. */
    public Tooltip built() {
        return tip;
    }

    private void build() {
        if (text == null || owner.getTooltip() != null) {
            return;
        }
        if (tip == null) {
            tip = new Tooltip();
            setup.accept(tip);
        }
        tip.setText(text.get());
        owner.setTooltip(tip);
    }
}
