package com.talentfinder.api;

import com.talentfinder.cleaning.UrlSafety;
import java.util.Optional;

/**
 * Loads a freelancer's portrait image bytes (PNG or JPEG). Blocking: call it off the UI thread.
 * Implementations fetch only URLs that {@link UrlSafety#isFetchablePortrait} allows, cap the size and cache.
 */
public interface PortraitSource {

    /** @return the image bytes, or empty when there is none, it is unsafe, too large or failed to load */
    Optional<byte[]> load(String portraitUrl) throws InterruptedException;

    /** A source that never has a portrait (the UI then shows initials). */
    PortraitSource NONE = url -> Optional.empty();
}
