package com.talentfinder.ui.shortlist;

import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.Shortlist;
import com.talentfinder.ui.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** The items of every "Add to shortlist ▸" menu: one per list, then "New list…". */
final class AddMenus {

    private AddMenus() {
    }

    static List<MenuItem> items(AddToShortlistViewModel add, ShortlistDialogs dialogs,
                                Supplier<List<Freelancer>> chosen) {
        List<MenuItem> items = new ArrayList<>();
        for (Shortlist s : add.lists()) {
            MenuItem item = new MenuItem(Messages.format("shortlist.menu.list", s.name(), s.entryCount()));
            item.setMnemonicParsing(false);
            item.setId("addTo-" + s.id());
            item.setOnAction(e -> add.addTo(s, chosen.get()));
            items.add(item);
        }
        if (!items.isEmpty()) {
            items.add(new SeparatorMenuItem());
        }
        MenuItem create = new MenuItem(Messages.get("shortlist.menu.newList"));
        create.setId("addToNewList");
        create.setOnAction(e -> {
            List<Freelancer> who = chosen.get();
            dialogs.askName(Messages.get("shortlist.new.title"), "").ifPresent(n -> add.addToNewList(n, who));
        });
        items.add(create);
        return items;
    }
}
