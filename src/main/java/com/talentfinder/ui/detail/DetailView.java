package com.talentfinder.ui.detail;

import com.talentfinder.domain.Badge;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.common.BadgeLook;
import com.talentfinder.ui.common.InitialsAvatar;
import com.talentfinder.ui.common.Subscriptions;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;

/**
 * The detail pane (root id {@code #detailPane}): portrait, name, title, badges, figures, skills as chips,
 * the description as selectable text, and the Open profile / Copy link buttons. It is itself a Node: put it
 * where it belongs in the main window (e.g. the right side of a SplitPane). While it is in a scene, the
 * shortcut Ctrl+O (Cmd+O on macOS) opens the profile.
 */
public final class DetailView extends StackPane implements AutoCloseable {

    /** The shortcut that opens the profile. */
    public static final KeyCombination OPEN_PROFILE = com.talentfinder.ui.Shortcut.OPEN_PROFILE.combination();

    private final DetailViewModel vm;
    private final StackPane avatarHolder = new StackPane();
    private final HBox badgeBox = new HBox(6);
    private final FlowPane skillChips = new FlowPane(6, 6);
    private final Timeline clockTick;
    /** Everything this view hangs on its (longer-lived) view model; released by {@link #close()}. */
    private final Subscriptions subs = new Subscriptions();
    private InitialsAvatar avatar;
    private VBox content;

    public DetailView(DetailViewModel vm) {
        this.vm = vm;
        setId("detailPane");
        getStyleClass().add("detail-pane");
        getStylesheets().add(DetailView.class.getResource("detail.css").toExternalForm());

        Label emptyState = new Label(Messages.get("detail.empty"));
        emptyState.getStyleClass().add("detail-empty");
        emptyState.setWrapText(true);
        subs.bind(emptyState.visibleProperty(), vm.emptyProperty());

        getChildren().add(emptyState);
        // The profile itself is built the first time there is one to show: a window that opens with nothing
        // selected pays for its empty state only (issue 13, the first frame).
        if (!vm.emptyProperty().get()) {
            buildContent();
        }
        subs.listen(vm.emptyProperty(), (o, was, empty) -> {
            if (!empty) {
                buildContent();
            }
        });

        clockTick = new Timeline(new KeyFrame(Duration.seconds(30), e -> vm.refreshLocalTime()));
        clockTick.setCycleCount(Animation.INDEFINITE);
        sceneProperty().addListener((o, was, now) -> moveShortcut(was, now));
    }

    /** The profile: header, actions, facts, skills and description; built once, on first use. */
    private void buildContent() {
        if (content != null) {
            return;
        }
        content = new VBox(createHeader(), DetailActions.create(vm, subs), DetailFacts.create(vm, subs), createSkills(),
                createDescription());
        content.getStyleClass().add("detail-content");
        content.setMinHeight(Region.USE_PREF_SIZE);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("detailScroll");
        scroll.getStyleClass().add("detail-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        subs.bind(scroll.visibleProperty(), vm.emptyProperty().not());
        getChildren().add(scroll);

        subs.listen(vm.freelancerProperty(), (o, was, now) -> {
            showAvatar(now);
            // A new profile starts at its top (name and photo), whatever the last one was scrolled to.
            scroll.setVvalue(scroll.getVmin());
        });
        subs.listen(vm.portraitProperty(), (o, was, now) -> {
            if (avatar != null) {
                avatar.setImage(now);
            }
        });
        subs.listen(vm.getBadges(), (javafx.collections.ListChangeListener<Badge>) c -> showBadges());
        subs.listen(vm.getSkills(), (javafx.collections.ListChangeListener<String>) c -> showSkills());
        showAvatar(vm.freelancerProperty().get());
        showBadges();
        showSkills();
    }

    /** Whether the profile's controls exist yet (they are built when the first profile is shown). */
    public boolean contentBuilt() {
        return content != null;
    }

    private Node createHeader() {
        avatarHolder.getStyleClass().add("detail-avatar");
        Label name = new Label();
        name.setId("detailName");
        name.getStyleClass().add("detail-name");
        name.setWrapText(true);
        subs.bind(name.textProperty(), vm.nameProperty());
        Label title = new Label();
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        subs.bind(title.textProperty(), vm.titleProperty());
        badgeBox.getStyleClass().add("detail-badges");
        badgeBox.setAlignment(Pos.CENTER_LEFT);
        VBox words = new VBox(4, name, title, badgesWithMark());
        words.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(words, Priority.ALWAYS);
        Pane header = StackingHeader.of(avatarHolder, words);
        header.getStyleClass().add("detail-header");
        return header;
    }

    /** The badges, and a bookmark when the freelancer is already on a list (its tooltip names the lists). */
    private Node badgesWithMark() {
        FontIcon bookmark = icon(MaterialDesignB.BOOKMARK_CHECK);
        bookmark.getStyleClass().add("on-list-mark");
        Label mark = new Label(null, bookmark);
        mark.setId("detailOnListMark");
        mark.setMinWidth(Region.USE_PREF_SIZE);
        mark.setAccessibleText(Messages.get("detail.onLists.accessible"));
        Tooltip lists = new Tooltip();
        lists.setWrapText(true);
        lists.setMaxWidth(360);
        subs.bind(lists.textProperty(), vm.onListsTextProperty());
        mark.setTooltip(lists);
        subs.bind(mark.visibleProperty(), vm.onAListProperty());
        subs.bind(mark.managedProperty(), vm.onAListProperty());
        HBox row = new HBox(8, badgeBox, mark);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node createSkills() {
        Label heading = new Label(Messages.get("detail.label.skills"));
        heading.getStyleClass().add("detail-section");
        skillChips.setId("detailSkills");
        skillChips.getStyleClass().add("detail-skills");
        return new VBox(6, heading, skillChips);
    }

    private Node createDescription() {
        Label heading = new Label(Messages.get("detail.label.description"));
        heading.getStyleClass().add("detail-section");
        TextArea description = new TextArea();
        description.setId("detailDescription");
        description.getStyleClass().add("detail-description");
        description.setEditable(false);
        description.setWrapText(true);
        description.setPrefRowCount(8);
        subs.bind(description.textProperty(), vm.descriptionProperty());
        description.setAccessibleText(Messages.get("detail.label.description"));
        heading.setLabelFor(description);
        VBox.setVgrow(description, Priority.ALWAYS);
        VBox box = new VBox(6, heading, description);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    private void showAvatar(Freelancer f) {
        if (f == null) {
            avatar = null;
            avatarHolder.getChildren().clear();
            return;
        }
        avatar = new InitialsAvatar(f.id(), f.displayName(), DetailViewModel.PORTRAIT_SIZE);
        avatar.setImage(vm.portraitProperty().get());
        avatarHolder.getChildren().setAll(avatar);
    }

    private void showBadges() {
        badgeBox.getChildren().setAll(vm.getBadges().stream().map(DetailView::badgeLabel).toList());
        badgeBox.setVisible(!vm.getBadges().isEmpty());
        badgeBox.setManaged(!vm.getBadges().isEmpty());
    }

    private static Label badgeLabel(Badge badge) {
        Label label = new Label(BadgeLook.label(badge), icon(BadgeLook.icon(badge)));
        label.getStyleClass().addAll("detail-badge", "badge-" + badge.code().replace('_', '-'));
        return label;
    }

    private void showSkills() {
        if (vm.getSkills().isEmpty()) {
            Label none = new Label(Messages.get("detail.skills.none"));
            none.getStyleClass().add("detail-muted");
            skillChips.getChildren().setAll(none);
            return;
        }
        skillChips.getChildren().setAll(vm.getSkills().stream().map(skill -> {
            Label chip = new Label(skill);
            chip.getStyleClass().add("detail-skill-chip");
            return chip;
        }).toList());
    }

    /**
     * Lets go of the view model: call when this view is removed for good. Afterwards nothing the view model
     * holds refers to this view, so it can be collected.
     */
    public void close() {
        subs.close();
        clockTick.stop();
        if (getScene() != null) {
            getScene().getAccelerators().remove(OPEN_PROFILE);
        }
    }

    private void moveShortcut(Scene was, Scene now) {
        if (was != null) {
            was.getAccelerators().remove(OPEN_PROFILE);
        }
        if (now != null) {
            now.getAccelerators().put(OPEN_PROFILE, vm::openProfile);
            clockTick.play();
        } else {
            clockTick.stop();
        }
    }

    static FontIcon icon(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("detail-icon");
        return icon;
    }
}
