package dev.lockstep.lang.value;

public record IntV(long value) implements Value {
    private static final IntV[] SMALL = new IntV[1024 + 128];

    static {
        for (int i = 0; i < SMALL.length; i++) SMALL[i] = new IntV(i - 128);
    }

    public static IntV of(long v) {
        return v >= -128 && v < 1024 ? SMALL[(int) v + 128] : new IntV(v);
    }

    public int kindRank() { return 1; }

    // Written out: the generated ones go through method handles on the explorer's hot path. Same hash formula.
    @Override
    public boolean equals(Object o) { return o == this || o instanceof IntV i && i.value == value; }

    @Override
    public int hashCode() { return Long.hashCode(value); }

    public int compareSameKind(Value o) { return Long.compare(value, ((IntV) o).value); }

    public String show() { return Long.toString(value); }

    @Override
    public String toString() { return show(); }
}
