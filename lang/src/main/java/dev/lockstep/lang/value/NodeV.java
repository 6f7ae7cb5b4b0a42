package dev.lockstep.lang.value;

/** A node identity; a TLA+ model value. */
public record NodeV(String name) implements Value {
    public int kindRank() { return 4; }

    public int compareSameKind(Value o) { return name.compareTo(((NodeV) o).name); }

    public String show() { return name; }

    @Override
    public String toString() { return show(); }
}
