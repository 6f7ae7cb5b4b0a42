package dev.lockstep.lang.syntax;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostics;
import dev.lockstep.lang.source.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns spec text into tokens. Never throws: bad characters become diagnostics and are skipped. */
public final class Lexer {
    private static final Map<String, TokenKind> WORDS = new HashMap<>();
    private static final Map<String, TokenKind> BACKSLASH = new HashMap<>();

    static {
        for (TokenKind k : TokenKind.values()) {
            String t = k.text();
            if (t == null) continue;
            if (Character.isLetter(t.charAt(0))) WORDS.put(t, k);
            else if (t.startsWith("\\") && t.length() > 1 && Character.isLetter(t.charAt(1))) BACKSLASH.put(t, k);
        }
        BACKSLASH.put("\\union", TokenKind.CUP);
        BACKSLASH.put("\\intersect", TokenKind.CAP);
    }

    /** Multi-character operators, longest first so that greedy matching works. */
    private static final String[] OPERATORS = {
        "|->", "<=>", "/\\", "\\/", "=>", "/=", "<=", "=<", ">=", "..", "<<", ">>", "->", "==", "[]", "<>", "~>",
        ":>", "@@", "~", "=", "#", "<", ">", "+", "-", "*", "%", "(", ")", "[", "]", "{", "}", ",", ":", ";",
        ".", "'", "!", "@", "\\",
    };

    private final SourceFile file;
    private final String src;
    private final Diagnostics diags;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;

    private Lexer(SourceFile file, Diagnostics diags) {
        this.file = file;
        this.src = file.text();
        this.diags = diags;
    }

    public static List<Token> lex(SourceFile file, Diagnostics diags) {
        Lexer lexer = new Lexer(file, diags);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (true) {
            skipTrivia();
            if (pos >= src.length()) break;
            int start = pos;
            char c = src.charAt(pos);
            if (Character.isLetter(c) || c == '_') {
                word(start);
            } else if (Character.isDigit(c)) {
                number(start);
            } else if (c == '"') {
                string(start);
            } else if (c == '\\' && pos + 1 < src.length() && Character.isLetter(src.charAt(pos + 1))) {
                backslashWord(start);
            } else if (!operator(start)) {
                diags.error(Code.UNEXPECTED_CHARACTER, file.span(start, start + 1),
                        "unexpected character '" + printable(c) + "'");
                pos++;
            }
        }
        emit(TokenKind.EOF, pos, pos);
    }

    private void skipTrivia() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (src.startsWith("\\*", pos)) {
                while (pos < src.length() && src.charAt(pos) != '\n') pos++;
            } else if (src.startsWith("(*", pos)) {
                blockComment();
            } else {
                return;
            }
        }
    }

    /** TLA+ block comments nest. */
    private void blockComment() {
        int start = pos;
        int depth = 0;
        while (pos < src.length()) {
            if (src.startsWith("(*", pos)) { depth++; pos += 2; }
            else if (src.startsWith("*)", pos)) { depth--; pos += 2; if (depth == 0) return; }
            else pos++;
        }
        diags.error(Code.UNTERMINATED_COMMENT, file.span(start, start + 2), "block comment is never closed",
                "close it with '*)'");
    }

    private void word(int start) {
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) pos++;
        String text = src.substring(start, pos);
        emit(WORDS.getOrDefault(text, TokenKind.IDENT), start, pos);
    }

    private void backslashWord(int start) {
        pos++;
        while (pos < src.length() && Character.isLetter(src.charAt(pos))) pos++;
        String text = src.substring(start, pos);
        TokenKind kind = BACKSLASH.get(text);
        if (kind == null) {
            diags.error(Code.UNEXPECTED_CHARACTER, file.span(start, pos), "unknown operator '" + text + "'",
                    "Lockstep knows \\A \\E \\in \\notin \\cup \\cap \\subseteq \\div \\o and \\ (set difference)");
            return;
        }
        emit(kind, start, pos);
    }

    private void number(int start) {
        while (pos < src.length() && Character.isDigit(src.charAt(pos))) pos++;
        int digitsEnd = pos;
        // A duration is digits immediately followed by the unit 'ms' or 's'.
        int unitEnd = pos;
        while (unitEnd < src.length() && Character.isLetter(src.charAt(unitEnd))) unitEnd++;
        String unit = src.substring(pos, unitEnd);
        if (!unit.isEmpty()) {
            pos = unitEnd;
            // A bad duration is still emitted as a DURATION token (the parser reads it as 0ms), so that a
            // timer's bounds parse on and the one mistake is reported once.
            if (!unit.equals("ms") && !unit.equals("s")) {
                diags.error(Code.BAD_DURATION, file.span(start, pos),
                        "unknown duration unit '" + unit + "'", "durations are written like 500ms or 2s");
            } else if (durationMillis(src.substring(start, pos)) < 0) {
                diags.error(Code.INTEGER_TOO_LARGE, file.span(start, pos), "duration is too large",
                        "a duration must fit in 64 bits when counted in milliseconds");
            }
            emit(TokenKind.DURATION, start, pos);
            return;
        }
        if (!fitsLong(src.substring(start, digitsEnd))) {
            diags.error(Code.INTEGER_TOO_LARGE, file.span(start, pos),
                    "integer literal " + src.substring(start, digitsEnd) + " does not fit in 64 bits");
            emit(TokenKind.INT, start, pos, "0");
            return;
        }
        emit(TokenKind.INT, start, pos);
    }

    /**
     * The value in milliseconds of a duration token's text such as {@code 500ms} or {@code 2s}; -1 when the unit
     * is not ms or s, or the value does not fit in 64 bits.
     */
    static long durationMillis(String text) {
        boolean ms = text.endsWith("ms");
        if (!ms && !text.endsWith("s")) return -1;
        String digits = text.substring(0, text.length() - (ms ? 2 : 1));
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) || !fitsLong(digits)) return -1;
        long n = Long.parseLong(digits);
        if (ms) return n;
        return n > Long.MAX_VALUE / 1000 ? -1 : n * 1000;
    }

    private static boolean fitsLong(String digits) {
        try {
            Long.parseLong(digits);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void string(int start) {
        pos++;
        StringBuilder value = new StringBuilder();
        while (pos < src.length() && src.charAt(pos) != '"' && src.charAt(pos) != '\n') {
            char c = src.charAt(pos);
            if (c == '\\' && pos + 1 < src.length()) {
                char n = src.charAt(pos + 1);
                value.append(switch (n) { case 'n' -> '\n'; case 't' -> '\t'; default -> n; });
                pos += 2;
            } else {
                value.append(c);
                pos++;
            }
        }
        if (pos >= src.length() || src.charAt(pos) != '"') {
            diags.error(Code.UNTERMINATED_STRING, file.span(start, pos), "string literal is never closed",
                    "strings end with '\"' on the same line");
        } else {
            pos++;
        }
        emit(TokenKind.STRING, start, pos, value.toString());
    }

    private boolean operator(int start) {
        for (String op : OPERATORS) {
            if (src.startsWith(op, pos)) {
                pos += op.length();
                emit(kindOf(op), start, pos);
                return true;
            }
        }
        return false;
    }

    private static TokenKind kindOf(String op) {
        if (op.equals("=<")) return TokenKind.LE;
        for (TokenKind k : TokenKind.values()) {
            if (op.equals(k.text())) return k;
        }
        throw new IllegalStateException("operator without kind: " + op);
    }

    private void emit(TokenKind kind, int start, int end) {
        emit(kind, start, end, src.substring(start, end));
    }

    private void emit(TokenKind kind, int start, int end, String text) {
        tokens.add(new Token(kind, text, start, end, file.line(start), file.column(start)));
    }

    private static String printable(char c) {
        return c < 32 ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }
}
