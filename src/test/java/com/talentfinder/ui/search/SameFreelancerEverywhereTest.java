package com.talentfinder.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.api.PortraitSource;
import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.ShortlistEntry;
import com.talentfinder.export.ExportColumn;
import com.talentfinder.export.ExportRow;
import com.talentfinder.ui.SyncTaskRunner;
import com.talentfinder.ui.common.BadgeLook;
import com.talentfinder.ui.common.DesktopActions;
import com.talentfinder.ui.common.InitialsAvatar;
import com.talentfinder.ui.common.PortraitImages;
import com.talentfinder.ui.common.ResultFormats;
import com.talentfinder.ui.detail.DetailView;
import com.talentfinder.ui.detail.DetailViewModel;
import com.talentfinder.ui.shortlist.CompareViewModel;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.image.Image;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxToolkit;

/**
 * Issue 12: one freelancer, one look. The table, the detail pane, compare and an export show the same
 * earnings, hours, missing-value text, avatar colour and badge icon (earnings 12,345.67 and hours 99.6 used to
 * read "$12,346" and "100" in the table beside "$12,345+" and "99" in the detail pane).
 */
class SameFreelancerEverywhereTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC);

    /** Earnings and hours with fractions that round differently up and down; no jobs and no location sent. */
    private static final Freelancer ADA = new Freelancer("~01ada", "Ada Lovelace", "Engineer", "d",
            "https://www.upwork.com/freelancers/~01ada", null, new BigDecimal("40"), "USD", null, null, null, null,
            List.of("Java"), 95, false, new BigDecimal("12345.67"), false, 99.6, null, false, false, true, true);

    @BeforeAll
    static void toolkit() throws Exception {
        // Through TestFX, which starts the toolkit once for every test in this JVM (Platform.startup would
        // make TestFX's own launch fail in the Fx tests that run later).
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void textsAgreeInTableDetailCompareAndExport() {
        DetailViewModel detail = detail();
        CompareViewModel compare = new CompareViewModel(List.of(entry(ADA), entry(ADA)), CLOCK);

        assertThat(ResultFormats.earnings(ADA)).isEqualTo("$12,345+")
                .isEqualTo(detail.earningsProperty().get()).isEqualTo(row(compare, "compare.row.earnings"));
        assertThat(ResultFormats.hours(ADA)).isEqualTo("99")
                .isEqualTo(detail.hoursProperty().get()).isEqualTo(row(compare, "compare.row.hours"));
        String missing = ResultFormats.jobs(ADA);
        assertThat(missing).isEqualTo(ResultFormats.missing())
                .isEqualTo(detail.jobsProperty().get()).isEqualTo(row(compare, "compare.row.jobs"))
                .isEqualTo(ResultFormats.location(ADA)).isEqualTo(row(compare, "compare.row.location"));

        ExportRow exported = ExportRow.of(entry(ADA));
        assertThat(ExportColumn.EARNINGS.valueOf(exported)).isEqualTo(12345L);
        assertThat(ExportColumn.EARNINGS_NOTE.valueOf(exported)).isEqualTo("more than $12,345");
        assertThat(ExportColumn.HOURS.valueOf(exported)).isEqualTo(99L);
        assertThat(ExportColumn.JOBS.valueOf(exported)).isNull(); // a blank cell, the export's "missing"
    }

    @Test
    void avatarColourAndBadgeIconAgreeInTableAndDetail() throws Exception {
        Object[] found = onFx(() -> {
            TableCell<Freelancer, Freelancer> portrait = ResultCells.portrait(f -> new SimpleObjectProperty<Image>());
            update(portrait, ADA);
            TableCell<Freelancer, Freelancer> badge = ResultCells.badge();
            update(badge, ADA);
            DetailView view = new DetailView(detail());
            new javafx.scene.Scene(view, 800, 600);
            view.applyCss();
            view.layout();
            InitialsAvatar detailAvatar = (InitialsAvatar) view.lookup("." + InitialsAvatar.STYLE_CLASS);
            Label detailBadge = (Label) view.lookup(".detail-badge");
            return new Object[] {((InitialsAvatar) portrait.getGraphic()).getColor(), detailAvatar.getColor(),
                    ((FontIcon) badge.getGraphic()).getIconCode(), iconOf(detailBadge.getGraphic()),
                    badge.getText(), detailBadge.getText()};
        });
        assertThat(found[0]).isEqualTo(found[1]).isEqualTo(InitialsAvatar.colorFor(ADA.id()));
        assertThat(found[2]).isEqualTo(found[3]).isEqualTo(BadgeLook.icon(ADA.badge()));
        assertThat(found[4]).isEqualTo(found[5]).isEqualTo("Expert-Vetted");
    }

    private static Object iconOf(Node graphic) {
        if (graphic instanceof FontIcon icon) {
            return icon.getIconCode();
        }
        return graphic == null ? null : iconOf(graphic.lookup(".ikonli-font-icon"));
    }

    private static DetailViewModel detail() {
        return new DetailViewModel(new SimpleObjectProperty<>(ADA),
                new PortraitImages(PortraitSource.NONE, new SyncTaskRunner()), CLOCK, new DesktopActions() {
                    @Override
                    public void openInBrowser(String url) {
                    }

                    @Override
                    public void copyToClipboard(String text) {
                    }
                });
    }

    private static String row(CompareViewModel vm, String key) {
        String label = com.talentfinder.ui.Messages.get(key);
        return vm.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow().values().get(0);
    }

    private static ShortlistEntry entry(Freelancer f) {
        return new ShortlistEntry(1, f, Instant.EPOCH, EntryStatus.NEW, 0, "", List.of(), null);
    }

    private static void update(TableCell<Freelancer, Freelancer> cell, Freelancer f) throws Exception {
        Method m = cell.getClass().getDeclaredMethod("updateItem", Freelancer.class, boolean.class);
        m.setAccessible(true);
        m.invoke(cell, f, false);
    }

    private interface FxCall {
        Object[] call() throws Exception;
    }

    private static Object[] onFx(FxCall call) throws Exception {
        Object[][] out = new Object[1][];
        Exception[] failure = new Exception[1];
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                out[0] = call.call();
            } catch (Exception e) {
                failure[0] = e;
            } finally {
                done.countDown();
            }
        });
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        if (failure[0] != null) {
            throw failure[0];
        }
        return out[0];
    }
}
