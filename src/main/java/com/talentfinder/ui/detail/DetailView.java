package com.talentfinder.ui.detail;

import com.talentfinder.ui.common.BadgeLook;

import com.talentfinder.ui.Messages;


import com.talentfinder.domain.Badge;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.ui.common.InitialsAvatar;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The detail pane (root id {@code #detailPane}): portrait, name, title, badges, figures, skills as chips,
 * the description as selectable text, and the Open profile / Copy link buttons. It is itself a Node: put it
 * where it belongs in the main window (e.g. the right side of a SplitPane). While it is in a scene, the
 * shortcut Ctrl+O (Cmd+O on macOS) opens the profile.
 */
public final class DetailView extends StackPane {

    /** The shortcut that opens the profile. */
    public static final KeyCombination OPEN_PROFILE = com.talentfinder.ui.Shortcut.OPEN_PROFILE.combination();

    private final DetailViewModel vm;
    private final StackPane avatarHolder = new StackPane();
    private final HBox badgeBox = new HBox(6);
    private final FlowPane skillChips = new FlowPane(6, 6);
    private final Timeline clockTick;
    private InitialsAvatar avatar;

    public DetailView(DetailViewModel vm) {
        this.vm = vm;
        setId("detailPane");
        getStyleClass().add("detail-pane");
        getStylesheets().add(DetailView.class.getResource("detail.css").toExternalForm());

        Label emptyState = new Label(Messages.get("detail.empty"));
        emptyState.getStyleClass().add("detail-empty");
        emptyState.setWrapText(true);
        emptyState.visibleProperty().bind(vm.emptyProperty());

        VBox content = new VBox(createHeader(), createActions(), createFacts(), createSkills(),
                createDescription());
        content.getStyleClass().add("detail-content");
        content.setMinHeight(Region.USE_PREF_SIZE);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("detailScroll");
        scroll.getStyleClass().add("detail-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.visibleProperty().bind(vm.emptyProperty().not());
        getChildren().addAll(emptyState, scroll);

        vm.freelancerProperty().addListener((o, was, now) -> {
            showAvatar(now);
            // A new profile starts at its top (name and photo), whatever the last one was scrolled to.
            scroll.setVvalue(scroll.getVmin());
        });
        vm.portraitProperty().addListener((o, was, now) -> {
            if (avatar != null) {
                avatar.setImage(now);
            }
        });
        vm.getBadges().addListener((javafx.collections.ListChangeListener<Badge>) c -> showBadges());
        vm.getSkills().addListener((javafx.collections.ListChangeListener<String>) c -> showSkills());
        showAvatar(vm.freelancerProperty().get());
        showBadges();
        showSkills();

        clockTick = new Timeline(new KeyFrame(Duration.seconds(30), e -> vm.refreshLocalTime()));
        clockTick.setCycleCount(Animation.INDEFINITE);
        sceneProperty().addListener((o, was, now) -> moveShortcut(was, now));
    }

    private Node createHeader() {
        avatarHolder.getStyleClass().add("detail-avatar");
        Label name = new Label();
        name.setId("detailName");
        name.getStyleClass().add("detail-name");
        name.setWrapText(true);
        name.textProperty().bind(vm.nameProperty());
        Label title = new Label();
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        title.textProperty().bind(vm.titleProperty());
        badgeBox.getStyleClass().add("detail-badges");
        badgeBox.setAlignment(Pos.CENTER_LEFT);
        VBox words = new VBox(4, name, title, badgeBox);
        words.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox header = new HBox(16, avatarHolder, words);
        header.getStyleClass().add("detail-header");
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private Node createActions() {
        Button open = new Button(Messages.get("detail.open"), icon(MaterialDesignO.OPEN_IN_NEW));
        open.setId("openProfileButton");
        open.getStyleClass().add("accent");
        open.disableProperty().bind(vm.canOpenProperty().not());
        open.setOnAction(e -> vm.openProfile());
        open.setTooltip(new Tooltip(Messages.get("detail.open.tooltip")));
        // A disabled button shows no tooltip: let its holder show why it is disabled.
        open.mouseTransparentProperty().bind(open.disabledProperty());
        StackPane openHolder = new StackPane(open);
        Tooltip why = new Tooltip();
        why.textProperty().bind(vm.openBlockedReasonProperty());
        vm.canOpenProperty().addListener((o, was, can) -> installWhy(openHolder, why, can));
        installWhy(openHolder, why, vm.canOpenProperty().get());

        Button copy = new Button(Messages.get("detail.copy"), icon(MaterialDesignC.CONTENT_COPY));
        copy.setId("copyLinkButton");
        copy.disableProperty().bind(vm.canOpenProperty().not());
        copy.setOnAction(e -> vm.copyLink());
        copy.setTooltip(new Tooltip(Messages.get("detail.copy.tooltip")));

        Label note = new Label();
        note.setId("detailNote");
        note.getStyleClass().add("detail-note");
        note.setWrapText(true);
        note.textProperty().bind(Bindings.when(vm.canOpenProperty())
                .then(vm.feedbackProperty()).otherwise(vm.openBlockedReasonProperty()));
        // The note has a line of its own under the buttons: beside them, a narrow pane squeezed it to one
        // letter per line.
        note.setMaxWidth(Double.MAX_VALUE);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        for (Region keepWhole : new Region[] {open, openHolder, copy}) {
            keepWhole.setMinWidth(Region.USE_PREF_SIZE);
        }
        // The buttons wrap onto two lines in a narrow pane instead of being cut.
        FlowPane buttons = new FlowPane(8, 6, openHolder, copy);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox actions = new VBox(6, buttons, note);
        actions.getStyleClass().add("detail-actions");
        return actions;
    }

    private static void installWhy(Node holder, Tooltip why, boolean canOpen) {
        if (canOpen) {
            Tooltip.uninstall(holder, why);
        } else {
            Tooltip.install(holder, why);
        }
    }

    /** The location on its own line, then the figures as tiles that wrap when the pane is narrow. */
    private Node createFacts() {
        Label locationKey = new Label(Messages.get("detail.label.location"), icon(MaterialDesignM.MAP_MARKER));
        locationKey.getStyleClass().add("detail-fact-key");
        locationKey.setMinWidth(Region.USE_PREF_SIZE);
        Label location = new Label();
        location.getStyleClass().add("detail-fact-value");
        location.setWrapText(true);
        location.textProperty().bind(vm.locationProperty());
        locationKey.setLabelFor(location);
        HBox locationRow = new HBox(10, locationKey, location);
        locationRow.setAlignment(Pos.CENTER_LEFT);

        Label verified = new Label();
        verified.getStyleClass().add("detail-verified");
        verified.textProperty().bind(vm.verifiedTextProperty());
        verified.setGraphic(icon(MaterialDesignS.SHIELD_CHECK));
        verified.setMinWidth(Region.USE_PREF_SIZE);
        vm.verifiedProperty().addListener((o, was, now) -> markVerified(verified, now));
        markVerified(verified, vm.verifiedProperty().get());

        FlowPane tiles = new FlowPane(24, 10,
                tile("detail.label.rate", MaterialDesignC.CASH, vm.rateProperty()),
                tile("detail.label.jss", MaterialDesignC.CHART_LINE, vm.jobSuccessProperty()),
                tile("detail.label.earnings", MaterialDesignT.TROPHY, vm.earningsProperty()),
                tile("detail.label.hours", MaterialDesignC.CLOCK_OUTLINE, vm.hoursProperty()),
                tile("detail.label.jobs", MaterialDesignB.BRIEFCASE, vm.jobsProperty()),
                verified);
        tiles.setAlignment(Pos.BOTTOM_LEFT);
        tiles.getStyleClass().add("detail-tiles");
        VBox facts = new VBox(12, locationRow, tiles);
        facts.getStyleClass().add("detail-facts");
        return facts;
    }

    private static void markVerified(Label label, boolean verified) {
        label.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("verified"), verified);
    }

    private static Node tile(String key, Ikon ikon, ObservableValue<String> value) {
        Label name = new Label(Messages.get(key), icon(ikon));
        name.getStyleClass().add("detail-fact-key");
        Label shown = new Label();
        shown.getStyleClass().add("detail-fact-value");
        shown.textProperty().bind(value);
        name.setLabelFor(shown);
        VBox tile = new VBox(2, name, shown);
        tile.getStyleClass().add("detail-tile");
        tile.setMinWidth(Region.USE_PREF_SIZE);
        return tile;
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
        description.textProperty().bind(vm.descriptionProperty());
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

    private static FontIcon icon(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("detail-icon");
        return icon;
    }
}
