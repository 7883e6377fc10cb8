package com.talentfinder.ui.shortlist;

import com.talentfinder.domain.EntryRefresh;
import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.RefreshState;
import com.talentfinder.domain.ShortlistEntry;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.common.FreelancerFormat;
import com.talentfinder.ui.common.PortraitImages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** The entries table's cells: every column's value is the whole {@link ShortlistEntry}; cells format it. */
final class EntryCells {

    static final double THUMBNAIL = 28;
    static final DateTimeFormatter SAVED = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.US);

    private EntryCells() {
    }

    static TableCell<ShortlistEntry, ShortlistEntry> text(Function<ShortlistEntry, String> format) {
        return new TableCell<>() {
            @Override
            protected void updateItem(ShortlistEntry e, boolean empty) {
                super.updateItem(e, empty);
                String t = empty || e == null ? null : format.apply(e);
                setText(t);
                getStyleClass().remove("muted-value");
                if (FreelancerFormat.isMuted(t)) {
                    getStyleClass().add("muted-value");
                }
            }
        };
    }

    static TableCell<ShortlistEntry, ShortlistEntry> portrait(PortraitImages portraits) {
        return new TableCell<>() {
            @Override
            protected void updateItem(ShortlistEntry e, boolean empty) {
                super.updateItem(e, empty);
                setGraphic(empty || e == null ? null : portraits.avatar(e.freelancer(), THUMBNAIL));
            }
        };
    }

    /** A status pick list in the cell itself: choosing saves at once. */
    static TableCell<ShortlistEntry, ShortlistEntry> status(EntryEditorViewModel editor) {
        return new TableCell<>() {
            private final ComboBox<EntryStatus> box = statusBox();
            private ShortlistEntry shown;

            {
                box.setOnAction(ev -> {
                    if (shown != null && box.getValue() != null && box.getValue() != shown.status()) {
                        editor.setStatus(shown, box.getValue());
                    }
                });
                box.setFocusTraversable(false);
            }

            @Override
            protected void updateItem(ShortlistEntry e, boolean empty) {
                super.updateItem(e, empty);
                shown = null;
                if (empty || e == null) {
                    setGraphic(null);
                    return;
                }
                box.setValue(e.status());
                shown = e;
                setGraphic(box);
            }
        };
    }

    /** A ComboBox of the statuses, each shown as a tinted pill. */
    static ComboBox<EntryStatus> statusBox() {
        ComboBox<EntryStatus> box = new ComboBox<>();
        box.getItems().setAll(EntryStatus.values());
        box.getStyleClass().add("status-box");
        box.setCellFactory(l -> statusCell());
        box.setButtonCell(statusCell());
        box.setAccessibleText(Messages.get("shortlist.column.status"));
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static ListCell<EntryStatus> statusCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(EntryStatus s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                setText(null);
                setGraphic(statusPill(s));
            }
        };
    }

    /** A status in words, from the bundle ({@code shortlist.status.<code>}). */
    static String statusText(EntryStatus s) {
        return Messages.get(switch (s) {
            case NEW -> "shortlist.status.new";
            case CONTACTED -> "shortlist.status.contacted";
            case INTERVIEWING -> "shortlist.status.interviewing";
            case HIRED -> "shortlist.status.hired";
            case REJECTED -> "shortlist.status.rejected";
        });
    }

    static Label statusPill(EntryStatus s) {
        Label pill = new Label(statusText(s));
        pill.getStyleClass().addAll("status-pill", "status-" + s.code().toLowerCase(Locale.ROOT));
        return pill;
    }

    static TableCell<ShortlistEntry, ShortlistEntry> rating(EntryEditorViewModel editor) {
        return new TableCell<>() {
            private ShortlistEntry shown;
            private final StarRating stars = new StarRating(n -> {
                if (shown != null) {
                    editor.setRating(shown, n);
                }
            });

            @Override
            protected void updateItem(ShortlistEntry e, boolean empty) {
                super.updateItem(e, empty);
                shown = empty ? null : e;
                if (shown == null) {
                    setGraphic(null);
                    return;
                }
                stars.show(e.rating());
                setGraphic(stars);
                // On a team list the stars are the members' average; who rated what on hover.
                String who = editor.teamRatings() ? editor.whoRated(e.freelancerId()) : "";
                setTooltip(who.isEmpty() ? null : new javafx.scene.control.Tooltip(who));
            }
        };
    }

    /** "Changed" or "Not found" after a refresh, with what changed in a tooltip. */
    static TableCell<ShortlistEntry, ShortlistEntry> refresh() {
        return new TableCell<>() {
            private final Label badge = new Label();

            @Override
            protected void updateItem(ShortlistEntry e, boolean empty) {
                super.updateItem(e, empty);
                EntryRefresh r = empty || e == null ? null : e.refresh();
                if (r == null) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                badge.setText(r.state().label());
                for (RefreshState s : RefreshState.values()) {
                    badge.pseudoClassStateChanged(PseudoClass.getPseudoClass(
                            s.name().toLowerCase(Locale.ROOT).replace('_', '-')), s == r.state());
                }
                badge.getStyleClass().setAll("label", "refresh-badge");
                String when = SAVED.format(r.refreshedAt().atZone(ZoneId.systemDefault()));
                String what = r.state() == RefreshState.CHANGED ? RefreshChanges.describe(r.changesJson())
                        : r.state() == RefreshState.NOT_FOUND ? Messages.get("shortlist.refresh.notFoundTip")
                        : Messages.get("shortlist.refresh.unchangedTip");
                setTooltip(new Tooltip(Messages.format("shortlist.refresh.changedTip", what, when)));
                setGraphic(badge);
            }
        };
    }

    static String saved(ShortlistEntry e) {
        return SAVED.format(e.savedAt().atZone(ZoneId.systemDefault()));
    }

    static String notesPreview(ShortlistEntry e) {
        String n = e.notes().strip().replaceAll("\\s+", " ");
        return n.length() > 80 ? n.substring(0, 79) + "…" : n;
    }
}
