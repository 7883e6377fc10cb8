package com.talentfinder.cleaning;

/**
 * Cleans text that came from the network before the product keeps or shows it: control characters
 * (terminal escapes, NULs), bidirectional controls and zero-width characters are removed, the length is capped, and blank text
 * becomes null. It never interprets the text; the UI still shows it as plain text only.
 */
public final class UntrustedText {

    private UntrustedText() {
    }

    /** One line: line breaks and tabs become spaces, other control characters are removed; null when blank. */
    public static String singleLine(String raw, int maxChars) {
        return clean(raw, maxChars, false);
    }

    /** Several lines: line breaks ({@code \n}) and tabs are kept, other control characters removed; null when blank. */
    public static String multiLine(String raw, int maxChars) {
        return clean(raw, maxChars, true);
    }

    /**
     * {@code text} without the NUL character (U+0000), otherwise as it is: for text the user wrote (notes) on its
     * way into a database. PostgreSQL refuses NUL in text, so one from a tampered file or answer would make a save
     * or a copy to the team database fail. Null stays null; text without NUL is returned as is.
     */
    public static String withoutNul(String text) {
        return text == null || text.indexOf('\u0000') < 0 ? text : text.replace("\u0000", "");
    }

    /**
     * Replaces every occurrence of {@code secret} with {@code [hidden]}: for any service text that could
     * echo the user's key back. A null or empty secret leaves the text as it is.
     */
    public static String redact(String text, String secret) {
        if (text == null || secret == null || secret.isEmpty()) {
            return text;
        }
        return text.replace(secret, "[hidden]");
    }

    private static String clean(String raw, int maxChars, boolean keepLines) {
        if (raw == null) {
            return null;
        }
        if (raw.length() <= maxChars && isPlain(raw, keepLines)) {
            // Nothing to remove or replace and nothing to cut: the common case, without copying.
            String out = raw.strip();
            return out.isEmpty() ? null : out;
        }
        return cleanCopy(raw, maxChars, keepLines);
    }

    /**
     * {@link #clean} of text that needs characters removed, replaced or cut. A method of its own so that
     * {@link #clean}, called for every outside text, stays small enough for the JIT to inline at every call site
     * whatever order it compiled things in.
     */
    private static String cleanCopy(String raw, int maxChars, boolean keepLines) {
        String text = raw.replace("\r\n", "\n");
        StringBuilder sb = new StringBuilder(Math.min(text.length(), maxChars + 1));
        int i = 0;
        while (i < text.length() && sb.length() < maxChars) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n' || cp == '\t' || cp == '\r') {
                sb.append(keepLines && cp != '\r' ? (char) cp : ' ');
            } else if (!Character.isISOControl(cp) && !isBidiControl(cp)) {
                if (sb.length() + Character.charCount(cp) > maxChars) {
                    break;
                }
                sb.appendCodePoint(cp);
            }
        }
        String out = sb.toString().strip();
        return out.isEmpty() ? null : out;
    }

    /**
     * True when {@link #clean} would keep every character as it is: no control character (a kept line break or
     * tab aside) and no bidirectional control. All of those are in the Basic Multilingual Plane, so a scan of
     * chars is exact.
     */
    private static boolean isPlain(String text, boolean keepLines) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue; // printable ASCII, nearly every character: one range check
            }
            if (c < 0x20) {
                if (!keepLines || (c != '\n' && c != '\t')) {
                    return false;
                }
            } else if ((c >= 0x7F && c <= 0x9F) || isBidiControl(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Bidirectional controls (embeddings, overrides, isolates, marks, the Arabic letter mark U+061C) and invisible
     * zero-width characters (U+200B–U+200D, word joiner U+2060, BOM U+FEFF): they can disguise a name or hide text.
     */
    private static boolean isBidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F
                || cp == 0x061C || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF;
    }
}
