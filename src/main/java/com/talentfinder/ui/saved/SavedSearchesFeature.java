package com.talentfinder.ui.saved;

import com.talentfinder.app.saved.SavedSearches;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.Screen;
import com.talentfinder.ui.Shortcut;
import com.talentfinder.ui.TaskRunner;
import com.talentfinder.ui.common.PortraitImages;
import com.talentfinder.ui.common.ProfilePanes;
import java.time.Clock;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.stage.Window;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;

/**
 * The saved-searches feature: its screen (Ctrl+4) and the "Save search…" action it adds to the search bar
 * ({@link #installSaveAction}), wired by the composition root: this feature knows nothing of the search feature.
 */
public final class SavedSearchesFeature implements Screen {

    private final SavedSearches saved;
    private final SavedSearchesViewModel vm;
    private final ProfilePanes profiles;
    private final PortraitImages portraits;
    private final Supplier<Window> owner;
    private SavedSearchesView view;

    public SavedSearchesFeature(SavedSearches saved, TaskRunner runner, Clock clock, ProfilePanes profiles,
                                PortraitImages portraits, Supplier<Window> owner) {
        this.saved = saved;
        this.vm = new SavedSearchesViewModel(saved, runner, clock);
        this.profiles = profiles;
        this.portraits = portraits;
        this.owner = owner;
    }

    @Override
    public String id() {
        return "saved";
    }

    @Override
    public String titleKey() {
        return "main.nav.saved";
    }

    @Override
    public String tooltipKey() {
        return "main.nav.saved.tooltip";
    }

    @Override
    public Ikon icon() {
        return MaterialDesignB.BOOKMARK_MULTIPLE_OUTLINE;
    }

    @Override
    public Shortcut shortcut() {
        return Shortcut.SHOW_SAVED;
    }

    @Override
    public Node create() {
        if (view == null) {
            view = new SavedSearchesView(vm, profiles.create(vm.selectedResultProperty(), portraits));
        }
        return view;
    }

    @Override
    public void shown() {
        vm.reload();
    }

    @Override
    public void dispose() {
        vm.dispose();
        if (view != null) {
            view.close();
            view = null;
        }
    }

    /**
     * Adds "Save search…" to {@code bar} and its key ({@link Shortcut#SAVE_SEARCH}) to {@code screen}: it saves
     * {@code current}'s query with its filters under a name asked in a small dialog.
     */
    public void installSaveAction(Pane bar, Node screen, Supplier<SaveSearchViewModel.Current> current) {
        Button save = new Button(Messages.get("saved.save.action"), new FontIcon(MaterialDesignB.BOOKMARK_PLUS_OUTLINE));
        save.setId("saveSearchButton");
        save.setTooltip(new Tooltip(Messages.format("saved.save.tooltip", Shortcut.SAVE_SEARCH.keys())));
        save.setOnAction(e -> askToSave(current));
        bar.getChildren().add(save);
        screen.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (Shortcut.SAVE_SEARCH.combination().match(e)) {
                e.consume();
                askToSave(current);
            }
        });
    }

    private void askToSave(Supplier<SaveSearchViewModel.Current> current) {
        SaveSearchViewModel model = new SaveSearchViewModel(saved, current);
        new SaveSearchDialog(model, owner.get()).showAndWait().filter(Boolean.TRUE::equals)
                .ifPresent(ok -> vm.reload());
    }

    /** The check at start (when the user turned it on): runs the searches not run for a week, within the budget. */
    public void checkAtStart() {
        vm.checkDue();
    }

    public SavedSearchesViewModel viewModel() {
        return vm;
    }
}
