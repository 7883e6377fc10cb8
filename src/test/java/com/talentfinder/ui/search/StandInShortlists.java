package com.talentfinder.ui.search;

import com.talentfinder.ui.Screen;
import com.talentfinder.ui.Shortcut;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** A second screen for window tests: shows whatever node the test supplies. */
final class StandInShortlists implements Screen {

    private final Supplier<? extends Node> view;

    StandInShortlists(Supplier<? extends Node> view) {
        this.view = view;
    }

    @Override
    public String id() {
        return "shortlists";
    }

    @Override
    public String titleKey() {
        return "main.nav.shortlists";
    }

    @Override
    public String tooltipKey() {
        return "main.nav.shortlists.tooltip";
    }

    @Override
    public Ikon icon() {
        return MaterialDesignF.FORMAT_LIST_CHECKS;
    }

    @Override
    public Shortcut shortcut() {
        return Shortcut.SHOW_SHORTLISTS;
    }

    @Override
    public Node create() {
        return view.get();
    }
}
