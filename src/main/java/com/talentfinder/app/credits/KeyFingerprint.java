package com.talentfinder.app.credits;

import com.talentfinder.api.ApiKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Names an API key in the team's credit ledger without storing it: HMAC-SHA256 of the key under a fixed
 * Talent Finder salt, first 16 hex characters. The same key gives the same fingerprint on every member's
 * computer (so they count together); the key cannot be read back from it, and the salt keeps it from matching
 * a plain hash of the key anywhere else.
 */
public final class KeyFingerprint {

    /** Fixed and public: it separates these fingerprints from other hashes, it is not a secret. */
    private static final byte[] SALT = "talent-finder/team-credits/v1".getBytes(StandardCharsets.UTF_8);
    static final int HEX_CHARS = 16;

    private KeyFingerprint() {
    }

    public static String of(ApiKey key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SALT, "HmacSHA256"));
            byte[] digest = mac.doFinal(key.reveal().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HEX_CHARS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java", e);
        }
    }
}
