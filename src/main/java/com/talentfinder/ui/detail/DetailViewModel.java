package com.talentfinder.ui.detail;

import com.talentfinder.domain.Badge;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.ListMembership;
import com.talentfinder.domain.WorkingHours;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.common.DesktopActions;
import com.talentfinder.ui.common.FreelancerFormat;
import com.talentfinder.ui.common.MembershipMarks;
import com.talentfinder.ui.common.MembershipText;
import com.talentfinder.ui.common.PortraitImages;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;

/**
 * The detail pane's state for the freelancer selected in the results: every figure as display text, the
 * portrait once loaded, and the "Open profile" / "Copy link" commands. Follows the shared selection
 * property; holds no nodes.
 *
 * <p>The location line lives in {@link DetailLocation}, the open/copy commands in {@link DetailProfileLink}.
 */
public final class DetailViewModel {

    /** The portrait size the detail pane shows, in pixels. */
    public static final double PORTRAIT_SIZE = 112;

    private final ReadOnlyObjectProperty<Freelancer> selection;
    private final PortraitImages portraits;
    private final DetailLocation place;
    private final DetailProfileLink link;
    private final MembershipMarks marks;

    // Properties //
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rate = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper jobSuccess = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper earnings = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hours = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper jobs = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper verified = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper verifiedText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper("");
    private final ObservableList<Badge> badges = FXCollections.observableArrayList();
    private final ObservableList<String> skills = FXCollections.observableArrayList();
    private final ObservableList<Badge> badgesView = FXCollections.unmodifiableObservableList(badges);
    private final ObservableList<String> skillsView = FXCollections.unmodifiableObservableList(skills);
    private final ReadOnlyObjectWrapper<Image> portrait = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper onAList = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper onListsText = new ReadOnlyStringWrapper("");

    /**
     * @param selection the shared selection of the results (e.g. {@code SearchViewModel.selected})
     * @param clock     gives "now" for the freelancer's local time
     * @param desktop   opens the browser and writes the clipboard
     */
    public DetailViewModel(ReadOnlyObjectProperty<Freelancer> selection, PortraitImages portraits, Clock clock,
                           DesktopActions desktop) {
        this(selection, portraits, clock, desktop, null, MembershipMarks.NONE);
    }

    /**
     * @param workingHours the user's working day (from the settings), for "4 h overlap with your working day"; null
     *                     for a pane without that line (the shortlists screen's)
     * @param marks        which lists the selected freelancer is on (the pane follows the selection in them)
     */
    public DetailViewModel(ReadOnlyObjectProperty<Freelancer> selection, PortraitImages portraits, Clock clock,
                           DesktopActions desktop, Supplier<WorkingHours> workingHours, MembershipMarks marks) {
        this.selection = selection;
        this.portraits = portraits;
        this.place = new DetailLocation(clock, workingHours);
        this.link = new DetailProfileLink(desktop);
        this.marks = marks;
        selection.addListener((o, was, now) -> show(now));
        marks.byIdProperty().addListener((o, was, now) -> showMemberships(selection.get()));
        show(selection.get());
    }

    // Commands //

    /** Opens the profile in the browser, only when its URL is safe (also bound to Ctrl+O). */
    public void openProfile() {
        link.open(selection.get());
    }

    /** Copies the profile link to the clipboard, only when its URL is safe. */
    public void copyLink() {
        link.copy(selection.get());
    }

    /** Recomputes the local time from the clock (the view calls it every half minute while shown). */
    public void refreshLocalTime() {
        Freelancer f = selection.get();
        if (f != null) {
            place.show(f);
        }
    }

    private void showMemberships(Freelancer f) {
        List<ListMembership> lists = f == null ? List.of() : marks.of(f.id());
        onAList.set(!lists.isEmpty());
        onListsText.set(MembershipText.tooltip(lists));
    }

    private void show(Freelancer f) {
        link.show(f);
        portrait.set(null);
        empty.set(f == null);
        if (f == null) {
            List.of(name, title, rate, jobSuccess, earnings, hours, jobs, verifiedText, description)
                    .forEach(p -> p.set(""));
            place.clear();
            showMemberships(null);
            verified.set(false);
            badges.clear();
            skills.clear();
            return;
        }
        name.set(f.displayName());
        title.set(blank(f.title()) ? Messages.get("detail.title.none") : f.title().strip());
        place.show(f);
        showMemberships(f);
        rate.set(FreelancerFormat.rate(f.hourlyRate(), f.currency()));
        jobSuccess.set(FreelancerFormat.jobSuccess(f));
        earnings.set(FreelancerFormat.earnings(f));
        hours.set(FreelancerFormat.hours(f.totalHours()));
        jobs.set(FreelancerFormat.count(f.totalCompletedJobs()));
        verified.set(f.idVerified());
        verifiedText.set(Messages.get(f.idVerified() ? "detail.verified.yes" : "detail.verified.no"));
        description.set(blank(f.description()) ? Messages.get("detail.description.none") : f.description().strip());
        badges.setAll(badgesOf(f));
        skills.setAll(f.skills().stream().filter(s -> !blank(s)).map(String::strip).distinct().toList());
        portraits.request(f.portraitUrl(), PORTRAIT_SIZE, image -> {
            if (selection.get() == f) {
                portrait.set(image);
            }
        });
    }

    /**
     * Expert-Vetted when vetted, then the higher talent status (Top Rated Plus outranks Top Rated, so both
     * flags together show one badge).
     */
    private static List<Badge> badgesOf(Freelancer f) {
        List<Badge> list = new ArrayList<>();
        if (f.vetted()) {
            list.add(Badge.EXPERT_VETTED);
        }
        if (f.topRatedPlus()) {
            list.add(Badge.TOP_RATED_PLUS);
        } else if (f.topRated()) {
            list.add(Badge.TOP_RATED);
        }
        return list;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    // Read-only views //

    public ReadOnlyObjectProperty<Freelancer> freelancerProperty() {
        return selection;
    }

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The place, the local time and the overlap with the working day, on one line. */
    public ReadOnlyStringProperty locationProperty() {
        return place.locationProperty();
    }

    public ReadOnlyStringProperty rateProperty() {
        return rate.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty jobSuccessProperty() {
        return jobSuccess.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty earningsProperty() {
        return earnings.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hoursProperty() {
        return hours.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty jobsProperty() {
        return jobs.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty verifiedProperty() {
        return verified.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verifiedTextProperty() {
        return verifiedText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    /** Badges, highest first; unmodifiable. */
    public ObservableList<Badge> getBadges() {
        return badgesView;
    }

    /** Skills in the order sent, without blanks or repeats; unmodifiable. */
    public ObservableList<String> getSkills() {
        return skillsView;
    }

    /** The portrait at {@link #PORTRAIT_SIZE}, or null while loading or when there is none. */
    public ReadOnlyObjectProperty<Image> portraitProperty() {
        return portrait.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canOpenProperty() {
        return link.canOpenProperty();
    }

    /** Why "Open profile" is disabled, or empty when it is not. */
    public ReadOnlyStringProperty openBlockedReasonProperty() {
        return link.openBlockedReasonProperty();
    }

    /** "4 h overlap with your working day", "no overlap …", or empty when the timezone cannot be read. */
    public ReadOnlyStringProperty overlapProperty() {
        return place.overlapProperty();
    }

    /** True when the freelancer is on at least one shortlist. */
    public ReadOnlyBooleanProperty onAListProperty() {
        return onAList.getReadOnlyProperty();
    }

    /** "Already on 2 lists:" and one line per list with the status there; empty when on none. */
    public ReadOnlyStringProperty onListsTextProperty() {
        return onListsText.getReadOnlyProperty();
    }

    /** A short note after a command ("Link copied to the clipboard."), cleared on a new selection. */
    public ReadOnlyStringProperty feedbackProperty() {
        return link.feedbackProperty();
    }
}
