package dev.lockstep.lang.value;

/** An enum label. Ordered by enum name, then by declaration position. */
public record EnumV(String enumName, String label, int ordinal) implements Value {
    public int kindRank() { return 3; }

    public int compareSameKind(Value o) {
        EnumV e = (EnumV) o;
        int c = enumName.compareTo(e.enumName);
        return c != 0 ? c : Integer.compare(ordinal, e.ordinal);
    }

    public String show() { return label; }

    @Override
    public String toString() { return show(); }
}
