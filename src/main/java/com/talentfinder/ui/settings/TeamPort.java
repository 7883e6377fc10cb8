package com.talentfinder.ui.settings;

import com.talentfinder.app.AppServices;
import com.talentfinder.app.config.TeamDatabaseSettings;
import com.talentfinder.app.config.TeamDatabaseSettings.TlsMode;
import com.talentfinder.app.sync.MemberName;
import com.talentfinder.app.team.CopyToTeam;
import com.talentfinder.app.team.TeamStore;
import com.talentfinder.store.ServerLogin;
import com.talentfinder.store.ShortlistRepository;
import com.talentfinder.store.StoreException;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/** What Settings' "Team database" section needs from the app (issue 16): the saved choice, a test, the copy. */
public interface TeamPort {

    TeamDatabaseSettings settings();

    /** True when {@code TALENT_FINDER_DB_URL} names the team database. */
    boolean fromEnvironment();

    /** What {@code TALENT_FINDER_DB_URL} names, as fields (no password); empty when unset or unreadable. */
    Optional<TeamDatabaseSettings> environmentChoice();

    /** Where the team database in force is (never a password); empty when none. */
    Optional<String> describe();

    /** Saves the choice; {@code password} null keeps the saved one, empty removes it. */
    void update(TeamDatabaseSettings settings, String password) throws IOException;

    /** Logs in to candidate settings once (blocks): empty when it answered, else why not. */
    Optional<StoreException> check(TeamDatabaseSettings candidate, String password);

    /** Copies the personal shortlists to the team database in force (blocks), telling {@code progress}. */
    CopyToTeam.Summary copyToTeam(CopyToTeam.Progress progress);

    /** "Your name" in force. */
    String memberName();

    /** True when {@code TALENT_FINDER_MEMBER} sets the name. */
    boolean memberFromEnvironment();

    void saveMemberName(String name) throws IOException;

    /** Settings' "Our API key is shared by the team" as saved. */
    default boolean sharedKey() {
        return false;
    }

    /** What {@code TALENT_FINDER_TEAM_KEY} says; empty when it does not decide. */
    default Optional<Boolean> sharedKeyFromEnvironment() {
        return Optional.empty();
    }

    default void saveSharedKey(boolean shared) throws IOException {
        throw new IOException("not supported");
    }

    /** The app's team store and data folder seen through this interface. */
    static TeamPort of(AppServices services) {
        TeamStore team = services.team();
        return new TeamPort() {
            @Override
            public TeamDatabaseSettings settings() {
                return team.settings();
            }

            @Override
            public boolean fromEnvironment() {
                return team.fromEnvironment();
            }

            @Override
            public Optional<TeamDatabaseSettings> environmentChoice() {
                if (!team.fromEnvironment()) {
                    return Optional.empty();
                }
                try {
                    ServerLogin login = services.effective().teamLogin(team.settings(), Optional::empty).orElseThrow();
                    URI uri = URI.create(login.url().substring("jdbc:".length()));
                    String query = uri.getQuery() == null ? "" : uri.getQuery();
                    TlsMode tls = java.util.Arrays.stream(query.split("&")).filter(q -> q.startsWith("sslmode="))
                            .findFirst().flatMap(q -> TlsMode.parse(q.substring("sslmode=".length())))
                            .orElse(TlsMode.PREFER); // the driver's default when the address names none
                    String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
                    return Optional.of(new TeamDatabaseSettings(uri.getHost(), Math.max(uri.getPort(), 0), path,
                            login.user(), tls));
                } catch (RuntimeException e) {
                    return Optional.empty();
                }
            }

            @Override
            public Optional<String> describe() {
                return team.describe();
            }

            @Override
            public void update(TeamDatabaseSettings settings, String password) throws IOException {
                team.update(settings, password);
            }

            @Override
            public Optional<StoreException> check(TeamDatabaseSettings candidate, String password) {
                return TeamStore.check(candidate, password);
            }

            @Override
            public CopyToTeam.Summary copyToTeam(CopyToTeam.Progress progress) {
                var db = team.database().orElseThrow(() -> new IllegalStateException("no team database"));
                return new CopyToTeam(new ShortlistRepository(services.database(), services.clock()),
                        new ShortlistRepository(db, services.clock())).run(progress, r -> { });
            }

            @Override
            public String memberName() {
                return MemberName.current(services.dataFolder());
            }

            @Override
            public boolean memberFromEnvironment() {
                String env = System.getenv(MemberName.ENV);
                return env != null && !env.isBlank();
            }

            @Override
            public void saveMemberName(String name) throws IOException {
                MemberName.save(services.dataFolder(), name);
            }

            @Override
            public boolean sharedKey() {
                return team.sharedKeySaved();
            }

            @Override
            public Optional<Boolean> sharedKeyFromEnvironment() {
                return services.effective().teamKeyFromEnvironment();
            }

            @Override
            public void saveSharedKey(boolean shared) throws IOException {
                team.saveSharedKey(shared); // the window refreshes the meter off the UI thread after Save
            }
        };
    }
}
