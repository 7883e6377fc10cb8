package com.talentfinder.ui.settings;

import com.talentfinder.app.config.TeamDatabaseSettings;
import com.talentfinder.app.config.TeamDatabaseSettings.TlsMode;
import com.talentfinder.app.sync.MemberName;
import com.talentfinder.store.StoreException;
import com.talentfinder.ui.Messages;
import com.talentfinder.ui.TaskRunner;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings' "Team database" section (issue 16) and "Your name": the server's fields, Test connection and
 * "Copy my shortlists to the team database", both off the UI thread. {@code TALENT_FINDER_DB_URL} (or
 * {@code TALENT_FINDER_MEMBER}) makes the fields read-only with a note. Saved with the dialog's Save; the
 * window switches databases at the next start. The password is never put in a message.
 */
public final class TeamDatabaseSection {

    private static final System.Logger LOG = System.getLogger(TeamDatabaseSection.class.getName());

    private final TeamPort port;
    private final TaskRunner runner;
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty portText = new SimpleStringProperty("");
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ObjectProperty<TlsMode> tls = new SimpleObjectProperty<>(TlsMode.REQUIRE);
    private final StringProperty memberName = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper fromEnvironment = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper memberFromEnvironment = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper inForce = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper testFailed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper testMessage = new ReadOnlyStringWrapper("");
    private final TeamCopy copy;
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final TeamKeyOption teamKey = new TeamKeyOption();
    private final StringBinding error;
    /** True when the user typed a password (else the saved one is kept). */
    private boolean passwordEdited;

    TeamDatabaseSection(TeamPort port, TaskRunner runner) {
        this.port = port;
        this.runner = runner;
        this.copy = new TeamCopy(port, runner, TeamDatabaseSection::word);
        error = Bindings.createStringBinding(this::problem, host, portText, database, user, fromEnvironment);
        password.addListener((o, was, now) -> passwordEdited = true);
        for (StringProperty p : new StringProperty[] {host, portText, database, user, password}) {
            p.addListener((o, was, now) -> testMessage.set(""));
        }
        tls.addListener((o, was, now) -> testMessage.set(""));
    }

    /** Fills the fields from the saved choice (the password stays hidden: empty means "keep the saved one"). */
    void load() {
        fromEnvironment.set(port.fromEnvironment());
        // From the environment: its address shown read-only (never its password), else the saved choice.
        TeamDatabaseSettings s = fromEnvironment.get()
                ? port.environmentChoice().orElse(TeamDatabaseSettings.none()) : port.settings();
        host.set(Objects.requireNonNullElse(s.host(), ""));
        portText.set(Integer.toString(s.port()));
        database.set(Objects.requireNonNullElse(s.database(), ""));
        user.set(Objects.requireNonNullElse(s.user(), ""));
        tls.set(s.tls());
        password.set("");
        passwordEdited = false;
        memberFromEnvironment.set(port.memberFromEnvironment());
        memberName.set(port.memberName());
        Optional<String> where = port.describe();
        inForce.set(where.isPresent());
        note.set(fromEnvironment.get()
                ? Messages.format("settings.team.fromEnvironment", where.orElse(""))
                : Messages.get("settings.team.restart"));
        testMessage.set("");
        copy.clear();
        teamKey.load(port);
    }

    /** Saves the fields and the name (nothing from the environment is written). */
    void save() throws IOException {
        if (!fromEnvironment.get()) {
            TeamDatabaseSettings candidate = candidate();
            if (!candidate.equals(port.settings()) || passwordEdited) {
                port.update(candidate, passwordEdited ? password.get() : null);
            }
        }
        if (!memberFromEnvironment.get() && !MemberName.clean(memberName.get()).equals(port.memberName())) {
            port.saveMemberName(memberName.get());
        }
        teamKey.save(port);
        passwordEdited = false;
    }

    /** Logs in with the fields as they stand, off the UI thread, and says how it went in one sentence. */
    public void testConnection() {
        if (testing.get()) {
            return;
        }
        if (!error.get().isEmpty()) {
            testFailed.set(true);
            testMessage.set(error.get());
            return;
        }
        TeamDatabaseSettings candidate = candidate();
        if (!candidate.configured()) {
            testFailed.set(true);
            testMessage.set(Messages.get("settings.team.noHost"));
            return;
        }
        String pw = passwordEdited ? password.get() : null;
        testing.set(true);
        testFailed.set(false);
        testMessage.set(Messages.get("settings.team.testing"));
        runner.run("test team database", progress -> port.check(candidate, pw), failure -> {
            testing.set(false);
            testFailed.set(failure.isPresent());
            testMessage.set(failure.map(TeamDatabaseSection::word).orElseGet(() -> Messages.format(
                    "settings.team.test.ok", candidate.host() + ":" + candidate.port() + "/" + candidate.database())));
        }, failure -> {
            testing.set(false);
            LOG.log(System.Logger.Level.WARNING, "Team database test failed: " + failure.getClass().getSimpleName());
            testFailed.set(true);
            testMessage.set(Messages.get("settings.team.test.failed"));
        });
    }

    /** Copies the personal shortlists to the team database in force (the view asks first); see {@link TeamCopy}. */
    public void copyToTeam() {
        if (inForce.get()) {
            copy.start();
        }
    }

    /** The copy: its progress, its Cancel. */
    public TeamCopy copy() {
        return copy;
    }

    private static String word(StoreException e) {
        return switch (e.problem()) {
            case SERVER_UNREACHABLE -> Messages.get("settings.team.test.unreachable");
            case SERVER_REFUSED -> Messages.get("settings.team.test.refused");
            default -> Messages.get("settings.team.test.failed");
        };
    }

    private String problem() {
        if (fromEnvironment.get() || host.get() == null || host.get().isBlank()) {
            return "";
        }
        Integer p = parsePort();
        if (p == null) {
            return Messages.get("settings.team.problem.BAD_PORT");
        }
        return candidate().problem().map(pr -> Messages.get(switch (pr) {
            case BAD_HOST -> "settings.team.problem.BAD_HOST";
            case BAD_PORT -> "settings.team.problem.BAD_PORT";
            case NO_DATABASE -> "settings.team.problem.NO_DATABASE";
            case BAD_DATABASE -> "settings.team.problem.BAD_DATABASE";
            case BAD_USER -> "settings.team.problem.BAD_USER";
        })).orElse("");
    }

    private Integer parsePort() {
        String t = portText.get() == null ? "" : portText.get().strip();
        if (t.isEmpty()) {
            return TeamDatabaseSettings.DEFAULT_PORT;
        }
        try {
            int p = Integer.parseInt(t);
            return p >= 1 && p <= 65_535 ? p : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private TeamDatabaseSettings candidate() {
        Integer p = parsePort();
        return new TeamDatabaseSettings(host.get(), p == null ? -1 : p, database.get(), user.get(), tls.get());
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return portText;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    /** Empty keeps the saved password unless the user typed (and cleared) it. */
    public StringProperty passwordProperty() {
        return password;
    }

    public ObjectProperty<TlsMode> tlsProperty() {
        return tls;
    }

    /** "Our API key is shared by the team: share its credit meter". */
    public TeamKeyOption teamKey() {
        return teamKey;
    }

    /** "Your name", shown to colleagues as "changed by". */
    public StringProperty memberNameProperty() {
        return memberName;
    }

    public ReadOnlyBooleanProperty fromEnvironmentProperty() {
        return fromEnvironment.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty memberFromEnvironmentProperty() {
        return memberFromEnvironment.getReadOnlyProperty();
    }

    /** True when a team database is in force now (the copy button needs one). */
    public ReadOnlyBooleanProperty inForceProperty() {
        return inForce.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty testingProperty() {
        return testing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty copyingProperty() {
        return copy.copyingProperty();
    }

    /** Empty when the fields can be used, else what is wrong. */
    public StringBinding errorProperty() {
        return error;
    }

    /** True while the message under Test connection says it failed. */
    public ReadOnlyBooleanProperty testFailedProperty() {
        return testFailed.getReadOnlyProperty();
    }

    /** Test connection's outcome in one sentence. */
    public ReadOnlyStringProperty testMessageProperty() {
        return testMessage.getReadOnlyProperty();
    }

    /** The copy's progress or its summary. */
    public ReadOnlyStringProperty copyMessageProperty() {
        return copy.messageProperty();
    }

    /** Where the settings come from, and that a change applies at the next start. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** The member name's note when the environment sets it, else empty. */
    public String memberNote() {
        return memberFromEnvironment.get() ? Messages.format("settings.member.fromEnvironment", MemberName.ENV) : "";
    }
}
