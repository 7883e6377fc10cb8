package com.talentfinder.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/** Issue 12: the screen registry and the main view model (no window needed). */
class MainViewModelTest {

    private final List<String> shown = new ArrayList<>();

    private Screen screen(String id, Shortcut key) {
        return new Screen() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String titleKey() {
                return "main.nav.search";
            }

            @Override
            public String tooltipKey() {
                return "main.nav.search.tooltip";
            }

            @Override
            public Ikon icon() {
                return MaterialDesignM.MAGNIFY;
            }

            @Override
            public Shortcut shortcut() {
                return key;
            }

            @Override
            public Node create() {
                throw new AssertionError("a view model never builds a view");
            }

            @Override
            public void shown() {
                shown.add(id);
            }
        };
    }

    @Test
    void theFirstRegisteredScreenIsShownAndShowingAnotherTellsIt() {
        MainViewModel vm = new MainViewModel(new ScreenRegistry()
                .register(screen("search", Shortcut.SHOW_SEARCH))
                .register(screen("shortlists", Shortcut.SHOW_SHORTLISTS)));

        assertThat(vm.showing("search")).isTrue();
        vm.show("shortlists");
        vm.show("shortlists");
        vm.show("nowhere");

        assertThat(vm.showing("shortlists")).isTrue();
        assertThat(shown).containsExactly("shortlists");
        assertThat(vm.screens()).extracting(Screen::id).containsExactly("search", "shortlists");
    }

    @Test
    void twoScreensCannotShareANameOrAShortcut() {
        ScreenRegistry registry = new ScreenRegistry().register(screen("search", Shortcut.SHOW_SEARCH));

        assertThatThrownBy(() -> registry.register(screen("search", Shortcut.SHOW_SHORTLISTS)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> registry.register(screen("other", Shortcut.SHOW_SEARCH)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Screen.toggleId("shortlists")).isEqualTo("navShortlists");
    }
}
