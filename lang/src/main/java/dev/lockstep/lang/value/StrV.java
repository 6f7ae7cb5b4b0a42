package dev.lockstep.lang.value;

public record StrV(String value) implements Value {
    public int kindRank() { return 2; }

    // Written out: the generated ones go through method handles on the explorer's hot path. Same hash formula.
    @Override
    public boolean equals(Object o) { return o == this || o instanceof StrV s && s.value.equals(value); }

    @Override
    public int hashCode() { return value.hashCode(); }

    public int compareSameKind(Value o) { return value.compareTo(((StrV) o).value); }

    public String show() { return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\""; }

    @Override
    public String toString() { return show(); }
}
