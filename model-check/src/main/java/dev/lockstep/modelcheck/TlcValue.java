package dev.lockstep.modelcheck;

import java.util.List;

/** A value as TLC prints it, before it is given a spec type (see {@link TlcStateReader}). */
sealed interface TlcValue {
    record Num(long value) implements TlcValue {}

    record Str(String value) implements TlcValue {}

    record Bool(boolean value) implements TlcValue {}

    /** A model value (a node name). */
    record Name(String name) implements TlcValue {}

    record SetOf(List<TlcValue> elements) implements TlcValue {}

    /** {@code <<a, b>>}: a tuple, a sequence, or a function whose domain is {@code 1..n}. */
    record Tuple(List<TlcValue> elements) implements TlcValue {}

    record Rec(List<String> names, List<TlcValue> values) implements TlcValue {}

    /** {@code (k1 :> v1 @@ k2 :> v2)}. */
    record Fn(List<TlcValue> keys, List<TlcValue> values) implements TlcValue {}
}
