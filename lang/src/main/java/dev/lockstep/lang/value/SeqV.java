package dev.lockstep.lang.value;

import java.util.Arrays;
import java.util.List;

/** A finite sequence (also used for tuples: in TLA+ both are functions from 1..n). */
public final class SeqV implements Value {
    public static final SeqV EMPTY = new SeqV(new Value[0]);

    private final Value[] elements;
    private int hash;

    /** Takes ownership of the array. */
    public SeqV(Value[] elements) { this.elements = elements; }

    public static SeqV of(Value... elements) { return new SeqV(elements.clone()); }

    public static SeqV of(List<Value> elements) { return new SeqV(elements.toArray(Value[]::new)); }

    public int size() { return elements.length; }

    /** 0-based element access. */
    public Value get(int i) { return elements[i]; }

    public List<Value> elements() { return List.of(elements); }

    public SeqV append(Value v) {
        Value[] out = Arrays.copyOf(elements, elements.length + 1);
        out[elements.length] = v;
        return new SeqV(out);
    }

    public SeqV slice(int from, int to) { return new SeqV(Arrays.copyOfRange(elements, from, to)); }

    public SeqV concat(SeqV other) {
        Value[] out = Arrays.copyOf(elements, elements.length + other.elements.length);
        System.arraycopy(other.elements, 0, out, elements.length, other.elements.length);
        return new SeqV(out);
    }

    public SeqV with(int i, Value v) {
        Value[] out = elements.clone();
        out[i] = v;
        return new SeqV(out);
    }

    public int kindRank() { return 5; }

    public int compareSameKind(Value o) { return Values.compareArrays(elements, ((SeqV) o).elements); }

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof SeqV s && hashCode() == s.hashCode() && Arrays.equals(elements, s.elements));
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Arrays.hashCode(elements) * 31 + 5;
            if (h == 0) h = 1;
            hash = h;
        }
        return h;
    }

    public String show() { return Values.join("<<", ", ", ">>", elements); }

    @Override
    public String toString() { return show(); }
}
