package dev.lockstep.lang.syntax;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostics;
import dev.lockstep.lang.source.SourceFile;
import dev.lockstep.lang.source.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Token cursor shared by the declaration and expression parsers: lookahead, expectations, and the column
 * fences that implement TLA+ bulleted {@code /\ } and {@code \/ } lists.
 */
abstract class ParserBase {
    /** Thrown to abandon the current declaration or action after a syntax error was reported. */
    static final class Bail extends RuntimeException {
        Bail() { super(null, null, false, false); }
    }

    protected final SourceFile file;
    protected final Diagnostics diags;
    protected final List<Token> tokens;
    protected int pos;

    /** A bullet list at column {@code column} started on {@code line}; tokens left of it on later lines end items. */
    private record Fence(int line, int column) {}

    private final Deque<Fence> fences = new ArrayDeque<>();

    /** How many sub-expressions and types the parser is inside now; bounded by {@link Nesting#PARSER_LIMIT}. */
    private int nesting;

    protected ParserBase(SourceFile file, List<Token> tokens, Diagnostics diags) {
        this.file = file;
        this.tokens = tokens;
        this.diags = diags;
    }

    protected Token peek() { return peek(0); }

    protected Token peek(int ahead) {
        Token t = tokens.get(Math.min(pos + ahead, tokens.size() - 1));
        Fence fence = fences.peek();
        if (fence != null && t.line() > fence.line() && t.column() <= fence.column()) {
            return new Token(TokenKind.EOF, "", t.start(), t.start(), t.line(), t.column());
        }
        return t;
    }

    /** The token ignoring bullet fences, for deciding whether a bullet list continues. */
    protected Token rawPeek() { return tokens.get(Math.min(pos, tokens.size() - 1)); }

    protected boolean at(TokenKind kind) { return peek().kind() == kind; }

    protected boolean atWord(String word) { return peek().isWord(word); }

    protected Token advance() {
        Token t = tokens.get(Math.min(pos, tokens.size() - 1));
        if (pos < tokens.size() - 1) pos++;
        return t;
    }

    protected boolean accept(TokenKind kind) {
        if (at(kind)) {
            advance();
            return true;
        }
        return false;
    }

    protected boolean acceptWord(String word) {
        if (atWord(word)) {
            advance();
            return true;
        }
        return false;
    }

    protected Token expect(TokenKind kind, String what) {
        if (at(kind)) return advance();
        throw error(peek(), "expected " + what + ", found " + peek().describe());
    }

    protected Token expectWord(String word) {
        if (atWord(word)) return advance();
        throw error(peek(), "expected '" + word + "', found " + peek().describe());
    }

    /** One or more {@code item}s separated by commas (a mutable list). */
    protected <T> List<T> commaSeparated(Supplier<T> item) {
        List<T> items = new ArrayList<>();
        do {
            items.add(item.get());
        } while (accept(TokenKind.COMMA));
        return items;
    }

    /**
     * {@code NAME sep VALUE}, e.g. a field {@code f: e} or a parameter {@code p \in S}: the name ({@code what} in the
     * message when missing), the separator ({@code expected} when missing), then the {@code value}.
     */
    protected <V, T> T named(String what, TokenKind sep, String expected, Supplier<V> value,
                             BiFunction<Ast.Ident, V, T> make) {
        Ast.Ident name = ident(what);
        expect(sep, expected);
        return make.apply(name, value.get());
    }

    protected Ast.Ident ident(String what) {
        Token t = expect(TokenKind.IDENT, what);
        return new Ast.Ident(t.text(), span(t));
    }

    protected Bail error(Token at, String message, String... notes) {
        diags.error(Code.UNEXPECTED_TOKEN, span(at), message, notes);
        return new Bail();
    }

    protected Span span(Token t) { return file.span(t.start(), Math.max(t.end(), t.start())); }

    protected Span spanFrom(Token first) {
        Token last = tokens.get(Math.max(0, pos - 1));
        return file.span(first.start(), Math.max(first.start(), last.end()));
    }

    /** The span from {@code first} to the last token before position {@code end}. */
    protected Span spanTo(Token first, int end) {
        Token last = tokens.get(Math.max(0, end - 1));
        return file.span(first.start(), Math.max(first.start(), last.end()));
    }

    /**
     * Called on entering a sub-expression or type. Nesting beyond {@link Nesting#PARSER_LIMIT} is reported here, before
     * the recursion can exhaust the stack; {@link #exitNesting} must follow in a {@code finally}.
     */
    protected void enterNesting() {
        if (++nesting > Nesting.PARSER_LIMIT) {
            nesting--;
            Token t = peek();
            diags.error(Code.NESTED_TOO_DEEPLY, span(t), Nesting.message(), Nesting.hint());
            throw new Bail();
        }
    }

    protected void exitNesting() { nesting--; }

    protected void pushFence(Token bullet) { fences.push(new Fence(bullet.line(), bullet.column())); }

    protected void popFence() { fences.pop(); }
}
