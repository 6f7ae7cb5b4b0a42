package dev.lockstep.lang.ir;

/** Built-in operators from TLA+'s standard modules (FiniteSets, Sequences) plus Min and Max of a set. */
public enum Builtin {
    CARDINALITY("Cardinality", 1), LEN("Len", 1), APPEND("Append", 2), HEAD("Head", 1), TAIL("Tail", 1),
    SUBSEQ("SubSeq", 3), MIN("Min", 1), MAX("Max", 1);

    private final String spelling;
    private final int arity;

    Builtin(String spelling, int arity) {
        this.spelling = spelling;
        this.arity = arity;
    }

    public String spelling() { return spelling; }

    public int arity() { return arity; }

    public static Builtin byName(String name) {
        for (Builtin b : values()) if (b.spelling.equals(name)) return b;
        return null;
    }
}
