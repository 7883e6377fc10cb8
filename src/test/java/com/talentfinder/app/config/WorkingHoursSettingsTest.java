package com.talentfinder.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.domain.WorkingHours;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The working hours in the settings file: saved, read back, and a bad value = the default and a notice. */
class WorkingHoursSettingsTest {

    @TempDir
    Path folder;


    @Test
    void roundTripsHoursAndZone() throws Exception {
        WorkingHours late = new WorkingHours(LocalTime.of(10, 30), LocalTime.of(19, 0), ZoneId.of("Asia/Tokyo"));
        new SettingsStore(folder).save(Settings.defaults().withWorkingHours(late));

        assertThat(new SettingsStore(folder).load().workingHours()).isEqualTo(late);
    }

    @Test
    void noHoursInTheFileMeansNineToFiveHere() throws Exception {
        SettingsStore store = new SettingsStore(folder);
        assertThat(store.load().workingHours()).isEqualTo(WorkingHours.defaults(ZoneId.systemDefault()));
        assertThat(store.problems()).isEmpty();
    }

    @Test
    void unreadableOrBackwardsHoursFallBackWithANotice() throws Exception {
        for (String bad : new String[] {"work.start=9am\nwork.end=17:00\n", "work.start=18:00\nwork.end=09:00\n"}) {
            SettingsStore store = new SettingsStore(folder);
            Files.writeString(folder.resolve("settings.properties"), bad);
            assertThat(store.load().workingHours()).isEqualTo(WorkingHours.defaults());
            assertThat(store.problems()).singleElement().asString().contains("working hours");
        }
    }

    @Test
    void anUnknownZoneFallsBackToTheComputersWithANotice() throws Exception {
        SettingsStore store = new SettingsStore(folder);
        Files.writeString(folder.resolve("settings.properties"), "work.start=08:00\nwork.zone=Mars/Olympus\n");
        Settings s = store.load();
        assertThat(s.workingHours()).isEqualTo(new WorkingHours(LocalTime.of(8, 0), WorkingHours.DEFAULT_END,
                ZoneId.systemDefault()));
        assertThat(store.problems()).singleElement().asString().contains("time zone");
    }
}
