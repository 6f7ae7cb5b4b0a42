package dev.lockstep.lang.syntax;

/** One token: kind, text, character range, 1-based line and column. */
public record Token(TokenKind kind, String text, int start, int end, int line, int column) {
    public boolean is(TokenKind k) { return kind == k; }

    /** An identifier spelled {@code word} (soft keywords). */
    public boolean isWord(String word) { return kind == TokenKind.IDENT && text.equals(word); }

    public String describe() {
        return switch (kind) {
            case EOF -> "end of file";
            case IDENT -> "'" + text + "'";
            case INT, DURATION -> "number " + text;
            case STRING -> "string " + text;
            default -> kind.display();
        };
    }
}
