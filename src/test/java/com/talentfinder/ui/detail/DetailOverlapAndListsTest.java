package com.talentfinder.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.ListMembership;
import com.talentfinder.domain.WorkingHours;
import com.talentfinder.ui.SyncTaskRunner;
import com.talentfinder.ui.common.DesktopActions;
import com.talentfinder.ui.common.Freelancers;
import com.talentfinder.ui.common.ListMemberships;
import com.talentfinder.ui.common.MembershipMarks;
import com.talentfinder.ui.common.PortraitImages;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** The detail pane's "4 h overlap with your working day" and its "already on a list" mark. */
class DetailOverlapAndListsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** A July day: Berlin is UTC+2, so 9:00-17:00 is 07:00-15:00 UTC. */
    private static final Clock JULY = Clock.fixed(Instant.parse("2026-07-15T10:00:00Z"), ZoneId.of("UTC"));

    /** Lists in memory, standing in for the shortlists feature. */
    private static final class StandInLists implements ListMemberships {
        final Map<String, List<ListMembership>> byId = new HashMap<>();
        final List<Runnable> listeners = new ArrayList<>();

        @Override
        public Map<String, List<ListMembership>> of(Collection<String> ids) {
            Map<String, List<ListMembership>> out = new HashMap<>(byId);
            out.keySet().retainAll(ids);
            return out;
        }

        @Override
        public void onChange(Runnable changed) {
            listeners.add(changed);
        }

        void changed() {
            listeners.forEach(Runnable::run);
        }
    }

    private final SimpleObjectProperty<Freelancer> selection = new SimpleObjectProperty<>();
    private final StandInLists lists = new StandInLists();
    private final MembershipMarks marks = new MembershipMarks(lists, new SyncTaskRunner());
    private final ObservableList<Freelancer> results = FXCollections.observableArrayList();
    private final DetailViewModel vm = new DetailViewModel(selection,
            new PortraitImages(url -> Optional.empty(), new SyncTaskRunner()), JULY, new DesktopActions() {
                @Override
                public void openInBrowser(String url) {
                }

                @Override
                public void copyToClipboard(String text) {
                }
            }, () -> WorkingHours.defaults(BERLIN), marks);

    @Test
    void theOverlapStandsBesideTheLocalTime() {
        // UTC+02:00 Kyiv in July: 07:00-15:00 UTC, the same as Berlin's day: 8 h
        selection.set(Freelancers.olena());
        assertThat(vm.overlapProperty().get()).isEqualTo("8 h overlap with your working day");
        assertThat(vm.locationProperty().get())
                .isEqualTo("Lviv, Ukraine \u00b7 12:00 local time (UTC+02:00) \u00b7 8 h overlap with your working day");

        selection.set(Freelancers.inTimezone("UTC+05:30 Mumbai")); // 03:30-11:30 UTC
        assertThat(vm.overlapProperty().get()).isEqualTo("4 h 30 min overlap with your working day");

        selection.set(Freelancers.inTimezone("UTC-08:00 Pacific")); // 17:00-01:00 UTC
        assertThat(vm.overlapProperty().get()).isEqualTo("no overlap with your working day");

        selection.set(Freelancers.inTimezone("somewhere nice")); // unknown: no line at all, never "no overlap"
        assertThat(vm.overlapProperty().get()).isEmpty();
        assertThat(vm.locationProperty().get()).isEqualTo("Lviv, Ukraine");
    }

    @Test
    void theMarkNamesTheListsAndTheStatusThere() {
        Freelancer olena = Freelancers.olena();
        lists.byId.put(olena.id(), List.of(new ListMembership(olena.id(), 1, "Backend", EntryStatus.CONTACTED),
                new ListMembership(olena.id(), 2, "Q3 hires", EntryStatus.NEW)));
        results.setAll(olena);
        marks.follow(results);

        selection.set(olena);

        assertThat(vm.onAListProperty().get()).isTrue();
        assertThat(vm.onListsTextProperty().get())
                .isEqualTo("Already on 2 lists:\nBackend — Contacted\nQ3 hires — New");

        // removed from every list elsewhere: the mark goes when the lists say they changed
        lists.byId.clear();
        lists.changed();
        assertThat(vm.onAListProperty().get()).isFalse();
        assertThat(vm.onListsTextProperty().get()).isEmpty();
    }
}
