package com.talentfinder.ui.common;

import com.talentfinder.ui.Messages;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A message whose arguments are all strings, filled in by concatenation instead of {@code MessageFormat}: for texts
 * a table formats for every row. The message is formatted once with a marker for each argument and cut at the
 * markers, so the result is exactly what {@link Messages#format} gives for the same string arguments (the bundle
 * is fixed for the life of the process). A message that does not show each argument exactly once is formatted
 * through {@link Messages#format} every time.
 */
final class MessageTemplate {

    private static final ConcurrentMap<String, MessageTemplate> TEMPLATES = new ConcurrentHashMap<>();
    /** Private-use characters: no message holds them. */
    private static final char MARKER = '\uE000';

    private final String key;
    /** The literal pieces around the arguments: one more than {@link #order}; null when not cut. */
    private final String[] pieces;
    /** The argument shown at each place, in the order they appear. */
    private final int[] order;

    private MessageTemplate(String key, int arity) {
        this.key = key;
        Object[] markers = new Object[arity];
        for (int i = 0; i < arity; i++) {
            markers[i] = String.valueOf((char) (MARKER + i));
        }
        String shown = Messages.format(key, markers);
        String[] cut = new String[arity + 1];
        int[] places = new int[arity];
        int from = 0;
        int found = 0;
        for (int i = 0; i < shown.length(); i++) {
            int arg = shown.charAt(i) - MARKER;
            if (arg >= 0 && arg < arity) {
                if (found == arity) {
                    found = -1;
                    break;
                }
                cut[found] = shown.substring(from, i);
                places[found++] = arg;
                from = i + 1;
            }
        }
        boolean eachOnce = found == arity && java.util.Arrays.stream(places).distinct().count() == arity;
        if (eachOnce) {
            cut[arity] = shown.substring(from);
        }
        this.pieces = eachOnce ? cut : null;
        this.order = places;
    }

    static String format(String key, String... args) {
        MessageTemplate t = TEMPLATES.get(key);
        if (t == null) {
            t = TEMPLATES.computeIfAbsent(key, k -> new MessageTemplate(k, args.length));
        }
        return t.fill(args);
    }

    private String fill(String[] args) {
        if (pieces == null || args.length != order.length) {
            return Messages.format(key, (Object[]) args);
        }
        int length = 0;
        for (String piece : pieces) {
            length += piece.length();
        }
        for (String arg : args) {
            length += arg.length();
        }
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < order.length; i++) {
            sb.append(pieces[i]).append(args[order[i]]);
        }
        return sb.append(pieces[order.length]).toString();
    }
}
