package dev.lockstep.lang.value;

/** A node identity; a TLA+ model value. */
public record NodeV(String name) implements Value {
    public int kindRank() { return 4; }

    // Written out: the generated ones go through method handles on the explorer's hot path. Same hash formula.
    @Override
    public boolean equals(Object o) { return o == this || o instanceof NodeV n && n.name.equals(name); }

    @Override
    public int hashCode() { return name.hashCode(); }

    public int compareSameKind(Value o) { return name.compareTo(((NodeV) o).name); }

    public String show() { return name; }

    @Override
    public String toString() { return show(); }
}
