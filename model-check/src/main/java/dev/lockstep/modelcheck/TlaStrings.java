package dev.lockstep.modelcheck;

/**
 * Strings of the spec (string values, enum labels, message types) as TLA+ string values. SANY reads only printable
 * ASCII and Latin-1 reliably in a string literal (it rejects 'œ'), so every other character is escaped inside the
 * value, injectively: a backslash becomes two, any character outside printable ASCII becomes a backslash, 'u' and
 * its UTF-16 code unit in 4 hex digits. Ordinary strings stay as they are; escaping commutes with concatenation;
 * TLC's output is decoded back with {@link #decode}.
 */
final class TlaStrings {
    private TlaStrings() {}

    /** The TLA+ string value standing for {@code s}. */
    static String encode(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') b.append("\\\\");
            else if (c >= 0x20 && c <= 0x7e) b.append(c);
            else b.append(String.format("\\u%04x", (int) c));
        }
        return b.toString();
    }

    /** The spec string a TLA+ string value made by {@link #encode} stands for. */
    static String decode(String v) {
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c != '\\' || i + 1 >= v.length()) {
                b.append(c);
            } else if (v.charAt(i + 1) == 'u' && i + 6 <= v.length()) {
                b.append((char) Integer.parseInt(v.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                b.append(v.charAt(i + 1));
                i++;
            }
        }
        return b.toString();
    }

    /** {@code s} as a TLA+ string literal: its encoding, quoted, with '"' and '\' escaped as TLA+ wants. */
    static String literal(String s) {
        return "\"" + encode(s).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
