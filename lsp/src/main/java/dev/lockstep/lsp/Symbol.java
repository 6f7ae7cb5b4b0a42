package dev.lockstep.lsp;

import dev.lockstep.lang.source.Span;

/**
 * A name a spec declares: where its name is written ({@code name}), the whole declaration ({@code decl}), what it is,
 * a one-line description with its type where it has one ({@code detail}), and the declaration it belongs to
 * ({@code container}: the role of a variable or action, the message of a field; null at top level).
 */
record Symbol(String text, Kind kind, Span name, Span decl, String detail, String container) {
    enum Kind { PROTOCOL, CONSTANT, ENUM, LABEL, MESSAGE, FIELD, NETWORK, ROLE, VARIABLE, ACTION, PARAMETER,
        DEFINITION, INVARIANT, PROPERTY, INIT, FAIRNESS, INSTANCE, MODEL }

    /** The word for hovers: "durable variable", "action", ... come from {@code detail}; this is the plain kind. */
    String kindWord() { return kind.name().toLowerCase(java.util.Locale.ROOT); }
}
