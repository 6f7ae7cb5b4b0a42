package dev.lockstep.modelcheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the values in TLC's state printouts: numbers, strings, TRUE/FALSE, model values, {@code {..}},
 * {@code <<..>>}, records {@code [f |-> v, ..]} and functions {@code (k :> v @@ ..)}.
 */
final class TlcValueParser {
    private final String text;
    private int pos;

    private TlcValueParser(String text) { this.text = text; }

    static TlcValue parse(String text) {
        TlcValueParser p = new TlcValueParser(text);
        TlcValue v = p.value();
        p.skipSpace();
        if (p.pos != text.length()) throw p.error("unexpected text after the value");
        return v;
    }

    /**
     * A state as TLC prints it: lines {@code /\ name = value}, where a value may span several lines.
     * Returns the variables by name.
     */
    static Map<String, TlcValue> parseState(String text) {
        Map<String, TlcValue> out = new LinkedHashMap<>();
        String[] parts = ("\n" + text.strip()).split("\n/\\\\ ");
        for (String part : parts) {
            if (part.isBlank()) continue;
            int eq = part.indexOf(" = ");
            if (eq < 0) throw new IllegalArgumentException("not a variable assignment: " + part);
            out.put(part.substring(0, eq).strip(), parse(part.substring(eq + 3).strip()));
        }
        return out;
    }

    private TlcValue value() {
        skipSpace();
        if (pos >= text.length()) throw error("value expected");
        char c = text.charAt(pos);
        if (c == '{') return new TlcValue.SetOf(list("{", "}"));
        if (text.startsWith("<<", pos)) return new TlcValue.Tuple(list("<<", ">>"));
        if (c == '[') return record();
        if (c == '(') return function();
        if (c == '"') return string();
        if (c == '-' || Character.isDigit(c)) return number();
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) pos++;
        if (start == pos) throw error("value expected");
        String word = text.substring(start, pos);
        return switch (word) {
            case "TRUE" -> new TlcValue.Bool(true);
            case "FALSE" -> new TlcValue.Bool(false);
            default -> new TlcValue.Name(word);
        };
    }

    private List<TlcValue> list(String open, String close) {
        expect(open);
        List<TlcValue> out = new ArrayList<>();
        skipSpace();
        if (text.startsWith(close, pos)) {
            pos += close.length();
            return out;
        }
        entriesUntil(close, ",", () -> out.add(value()));
        return out;
    }

    private TlcValue record() {
        expect("[");
        List<String> names = new ArrayList<>();
        List<TlcValue> values = new ArrayList<>();
        entriesUntil("]", ",", () -> {
            skipSpace();
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) pos++;
            names.add(text.substring(start, pos));
            expect("|->");
            values.add(value());
        });
        return new TlcValue.Rec(names, values);
    }

    private TlcValue function() {
        expect("(");
        List<TlcValue> keys = new ArrayList<>();
        List<TlcValue> values = new ArrayList<>();
        entriesUntil(")", "@@", () -> {
            keys.add(value());
            expect(":>");
            values.add(value());
        });
        return new TlcValue.Fn(keys, values);
    }

    /** Entries (one at least) read by {@code entry}, separated by {@code separator}, up to and past {@code close}. */
    private void entriesUntil(String close, String separator, Runnable entry) {
        while (true) {
            entry.run();
            skipSpace();
            if (text.startsWith(close, pos)) {
                pos += close.length();
                return;
            }
            expect(separator);
        }
    }

    private TlcValue string() {
        expect("\"");
        StringBuilder b = new StringBuilder();
        while (pos < text.length() && text.charAt(pos) != '"') {
            char c = text.charAt(pos++);
            if (c == '\\' && pos < text.length()) {
                char e = text.charAt(pos++);
                b.append(switch (e) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case 'f' -> '\f';
                    default -> e;
                });
            } else {
                b.append(c);
            }
        }
        expect("\"");
        return new TlcValue.Str(b.toString());
    }

    private TlcValue number() {
        int start = pos;
        if (text.charAt(pos) == '-') pos++;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) pos++;
        return new TlcValue.Num(Long.parseLong(text.substring(start, pos)));
    }

    private void expect(String token) {
        skipSpace();
        if (!text.startsWith(token, pos)) throw error("'" + token + "' expected");
        pos += token.length();
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at offset " + pos + " of TLC value: "
                + text.substring(0, Math.min(text.length(), 200)));
    }
}
