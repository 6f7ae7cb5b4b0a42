package dev.lockstep.lang.ir;

public enum UnaryOp {
    NOT("~"), NEG("-"), ALWAYS("[]"), EVENTUALLY("<>"), DOMAIN("DOMAIN"), SUBSET("SUBSET"), UNION("UNION");

    private final String symbol;

    UnaryOp(String symbol) { this.symbol = symbol; }

    public String symbol() { return symbol; }

    public boolean isTemporal() { return this == ALWAYS || this == EVENTUALLY; }
}
