package dev.lockstep.lang.ir;

public enum BinaryOp {
    AND("/\\"), OR("\\/"), IMPLIES("=>"), EQUIV("<=>"), LEADSTO("~>"),
    EQ("="), NEQ("/="), LT("<"), LE("<="), GT(">"), GE(">="),
    IN("\\in"), NOTIN("\\notin"), SUBSETEQ("\\subseteq"),
    CUP("\\cup"), CAP("\\cap"), SETMINUS("\\"),
    PLUS("+"), MINUS("-"), TIMES("*"), DIV("\\div"), MOD("%"), RANGE(".."), CONCAT("\\o"),
    SINGLETON_MAP(":>"), MERGE_MAP("@@"),
    /** {@code [S -> T]}: the set of all functions from S to T (written in brackets, not infix). */
    FN_SET("->");

    private final String symbol;

    BinaryOp(String symbol) { this.symbol = symbol; }

    public String symbol() { return symbol; }

    public boolean isTemporal() { return this == LEADSTO; }
}
