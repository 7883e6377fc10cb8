package com.talentfinder.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.api.PortraitSource;
import com.talentfinder.domain.Badge;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.ui.SyncTaskRunner;
import com.talentfinder.ui.common.DesktopActions;
import com.talentfinder.ui.common.Freelancers;
import com.talentfinder.ui.common.PortraitImages;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class DetailViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-10T12:05:00Z"), ZoneOffset.UTC);

    private final SimpleObjectProperty<Freelancer> selection = new SimpleObjectProperty<>();
    private final List<String> fetched = new ArrayList<>();
    private final PortraitSource portraitSource = url -> {
        fetched.add(url);
        return Optional.empty();
    };
    private final RecordingDesktop desktop = new RecordingDesktop();
    private final DetailViewModel vm = new DetailViewModel(selection,
            new PortraitImages(portraitSource, new SyncTaskRunner()), CLOCK, desktop);

    @Test
    void isEmptyUntilSomethingIsSelected() {
        assertThat(vm.emptyProperty().get()).isTrue();
        assertThat(vm.nameProperty().get()).isEmpty();
        assertThat(vm.canOpenProperty().get()).isFalse();
    }

    @Test
    void showsTheSelectedFreelancer() {
        selection.set(Freelancers.olena());

        assertThat(vm.emptyProperty().get()).isFalse();
        assertThat(vm.nameProperty().get()).isEqualTo("Olena Kovalenko");
        assertThat(vm.titleProperty().get()).isEqualTo("Senior React & TypeScript Developer");
        assertThat(vm.rateProperty().get()).isEqualTo("$45/hr");
        assertThat(vm.jobSuccessProperty().get()).isEqualTo("98%");
        assertThat(vm.earningsProperty().get()).isEqualTo("$12,345+");
        assertThat(vm.hoursProperty().get()).isEqualTo("5,320");
        assertThat(vm.jobsProperty().get()).isEqualTo("57");
        assertThat(vm.verifiedTextProperty().get()).isEqualTo("Identity verified");
        assertThat(vm.getSkills()).startsWith("React", "TypeScript").hasSize(8);
        assertThat(vm.getBadges()).containsExactly(Badge.TOP_RATED_PLUS);
        assertThat(vm.descriptionProperty().get()).startsWith("I build fast");
    }

    @Test
    void showsExpertVettedBesideTheTalentStatus() {
        Freelancer f = Freelancers.olena();
        selection.set(new Freelancer(f.id(), f.name(), f.title(), f.description(), f.profileUrl(), null,
                null, null, null, null, null, null, List.of(), null, false, null, false, null, null,
                true, false, true, false));
        assertThat(vm.getBadges()).containsExactly(Badge.EXPERT_VETTED, Badge.TOP_RATED);
    }

    @Test
    void hiddenScoreAndEarningsReadHidden() {
        selection.set(Freelancers.hidden());

        assertThat(vm.jobSuccessProperty().get()).isEqualTo("hidden");
        assertThat(vm.earningsProperty().get()).isEqualTo("hidden");
        assertThat(vm.rateProperty().get()).isEqualTo("\u20ac80/hr");
        assertThat(vm.verifiedTextProperty().get()).isEqualTo("Identity not verified");
    }

    @Test
    void computesLocalTimeFromAPositiveOffset() {
        selection.set(Freelancers.inTimezone("UTC+02:00 Israel"));
        assertThat(vm.locationProperty().get()).isEqualTo("Lviv, Ukraine \u00b7 14:05 local time (UTC+02:00)");
    }

    @Test
    void computesLocalTimeFromANegativeOffsetWithALongLabel() {
        selection.set(Freelancers.hidden());
        assertThat(vm.locationProperty().get())
                .isEqualTo("Montreal, Canada \u00b7 07:05 local time (UTC-05:00)");
    }

    @Test
    void computesLocalTimeForPlainUtc() {
        selection.set(Freelancers.inTimezone("UTC"));
        assertThat(vm.locationProperty().get()).isEqualTo("Lviv, Ukraine \u00b7 12:05 local time (UTC)");
    }

    @Test
    void showsJustTheLocationWhenTheTimezoneIsUnreadable() {
        selection.set(Freelancers.inTimezone("Central European"));
        assertThat(vm.locationProperty().get()).isEqualTo("Lviv, Ukraine");
    }

    @Test
    void opensASafeProfileUrl() {
        selection.set(Freelancers.olena());
        vm.openProfile();
        assertThat(desktop.opened).containsExactly("https://www.upwork.com/freelancers/~01abcdef123456");
    }

    @Test
    void copiesTheLinkAndSaysSo() {
        selection.set(Freelancers.olena());
        vm.copyLink();
        assertThat(desktop.copied).containsExactly("https://www.upwork.com/freelancers/~01abcdef123456");
        assertThat(vm.feedbackProperty().get()).isEqualTo("Link copied to the clipboard.");
    }

    @Test
    void neverOpensOrCopiesAJavascriptUrl() {
        selection.set(Freelancers.withUnsafeUrls("javascript:alert(1)", null));

        vm.openProfile();
        vm.copyLink();

        assertThat(vm.canOpenProperty().get()).isFalse();
        assertThat(vm.openBlockedReasonProperty().get()).contains("not a safe https Upwork address");
        assertThat(desktop.opened).isEmpty();
        assertThat(desktop.copied).isEmpty();
    }

    @Test
    void neverOpensAFileUrl() {
        selection.set(Freelancers.withUnsafeUrls("file:///etc/passwd", null));
        vm.openProfile();
        assertThat(vm.canOpenProperty().get()).isFalse();
        assertThat(desktop.opened).isEmpty();
    }

    @Test
    void neverFetchesAnUnsafePortrait() {
        selection.set(Freelancers.withUnsafeUrls("https://www.upwork.com/freelancers/~03unsafe000000",
                "file:///home/user/secret.png"));
        selection.set(Freelancers.withUnsafeUrls("https://www.upwork.com/freelancers/~03unsafe000000",
                "http://www.upwork.com/p.png"));
        assertThat(fetched).isEmpty();
    }

    @Test
    void asksForASafePortrait() {
        selection.set(Freelancers.olena());
        assertThat(fetched).containsExactly("https://www.upwork.com/profile-portraits/olena.png");
        assertThat(vm.portraitProperty().get()).isNull();
    }

    @Test
    void clearsEverythingWhenTheSelectionIsCleared() {
        selection.set(Freelancers.olena());
        selection.set(null);
        assertThat(vm.emptyProperty().get()).isTrue();
        assertThat(vm.getSkills()).isEmpty();
        assertThat(vm.getBadges()).isEmpty();
        assertThat(vm.canOpenProperty().get()).isFalse();
    }

    @Test
    void reportsABrowserThatCannotOpen() {
        DesktopActions broken = new RecordingDesktop() {
            @Override
            public void openInBrowser(String url) {
                throw new UnsupportedOperationException("no browser");
            }
        };
        DetailViewModel withBrokenBrowser = new DetailViewModel(selection,
                new PortraitImages(PortraitSource.NONE, new SyncTaskRunner()), CLOCK, broken);
        selection.set(Freelancers.olena());
        withBrokenBrowser.openProfile();
        assertThat(withBrokenBrowser.feedbackProperty().get())
                .startsWith("Couldn't open the browser: link copied instead.");
        assertThat(((RecordingDesktop) broken).copied)
                .containsExactly("https://www.upwork.com/freelancers/~01abcdef123456");
    }

    /** Records what would have reached the desktop. */
    static class RecordingDesktop implements DesktopActions {
        final List<String> opened = new ArrayList<>();
        final List<String> copied = new ArrayList<>();

        @Override
        public void openInBrowser(String url) {
            opened.add(url);
        }

        @Override
        public void copyToClipboard(String text) {
            copied.add(text);
        }
    }
}
