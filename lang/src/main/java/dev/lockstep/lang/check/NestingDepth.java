package dev.lockstep.lang.check;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostics;
import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.syntax.Nesting;

/**
 * Nesting depth counted through definitions. The parser bounds each expression by itself; but evaluating a
 * definition call evaluates the definition's body one level deeper, so a chain of definitions nests as deeply as
 * their bodies together (and the checker, which checks a definition at its first use, recurses as deeply). This
 * tracks the checker's current depth and each definition's depth with the definitions it calls, and reports
 * LS106 when a use would exceed {@link Nesting#LIMIT}.
 */
final class NestingDepth {
    private final Diagnostics diags;
    private int current;
    /** The deepest level reached (counting called definitions) since the innermost definition body began. */
    private int deepest;
    private boolean reported;

    NestingDepth(Diagnostics diags) { this.diags = diags; }

    /** Enters an expression; false (after reporting) when that is too deep, and then the caller must not recurse. */
    boolean enter(Span span) {
        if (current + 1 > Nesting.LIMIT) {
            report(span);
            return false;
        }
        current++;
        deepest = Math.max(deepest, current);
        return true;
    }

    void exit() { current--; }

    /** A call, at the current depth, of a definition whose body nests {@code depth} levels; false when too deep. */
    boolean call(int depth, Span span) {
        if (current + depth > Nesting.LIMIT) {
            report(span);
            return false;
        }
        deepest = Math.max(deepest, current + depth);
        return true;
    }

    /** Starts a definition body; pass the result to {@link #endBody}. */
    int beginBody() {
        int saved = deepest;
        deepest = current;
        return saved;
    }

    /** Ends a definition body: its depth, counting the definitions it calls. */
    int endBody(int saved) {
        int depth = deepest - current;
        deepest = Math.max(saved, deepest);
        return depth;
    }

    private void report(Span span) {
        if (reported) return;  // one place is enough: every use beyond it is the same problem
        reported = true;
        diags.error(Code.NESTED_TOO_DEEPLY, span, "expression nested too deeply through the definitions it uses "
                + "(the limit is " + Nesting.LIMIT + " levels)", "evaluating a definition call evaluates its body "
                + "one level deeper, so a chain of definitions nests as deeply as their bodies together");
    }
}
