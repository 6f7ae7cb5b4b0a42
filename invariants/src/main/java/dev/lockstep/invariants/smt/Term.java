package dev.lockstep.invariants.smt;

import java.util.List;

/**
 * Typed SMT terms, built through {@link Smt} (which simplifies as it builds) and either printed as SMT-LIB
 * ({@link SmtLib}) or handed to Z3 ({@link Z3Terms}). The family is closed so both consumers switch exhaustively.
 */
public sealed interface Term {
    Sort sort();

    /** A free constant, declared in the query (a state variable, a received message, a parameter). */
    record Const(String name, Sort sort) implements Term {}

    /** A variable bound by a quantifier or lambda. */
    record Bound(String name, Sort sort) implements Term {}

    record BoolLit(boolean value) implements Term {
        public Sort sort() { return Sort.BOOL; }
    }

    record IntLit(long value) implements Term {
        public Sort sort() { return Sort.INT; }
    }

    record StrLit(String value) implements Term {
        public Sort sort() { return Sort.STRING; }
    }

    record EnumLit(Sort.Enum sort, String label) implements Term {}

    enum Op { NOT, AND, OR, IMPLIES, EQ, ITE, ADD, SUB, MUL, NEG, DIV, MOD, LT, LE, SELECT, STORE }

    record App(Op op, List<Term> args, Sort sort) implements Term {
        public App { args = List.copyOf(args); }
    }

    record CtorApp(Sort.Datatype sort, int ctor, List<Term> args) implements Term {
        public CtorApp { args = List.copyOf(args); }
    }

    record Accessor(Sort.Datatype datatype, int ctor, int field, Term arg, Sort sort) implements Term {}

    record IsCtor(Sort.Datatype datatype, int ctor, Term arg) implements Term {
        public Sort sort() { return Sort.BOOL; }
    }

    /** The array mapping every index to {@code value}. */
    record ConstArray(Sort.Array sort, Term value) implements Term {}

    record Quant(boolean forall, List<Bound> vars, Term body) implements Term {
        public Quant { vars = List.copyOf(vars); }

        public Sort sort() { return Sort.BOOL; }
    }

    record Lambda(Bound var, Term body, Sort.Array sort) implements Term {}
}
