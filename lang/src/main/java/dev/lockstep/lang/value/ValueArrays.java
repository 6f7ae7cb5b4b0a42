package dev.lockstep.lang.value;

/** Copies of the sorted element arrays of {@link SetV} and {@link FnV} with one slot added or taken out. */
final class ValueArrays {
    private ValueArrays() {}

    /** {@code a} with {@code x} at index {@code at}, the elements from {@code at} on moved one place up. */
    static Value[] inserted(Value[] a, int at, Value x) {
        Value[] out = new Value[a.length + 1];
        System.arraycopy(a, 0, out, 0, at);
        out[at] = x;
        System.arraycopy(a, at, out, at + 1, a.length - at);
        return out;
    }

    /** {@code a} without the element at index {@code at}. */
    static Value[] removed(Value[] a, int at) {
        Value[] out = new Value[a.length - 1];
        System.arraycopy(a, 0, out, 0, at);
        System.arraycopy(a, at + 1, out, at, a.length - at - 1);
        return out;
    }
}
