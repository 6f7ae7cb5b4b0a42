package dev.lockstep.conformance;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * The short strings of one trace file (node and role names, action names, enum-like values such as
 * {@code "aborted"}), shared between lines: a trace repeats a few hundred distinct strings millions of times, and
 * looking one up by the parser's characters is cheaper than building a new {@link String} each time. A small
 * direct-mapped table; a collision just replaces the slot. One per file reader, so not thread-safe.
 */
final class TraceStrings {
    private static final int SLOTS = 512;
    private static final int LONGEST = 32;
    private final String[] table = new String[SLOTS];

    /** The current string token of {@code p}. */
    String text(JsonParser p) throws IOException {
        int len = p.getTextLength();
        if (len > LONGEST) return p.getText();
        char[] cs = p.getTextCharacters();
        int off = p.getTextOffset();
        int h = 0;
        for (int i = 0; i < len; i++) h = 31 * h + cs[off + i];
        int slot = (h ^ (h >>> 9)) & (SLOTS - 1);
        String s = table[slot];
        if (s != null && sameChars(s, cs, off, len)) return s;
        s = new String(cs, off, len);
        table[slot] = s;
        return s;
    }

    private static boolean sameChars(String s, char[] cs, int off, int len) {
        if (s.length() != len) return false;
        for (int i = 0; i < len; i++) if (s.charAt(i) != cs[off + i]) return false;
        return true;
    }
}
