package com.talentfinder.ui.shortlist;

import com.talentfinder.api.PortraitSource;
import com.talentfinder.domain.ShortlistEntry;
import com.talentfinder.store.ShortlistRepository;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Portraits of saved entries: the image bytes saved with the snapshot when there are any (so a list works
 * offline), else the live source. Entries are registered as their rows load; the portrait URL is the key.
 */
final class SnapshotPortraitSource implements PortraitSource {

    private record Saved(long listId, String freelancerId) {
    }

    private final ShortlistRepository repo;
    private final PortraitSource live;
    private final Map<String, Saved> byUrl = new ConcurrentHashMap<>();

    SnapshotPortraitSource(ShortlistRepository repo, PortraitSource live) {
        this.repo = repo;
        this.live = live;
    }

    /** Remembers where {@code e}'s saved portrait is. */
    void register(ShortlistEntry e) {
        String url = e.freelancer().portraitUrl();
        if (url != null) {
            byUrl.put(url, new Saved(e.shortlistId(), e.freelancerId()));
        }
    }

    @Override
    public Optional<byte[]> load(String portraitUrl) throws InterruptedException {
        Saved saved = portraitUrl == null ? null : byUrl.get(portraitUrl);
        if (saved != null) {
            Optional<byte[]> bytes = repo.portrait(saved.listId(), saved.freelancerId());
            if (bytes.isPresent() && bytes.get().length > 0) {
                return bytes;
            }
        }
        return live.load(portraitUrl);
    }
}
