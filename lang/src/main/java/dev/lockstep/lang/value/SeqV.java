package dev.lockstep.lang.value;

import java.util.Arrays;
import java.util.List;

/** A finite sequence (also used for tuples: in TLA+ both are functions from 1..n). */
public final class SeqV extends ElementsV {
    public static final SeqV EMPTY = new SeqV(new Value[0]);


    /** Takes ownership of the array. */
    public SeqV(Value[] elements) { super(elements); }

    public static SeqV of(Value... elements) { return new SeqV(elements.clone()); }

    public static SeqV of(List<Value> elements) { return new SeqV(elements.toArray(Value[]::new)); }

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

    String open() { return "<<"; }

    String close() { return ">>"; }
}
