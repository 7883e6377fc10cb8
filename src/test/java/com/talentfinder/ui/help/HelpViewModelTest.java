package com.talentfinder.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import com.talentfinder.ui.SyncTaskRunner;
import com.talentfinder.ui.common.DesktopActions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HelpViewModelTest {

    private final List<String> clipboard = new ArrayList<>();
    private final List<Path> opened = new ArrayList<>();
    private final DesktopActions desktop = new DesktopActions() {
        @Override
        public void openInBrowser(String url) {
            throw new AssertionError("Help never opens a web page");
        }

        @Override
        public void copyToClipboard(String text) {
            clipboard.add(text);
        }
    };

    private HelpViewModel vm(java.util.function.Supplier<String> diagnostics) {
        return new HelpViewModel(Path.of("/data/tf"), diagnostics, new SyncTaskRunner(), opened::add, desktop);
    }

    @Test
    void copyDiagnosticsPutsTheTextOnTheClipboardAndSaysSo() {
        HelpViewModel vm = vm(() -> "Talent Finder 1.0\nJava 17");
        vm.copyDiagnostics();
        assertThat(clipboard).containsExactly("Talent Finder 1.0\nJava 17");
        assertThat(vm.noticeProperty().get()).contains("copied to the clipboard");
    }

    @Test
    void aFailureToCollectLeavesTheClipboardAloneAndSaysWhatToDo() {
        HelpViewModel vm = vm(() -> {
            throw new IllegalStateException("disk gone");
        });
        vm.copyDiagnostics();
        assertThat(clipboard).isEmpty();
        assertThat(vm.noticeProperty().get()).startsWith("Could not collect").doesNotContain("disk gone");
    }

    @Test
    void openDataFolderOpensExactlyTheDataFolder() {
        HelpViewModel vm = vm(() -> "");
        vm.openDataFolder();
        assertThat(opened).containsExactly(Path.of("/data/tf"));
    }

    @Test
    void aboutListsTheBundledLibrariesWithTheirLicences() {
        assertThat(vm(() -> "").libraries()).isNotEmpty()
                .allSatisfy(l -> assertThat(l.license()).isNotBlank())
                .anySatisfy(l -> assertThat(l.name()).containsIgnoringCase("JavaFX"));
    }
}
