package dev.lockstep.lang.analysis;

import dev.lockstep.lang.ir.Expr;

/** Expressions compared by their source text: within one action, equal text reads the same bound values. */
final class Source {
    private Source() {}

    /** The expression's source text without blanks, e.g. {@code m.tx} or {@code state[t]}. */
    static String text(Expr e) { return e.span().text().replaceAll("\\s+", ""); }

    /** The expression's source text on one line, for reports. */
    static String shown(Expr e) { return e.span().text().replaceAll("\\s+", " ").trim(); }
}
