package dev.lockstep.lang.check;

import dev.lockstep.lang.ir.BinaryOp;
import dev.lockstep.lang.syntax.Ast;
import java.util.List;

/**
 * The option type, {@code option<T>}, is a sequence of length at most one (docs/language.md, "Option values"):
 * {@code None} is {@code <<>>} and {@code Some(v)} is {@code <<v>>}, the encoding TLA+ specs use for "no value
 * yet". Its forms are rewritten here into sequence forms before checking, so every backend gives them the
 * meaning it gives sequences, and TLC sees exactly what the explorer sees.
 */
final class OptionForms {
    private OptionForms() {}

    /** The spellings taken over, unless a spec declares one of them itself (then its declaration wins). */
    static final List<String> CALLS = List.of("Some", "IsSome", "IsNone", "Get");

    static final String NONE = "None";

    /** {@code None}: the empty sequence. */
    static Ast.Expr none(Ast.Name n) {
        return new Ast.TupleLit(List.of(), n.span());
    }

    /** The sequence form of an option call with one argument (the caller checks the arity). */
    static Ast.Expr call(Ast.Call c) {
        Ast.Expr o = c.args().get(0);
        Ast.Expr empty = new Ast.TupleLit(List.of(), c.span());
        return switch (c.name().name()) {
            case "Some" -> new Ast.TupleLit(List.of(o), c.span());
            case "IsSome" -> new Ast.Binary(BinaryOp.NEQ, o, empty, c.span());
            case "IsNone" -> new Ast.Binary(BinaryOp.EQ, o, empty, c.span());
            case "Get" -> new Ast.Call(new Ast.Ident("Head", c.name().span()), List.of(o), c.span());
            default -> throw new IllegalArgumentException(c.name().name() + " is not an option form");
        };
    }
}
