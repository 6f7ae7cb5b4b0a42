package dev.lockstep.lang.value;

public record StrV(String value) implements Value {
    public int kindRank() { return 2; }

    public int compareSameKind(Value o) { return value.compareTo(((StrV) o).value); }

    public String show() { return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\""; }

    @Override
    public String toString() { return show(); }
}
