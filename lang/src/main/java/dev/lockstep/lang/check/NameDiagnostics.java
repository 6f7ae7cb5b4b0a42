package dev.lockstep.lang.check;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostics;
import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.syntax.Ast;

/** The diagnostics for a name an expression cannot use: unknown, or declared as something that is not a value. */
record NameDiagnostics(Symbols symbols, Diagnostics diags) {
    /**
     * A name that is declared, but as something an expression cannot use: say what it is instead of "unknown name"
     * with the same name as a suggestion. In a model binding, an undeclared name would be a node, so a declared one
     * there is most likely a node whose name is taken.
     */
    void notAValue(String name, String kind, Span span, boolean inModelBinding) {
        if (inModelBinding) {
            diags.error(Code.NODE_NAME_TAKEN, span, "'" + name + "' is the name of " + kind + " " + name
                    + ", so it cannot name a node here", "a node name in a model binding must differ from every "
                    + "top-level name and enum label; rename the node (or the " + kind + ")");
            return;
        }
        switch (kind) {
            case "invariant", "property" -> diags.error(Code.NOT_A_VALUE, span, "'" + name + "' is " + an(kind)
                    + ", and " + (kind.equals("property") ? "properties" : "invariants")
                    + " cannot be used in expressions",
                    "to use its condition here, declare it as a definition and check that:  def " + name
                    + "Holds == <condition>   " + kind + " " + name + " == " + name + "Holds");
            default -> diags.error(Code.NOT_A_VALUE, span, "'" + name + "' is " + an(kind) + ", not a value");
        }
    }

    private static String an(String kind) {
        return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
    }

    /** Role {@code role} has no variable {@code var}: assigned ({@code x' = }, {@code p.x' = }) or read ({@code p.x}, {@code R[n].x}). */
    void unknownVariable(Symbols.RoleSig role, Ast.Ident var, String... notes) {
        diags.error(Code.UNKNOWN_VAR, var.span(), "role " + role.name() + " has no variable '" + var.name() + "'",
                notes);
    }

    void unknown(String name, Span span) {
        String suggestion = Symbols.closest(name, symbols.allNames());
        if (suggestion != null) {
            diags.error(Code.UNKNOWN_NAME, span, "unknown name '" + name + "'", "did you mean '" + suggestion + "'?");
        } else {
            diags.error(Code.UNKNOWN_NAME, span, "unknown name '" + name + "'");
        }
    }
}
