package com.talentfinder.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.Badge;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.ui.StyleClasses;
import com.talentfinder.ui.common.BadgeLook;
import com.talentfinder.ui.common.InitialsAvatar;
import com.talentfinder.ui.common.ResultFormats;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.image.Image;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxToolkit;

/**
 * The results table's cells keep their nodes and style classes across updates (a new page updates every visible
 * cell twice: emptied, then filled), changing only what differs, and still show what each row needs.
 */
class ResultCellsTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theBadgeCellKeepsOneIconAndHidesItForARowWithoutABadge() throws Exception {
        List<Object> seen = onFx(() -> {
            TableCell<Freelancer, Freelancer> cell = ResultCells.badge();
            List<Object> out = new ArrayList<>();
            update(cell, freelancer("a", true, false));
            Node first = cell.getGraphic();
            out.add(((FontIcon) first).getIconCode());
            out.add(first.isVisible());
            out.add(cell.getText());
            update(cell, freelancer("b", false, false));
            out.add(cell.getGraphic() == first);
            out.add(first.isVisible());
            out.add(cell.getText());
            update(cell, freelancer("c", false, true));
            out.add(cell.getGraphic() == first);
            out.add(first.isVisible());
            out.add(((FontIcon) first).getIconCode());
            out.add(cell.getText());
            empty(cell);
            out.add(first.isVisible());
            out.add(cell.getText());
            return out;
        });
        assertThat(seen).containsExactly(BadgeLook.icon(Badge.EXPERT_VETTED), true, BadgeLook.label(Badge.EXPERT_VETTED),
                true, false, null,
                true, true, BadgeLook.icon(Badge.TOP_RATED), BadgeLook.label(Badge.TOP_RATED),
                false, null);
    }

    @Test
    void theMutedStyleIsSetOnceAndTakenOffWhenTheValueIsKnown() throws Exception {
        List<Object> seen = onFx(() -> {
            TableCell<Freelancer, Freelancer> cell = ResultCells.text(f -> f.title() == null ? ResultFormats.missing()
                    : f.title());
            List<Object> out = new ArrayList<>();
            update(cell, withTitle(null));
            out.add(mutedCount(cell));
            update(cell, withTitle(null));
            out.add(mutedCount(cell));
            update(cell, withTitle("Engineer"));
            out.add(mutedCount(cell));
            out.add(cell.getText());
            return out;
        });
        assertThat(seen).containsExactly(1L, 1L, 0L, "Engineer");
    }

    @Test
    void thePortraitCellKeepsItsAvatarAndHidesItOnAnEmptyRow() throws Exception {
        List<Object> seen = onFx(() -> {
            TableCell<Freelancer, Freelancer> cell = ResultCells.portrait(f -> new SimpleObjectProperty<Image>());
            List<Object> out = new ArrayList<>();
            update(cell, freelancer("a", false, false));
            InitialsAvatar avatar = (InitialsAvatar) cell.getGraphic();
            out.add(avatar.isVisible());
            out.add(avatar.getInitials());
            empty(cell);
            out.add(cell.getGraphic() == avatar);
            out.add(avatar.isVisible());
            update(cell, freelancer("b", false, false));
            out.add(cell.getGraphic() == avatar);
            out.add(avatar.isVisible());
            out.add(avatar.getColor().equals(InitialsAvatar.colorFor("b")));
            return out;
        });
        assertThat(seen).containsExactly(true, "AL", true, false, true, true, true);
    }

    private static long mutedCount(TableCell<?, ?> cell) {
        return cell.getStyleClass().stream().filter(StyleClasses.MUTED_VALUE::equals).count();
    }

    private static Freelancer freelancer(String id, boolean vetted, boolean topRated) {
        return new Freelancer(id, "Ada Lovelace", "Engineer", "d", "https://www.upwork.com/freelancers/~01" + id,
                null, new BigDecimal("40"), "USD", null, null, null, null, List.of("Java"), 95, false,
                new BigDecimal("100"), false, 10.0, 3, topRated, false, vetted, true);
    }

    private static Freelancer withTitle(String title) {
        return new Freelancer("t", "Ada Lovelace", title, "d", "https://www.upwork.com/freelancers/~01t", null,
                new BigDecimal("40"), "USD", null, null, null, null, List.of("Java"), 95, false, new BigDecimal("100"),
                false, 10.0, 3, false, false, false, true);
    }

    private static void update(TableCell<Freelancer, Freelancer> cell, Freelancer f) throws Exception {
        Method m = cell.getClass().getDeclaredMethod("updateItem", Freelancer.class, boolean.class);
        m.setAccessible(true);
        m.invoke(cell, f, false);
    }

    private static void empty(TableCell<Freelancer, Freelancer> cell) throws Exception {
        Method m = cell.getClass().getDeclaredMethod("updateItem", Freelancer.class, boolean.class);
        m.setAccessible(true);
        m.invoke(cell, null, true);
    }

    private interface FxCall {
        List<Object> call() throws Exception;
    }

    private static List<Object> onFx(FxCall call) throws Exception {
        CompletableFuture<List<Object>> out = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                out.complete(call.call());
            } catch (Exception | Error e) {
                out.completeExceptionally(e);
            }
        });
        return out.get(10, TimeUnit.SECONDS);
    }
}
