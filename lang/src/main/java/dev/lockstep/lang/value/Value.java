package dev.lockstep.lang.value;

/**
 * Immutable spec values with value equality, hashing and one canonical total order, so that a global state's
 * value array can serve directly as its fingerprint and sets can be kept sorted.
 * Order: kinds first (bool, int, string, enum, node, seq, record, set, function), then contents.
 */
public sealed interface Value extends Comparable<Value>
        permits BoolV, IntV, StrV, EnumV, NodeV, ElementsV, RecordV, FnV {

    /** Position of the value's kind in the canonical order. */
    int kindRank();

    /** Compares two values of the same kind. */
    int compareSameKind(Value other);

    @Override
    default int compareTo(Value other) {
        int k = Integer.compare(kindRank(), other.kindRank());
        return k != 0 ? k : compareSameKind(other);
    }

    /** TLA+-style rendering, the form used in counterexamples and messages. */
    String show();
}
