package com.talentfinder.ui.common;

import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.ListMembership;
import com.talentfinder.ui.Messages;
import java.util.List;

/** The words of "already on a list": one tooltip for the results row and the detail pane. */
public final class MembershipText {

    private MembershipText() {
    }

    private static String status(EntryStatus status) {
        return Messages.get(switch (status) {
            case NEW -> "shortlist.status.new";
            case CONTACTED -> "shortlist.status.contacted";
            case INTERVIEWING -> "shortlist.status.interviewing";
            case HIRED -> "shortlist.status.hired";
            case REJECTED -> "shortlist.status.rejected";
        });
    }

    /** "Already on 2 lists:" then one line per list, "Backend — Contacted"; empty when on none. */
    public static String tooltip(List<ListMembership> lists) {
        if (lists == null || lists.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(Messages.format("detail.onLists.tooltip", lists.size()));
        for (ListMembership m : lists) {
            sb.append('\n').append(Messages.format("detail.onLists.line", m.listName(), status(m.status())));
        }
        return sb.toString();
    }
}
