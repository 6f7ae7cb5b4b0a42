package dev.lockstep.lang.value;

public record BoolV(boolean value) implements Value {
    public static final BoolV TRUE = new BoolV(true);
    public static final BoolV FALSE = new BoolV(false);

    public static BoolV of(boolean b) { return b ? TRUE : FALSE; }

    public int kindRank() { return 0; }

    public int compareSameKind(Value o) { return Boolean.compare(value, ((BoolV) o).value); }

    public String show() { return value ? "TRUE" : "FALSE"; }

    @Override
    public String toString() { return show(); }
}
