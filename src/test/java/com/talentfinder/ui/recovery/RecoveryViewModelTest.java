package com.talentfinder.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.app.startup.StartupProblem;
import com.talentfinder.ui.SyncTaskRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecoveryViewModelTest {

    private final Path folder = Path.of("/data");
    private final StartupProblem damaged = new StartupProblem(StartupProblem.Kind.DAMAGED_DATABASE, "damaged",
            folder.resolve("talent-finder.db"), null);
    private final StartupProblem damagedWithBackup = new StartupProblem(StartupProblem.Kind.DAMAGED_DATABASE,
            "damaged", folder.resolve("talent-finder.db"), folder.resolve("b.bak"));
    private final List<String> done = new ArrayList<>();
    private final Deque<Optional<StartupProblem>> checks = new ArrayDeque<>();
    private final List<Path> opened = new ArrayList<>();
    private boolean failNext;

    private final RecoveryViewModel.Actions actions = new RecoveryViewModel.Actions() {
        @Override
        public Optional<StartupProblem> check() {
            return checks.isEmpty() ? Optional.empty() : checks.pop();
        }

        @Override
        public void startFresh(StartupProblem problem) throws IOException {
            if (failNext) {
                throw new IOException("read-only");
            }
            done.add("fresh");
        }

        @Override
        public void restoreBackup(StartupProblem problem) {
            done.add("restore");
        }

        @Override
        public void acceptDefaultSettings() {
            done.add("defaults");
        }
    };

    private RecoveryViewModel vm(StartupProblem first) {
        return new RecoveryViewModel(first, actions, new SyncTaskRunner(), opened::add, folder,
                () -> done.add("resolved"), () -> done.add("quit"));
    }

    @Test
    void aDamagedFileWithoutBackupOffersStartFreshButNoRestore() {
        RecoveryViewModel vm = vm(damaged);
        assertThat(vm.canStartFreshProperty().get()).isTrue();
        assertThat(vm.canRestoreProperty().get()).isFalse();
        assertThat(vm.titleProperty().get()).isEqualTo("Your data file could not be opened");
        vm.restoreBackup();
        assertThat(done).isEmpty();
    }

    @Test
    void startingFreshContinuesWhenNothingIsLeft() {
        RecoveryViewModel vm = vm(damaged);
        vm.startFresh();
        assertThat(done).containsExactly("fresh", "resolved");
    }

    @Test
    void restoringIsOfferedWithABackup() {
        RecoveryViewModel vm = vm(damagedWithBackup);
        assertThat(vm.canRestoreProperty().get()).isTrue();
        vm.restoreBackup();
        assertThat(done).containsExactly("restore", "resolved");
    }

    @Test
    void aSettingsNoticeFollowsOnceTheDatabaseIsFixed() {
        checks.push(Optional.of(new StartupProblem(StartupProblem.Kind.SETTINGS_RESET, "ttl", folder, null)));
        RecoveryViewModel vm = vm(damaged);
        vm.startFresh();
        assertThat(done).containsExactly("fresh");
        assertThat(vm.settingsNoticeProperty().get()).isTrue();
        assertThat(vm.canStartFreshProperty().get()).isFalse();
        vm.continueWithDefaults();
        assertThat(done).containsExactly("fresh", "defaults", "resolved");
    }

    @Test
    void aFailedChoiceIsAPlainSentenceAndTheScreenStays() {
        failNext = true;
        RecoveryViewModel vm = vm(damaged);
        vm.startFresh();
        assertThat(done).isEmpty();
        assertThat(vm.errorProperty().get()).contains("Nothing was deleted");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void openFolderAndQuit() {
        RecoveryViewModel vm = vm(damaged);
        vm.openDataFolder();
        vm.quit();
        assertThat(opened).containsExactly(folder);
        assertThat(done).containsExactly("quit");
    }
}
