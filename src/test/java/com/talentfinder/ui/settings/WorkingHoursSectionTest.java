package com.talentfinder.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.app.AppServices;
import com.talentfinder.domain.WorkingHours;
import com.talentfinder.ui.SyncTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings' "Working hours" (issue 15). */
class WorkingHoursSectionTest {

    @TempDir
    Path home;

    private AppServices services() {
        return new AppServices(Map.of("TALENT_FINDER_HOME", home.toString()), Clock.systemUTC());
    }

    private static SettingsViewModel viewModel(AppServices services) {
        return new SettingsViewModel(SettingsServices.of(services), s -> r -> { throw new AssertionError("no call"); },
                new SyncTaskRunner(), theme -> { });
    }

    @Test
    void startsWithTheDefaultsInTheComputersZone() {
        try (AppServices services = services()) {
            WorkingHoursSection hours = viewModel(services).workingHours();
            assertThat(hours.startProperty().get()).isEqualTo(LocalTime.of(9, 0));
            assertThat(hours.endProperty().get()).isEqualTo(LocalTime.of(17, 0));
            assertThat(hours.zoneProperty().get()).isEqualTo(ZoneId.systemDefault().getId());
            assertThat(hours.errorProperty().get()).isEmpty();
        }
    }

    @Test
    void anEndBeforeTheStartIsWordedAndSaveIsRefused() {
        try (AppServices services = services()) {
            SettingsViewModel vm = viewModel(services);
            vm.workingHours().startProperty().set(LocalTime.of(18, 0));
            vm.workingHours().endProperty().set(LocalTime.of(9, 30));

            assertThat(vm.workingHours().errorProperty().get())
                    .isEqualTo("The working day must end after it starts. Choose a later end time.");
            assertThat(vm.validProperty().get()).isFalse();
            assertThat(vm.save()).isFalse();

            vm.workingHours().endProperty().set(LocalTime.of(18, 0));
            assertThat(vm.validProperty().get()).isFalse(); // equal is not after
            vm.workingHours().endProperty().set(LocalTime.of(18, 30));
            vm.workingHours().zoneProperty().set("Mars/Olympus");
            assertThat(vm.workingHours().errorProperty().get()).startsWith("That is not a time zone");
            assertThat(vm.validProperty().get()).isFalse();
        }
    }

    @Test
    void saveKeepsTheHoursAndTheyComeBackNextTime() {
        try (AppServices services = services()) {
            SettingsViewModel vm = viewModel(services);
            vm.workingHours().startProperty().set(LocalTime.of(7, 30));
            vm.workingHours().endProperty().set(LocalTime.of(15, 30));
            vm.workingHours().zoneProperty().set("Asia/Tokyo");

            assertThat(vm.save()).isTrue();

            assertThat(services.settings().workingHours()).isEqualTo(
                    new WorkingHours(LocalTime.of(7, 30), LocalTime.of(15, 30), ZoneId.of("Asia/Tokyo")));
        }
        try (AppServices again = services()) {
            WorkingHoursSection hours = viewModel(again).workingHours();
            assertThat(hours.startProperty().get()).isEqualTo(LocalTime.of(7, 30));
            assertThat(hours.zoneProperty().get()).isEqualTo("Asia/Tokyo");
        }
    }
}
