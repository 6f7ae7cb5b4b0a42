package dev.lockstep.lang.text;

import java.util.Map;

/**
 * Escapes text one character at a time through a table: HTML and SVG in the reports, JSON strings in the log
 * appender. Each format is a table, not a loop of its own. Characters outside the table pass unchanged, except
 * that control characters can be written as {@code \}{@code uXXXX} (JSON needs that; HTML does not).
 */
public final class CharEscaper {
    private static final int TABLE_SIZE = 128;

    private final String[] replacement = new String[TABLE_SIZE];

    /**
     * @param replacements what each escaped character becomes; every key must be ASCII
     * @param controlsAsUnicode whether a control character (below U+0020) that {@code replacements} does not name
     *                          becomes a backslash, 'u' and its code in 4 lower-case hex digits
     */
    public CharEscaper(Map<Character, String> replacements, boolean controlsAsUnicode) {
        if (controlsAsUnicode) {
            for (int c = 0; c < 0x20; c++) replacement[c] = String.format("\\u%04x", c);
        }
        replacements.forEach((c, r) -> {
            if (c >= TABLE_SIZE) throw new IllegalArgumentException("not an ASCII character: " + c);
            replacement[c] = r;
        });
    }

    /** {@code text} escaped. */
    public String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        appendTo(out, text);
        return out.toString();
    }

    /** Appends {@code text}, escaped, to {@code out}. */
    public void appendTo(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String r = c < TABLE_SIZE ? replacement[c] : null;
            if (r == null) out.append(c);
            else out.append(r);
        }
    }
}
