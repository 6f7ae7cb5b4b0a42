package dev.lockstep.lang.value;

import java.util.Arrays;
import java.util.List;

/** A record with fields sorted by name. Messages are records with fields {@code type}, {@code src}, {@code dst}. */
public final class RecordV implements Value {
    /** The reserved fields every message has (LS208 keeps specs from declaring them). */
    public static final String SRC = "src";
    public static final String DST = "dst";
    public static final String TYPE = "type";

    private final String[] names;
    private final Value[] values;
    private int hash;
    /** See {@link Fingerprints}, which reads and writes it; 0 until computed. */
    long fingerprint;

    /** Takes ownership; {@code names} must be sorted and distinct. */
    public RecordV(String[] names, Value[] values) {
        this.names = names;
        this.values = values;
    }

    public int size() { return names.length; }

    public String name(int i) { return names[i]; }

    public Value value(int i) { return values[i]; }

    public List<String> names() { return List.of(names); }

    /** The field's value, or null if the record has no such field. */
    public Value get(String field) {
        int i = indexOf(field);
        return i < 0 ? null : values[i];
    }

    /** A message's sender (field {@code src}); null if this record is not a message. */
    public Value src() { return get(SRC); }

    /** A message's receiver (field {@code dst}); null if this record is not a message. */
    public Value dst() { return get(DST); }

    /** A message's type name (field {@code type}, a string); null if this record is not a message. */
    public Value messageType() { return get(TYPE); }

    public int indexOf(String field) {
        for (int i = 0; i < names.length; i++) if (names[i] == field) return i;
        for (int i = 0; i < names.length; i++) if (names[i].equals(field)) return i;
        return -1;
    }

    public RecordV with(String field, Value v) {
        int i = indexOf(field);
        Value[] out = values.clone();
        out[i] = v;
        return new RecordV(names, out);
    }

    /** The same field names with other values (in name order); takes ownership of the array. */
    public RecordV withValues(Value[] newValues) { return new RecordV(names, newValues); }

    public int kindRank() { return 6; }

    public int compareSameKind(Value o) {
        RecordV r = (RecordV) o;
        int c = Integer.compare(names.length, r.names.length);
        // Records of one message type or constructor share their names array.
        for (int i = 0; c == 0 && names != r.names && i < names.length; i++) c = names[i].compareTo(r.names[i]);
        return c != 0 ? c : Values.compareArrays(values, r.values);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof RecordV r && hashCode() == r.hashCode()
                && Arrays.equals(values, r.values) && Arrays.equals(names, r.names));
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) hash = h = Values.cacheableHash(Arrays.hashCode(names) * 31 + Arrays.hashCode(values));
        return h;
    }

    public String show() {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < names.length; i++) {
            if (i > 0) b.append(", ");
            b.append(names[i]).append(" |-> ").append(values[i].show());
        }
        return b.append(']').toString();
    }

    @Override
    public String toString() { return show(); }
}
