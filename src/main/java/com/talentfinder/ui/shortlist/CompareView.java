package com.talentfinder.ui.shortlist;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.common.PortraitImages;
import java.util.List;
import java.util.Map;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Side by side ({@code #compareView}): one column per freelancer, one row per figure, then their skills with
 * those all share and those only one has highlighted, and a legend.
 */
public final class CompareView extends VBox {

    static final String SHARED = "skill-shared";
    static final String UNIQUE = "skill-unique";

    public CompareView(CompareViewModel vm, PortraitImages portraits) {
        setId("compareView");
        getStyleClass().add("compare-view");
        getStylesheets().add(ShortlistsView.STYLESHEET);
        setSpacing(12);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("compare-grid");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(130);
        grid.getColumnConstraints().add(labels);
        List<Freelancer> people = vm.freelancers();
        for (int c = 0; c < people.size(); c++) {
            ColumnConstraints col = new ColumnConstraints(170, 210, Double.MAX_VALUE);
            col.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(col);
            grid.add(header(people.get(c), portraits), c + 1, 0);
        }
        int row = 1;
        for (CompareViewModel.Row r : vm.rows()) {
            grid.add(rowLabel(r.label()), 0, row);
            for (int c = 0; c < r.values().size(); c++) {
                Label v = new Label(r.values().get(c));
                v.setWrapText(true);
                v.getStyleClass().add("compare-value");
                if (r.values().get(c).equals(Messages.get("compare.hidden"))) {
                    v.getStyleClass().add("muted-value");
                }
                grid.add(v, c + 1, row);
            }
            row++;
        }
        grid.add(rowLabel(Messages.get("compare.row.skills")), 0, row);
        for (int c = 0; c < people.size(); c++) {
            grid.add(skills(vm.skillsWithKind(people.get(c))), c + 1, row);
        }
        grid.getChildren().forEach(n -> GridPane.setValignment(n, VPos.TOP));

        Label sharedTitle = new Label(Messages.format("compare.shared", vm.sharedSkills().size()));
        sharedTitle.getStyleClass().add("compare-section");
        FlowPane shared = new FlowPane(6, 6);
        shared.setId("compareShared");
        vm.sharedSkills().forEach(s -> shared.getChildren().add(chip(s, SHARED)));
        if (vm.sharedSkills().isEmpty()) {
            shared.getChildren().add(new Label(Messages.get("compare.shared.none")));
        }
        HBox legend = new HBox(10, chip(Messages.get("compare.legend.shared"), SHARED),
                chip(Messages.get("compare.legend.unique"), UNIQUE), chip(Messages.get("compare.legend.some"), null));
        legend.setAlignment(Pos.CENTER_LEFT);

        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(scroll, sharedTitle, shared, legend);
    }

    private static Node header(Freelancer f, PortraitImages portraits) {
        Label name = new Label(f.displayName());
        name.getStyleClass().add("compare-name");
        name.setWrapText(true);
        VBox box = new VBox(6, portraits.avatar(f, 56), name);
        box.setAlignment(Pos.TOP_CENTER);
        GridPane.setHalignment(box, HPos.CENTER);
        return box;
    }

    private static Label rowLabel(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("compare-label");
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private static Node skills(Map<String, CompareViewModel.SkillKind> skills) {
        FlowPane pane = new FlowPane(4, 4);
        pane.setPrefWrapLength(200);
        skills.forEach((skill, kind) -> pane.getChildren().add(chip(skill,
                kind == CompareViewModel.SkillKind.SHARED ? SHARED
                        : kind == CompareViewModel.SkillKind.UNIQUE ? UNIQUE : null)));
        return pane;
    }

    private static Label chip(String text, String kind) {
        Label chip = new Label(text);
        chip.getStyleClass().add("skill-chip");
        if (kind != null) {
            chip.getStyleClass().add(kind);
        }
        return chip;
    }
}
