package dev.lockstep.lang.value;

/** An enum label. Ordered by enum name, then by declaration position. */
public record EnumV(String enumName, String label, int ordinal) implements Value {
    public int kindRank() { return 3; }

    // Written out: the generated ones go through method handles on the explorer's hot path. Same hash formula.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof EnumV e && e.ordinal == ordinal && e.enumName.equals(enumName)
                && e.label.equals(label);
    }

    @Override
    public int hashCode() { return (enumName.hashCode() * 31 + label.hashCode()) * 31 + ordinal; }

    public int compareSameKind(Value o) {
        EnumV e = (EnumV) o;
        int c = enumName.compareTo(e.enumName);
        return c != 0 ? c : Integer.compare(ordinal, e.ordinal);
    }

    public String show() { return label; }

    @Override
    public String toString() { return show(); }
}
