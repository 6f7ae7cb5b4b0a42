package dev.lockstep.lsp;

import dev.lockstep.lang.syntax.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The words completion offers besides declared names, and the TextMate grammar must colour. */
final class Keywords {
    private Keywords() {}

    /**
     * Declaration words the lexer reads as identifiers (docs/language.md): the parser recognises them by position,
     * so they are listed here rather than in {@link TokenKind}.
     */
    static final List<String> SOFT = List.of("all", "as", "at", "auto", "cancel", "check", "constraint", "crashes",
            "durable", "fair", "from", "ghost", "group", "init", "input", "instance", "on", "receive", "restart",
            "stable", "strong", "symmetric", "timer", "where", "with", "set", "bag", "fifo", "lossy", "duplicating", "any");

    /** The keywords spelled with letters ({@code protocol}, {@code IF}, ...; not operators such as {@code \in}). */
    static List<String> hard() {
        List<String> words = new ArrayList<>();
        for (TokenKind k : TokenKind.values()) {
            if (k.text() != null && k.text().chars().allMatch(Character::isLetter)) words.add(k.text());
        }
        return words;
    }

    static List<String> all() { return Stream.concat(hard().stream(), SOFT.stream()).distinct().toList(); }
}
