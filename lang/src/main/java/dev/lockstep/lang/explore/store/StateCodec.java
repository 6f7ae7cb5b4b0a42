package dev.lockstep.lang.explore.store;

import dev.lockstep.lang.explore.State;
import dev.lockstep.lang.value.BoolV;
import dev.lockstep.lang.value.EnumV;
import dev.lockstep.lang.value.FnV;
import dev.lockstep.lang.value.IntV;
import dev.lockstep.lang.value.NodeV;
import dev.lockstep.lang.value.RecordV;
import dev.lockstep.lang.value.SeqV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.StrV;
import dev.lockstep.lang.value.Value;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * The canonical byte encoding of a global state: a version byte, the slot count, then each slot's value, tag first.
 * Values are already canonical (sets sorted and distinct, function keys and record fields sorted), so equal states
 * have equal bytes and unequal states unequal bytes. The explorer keeps the encodings of the states it keeps in its
 * state log (its fingerprints, {@link dev.lockstep.lang.value.Fingerprints}, hash the same canonical structure
 * without building bytes), and a cluster can ship them between machines.
 *
 * <p>Layout (version 1). Counts and lengths are unsigned LEB128 varints; integers are zig-zag varints; strings are a
 * byte length and UTF-8. Tags: 0 FALSE, 1 TRUE, 2 int, 3 string, 4 enum (enum name, label, ordinal), 5 node (name),
 * 6 sequence (n, elements), 7 record (n, names, values), 8 set (n, elements in order), 9 function (n, keys, values).
 */
public final class StateCodec {
    public static final byte VERSION = 1;

    private static final int FALSE = 0, TRUE = 1, INT = 2, STR = 3, ENUM = 4, NODE = 5, SEQ = 6, RECORD = 7, SET = 8,
            FN = 9;

    private StateCodec() {}

    /** A reusable encoder for one thread: holds the last encoding until the next {@link #encode}. */
    public static final class Writer {
        private byte[] buf = new byte[256];
        private int pos;

        /** Encodes {@code state}, replacing the previous encoding; returns this. */
        public Writer encode(State state) {
            pos = 0;
            put(VERSION);
            Value[] slots = state.slots();
            putVarint(slots.length);
            for (Value v : slots) value(v);
            return this;
        }

        public int length() { return pos; }

        /** The encoding's bytes; valid until the next encode. */
        public byte[] buffer() { return buf; }

        public byte[] toByteArray() { return Arrays.copyOf(buf, pos); }

        private void value(Value v) {
            switch (v) {
                case BoolV b -> put(b.value() ? TRUE : FALSE);
                case IntV i -> {
                    put(INT);
                    long n = i.value();
                    putVarint((n << 1) ^ (n >> 63));
                }
                case StrV s -> {
                    put(STR);
                    putString(s.value());
                }
                case EnumV e -> {
                    put(ENUM);
                    putString(e.enumName());
                    putString(e.label());
                    putVarint(e.ordinal());
                }
                case NodeV n -> {
                    put(NODE);
                    putString(n.name());
                }
                case SeqV q -> elements(SEQ, q.size(), q::get);
                case SetV s -> elements(SET, s.size(), s::get);
                case RecordV r -> {
                    put(RECORD);
                    putVarint(r.size());
                    for (int i = 0; i < r.size(); i++) putString(r.name(i));
                    for (int i = 0; i < r.size(); i++) value(r.value(i));
                }
                case FnV f -> {
                    put(FN);
                    putVarint(f.size());
                    for (int i = 0; i < f.size(); i++) value(f.key(i));
                    for (int i = 0; i < f.size(); i++) value(f.value(i));
                }
            }
        }

        /** A sequence or a set: its tag, its size, then its elements in order (a set's order is canonical). */
        private void elements(int tag, int size, IntFunction<Value> element) {
            put(tag);
            putVarint(size);
            for (int i = 0; i < size; i++) value(element.apply(i));
        }

        private void putString(String s) {
            int n = s.length();
            boolean ascii = true;
            for (int i = 0; i < n && ascii; i++) ascii = s.charAt(i) < 0x80;
            if (!ascii) {
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                putVarint(b.length);
                ensure(b.length);
                System.arraycopy(b, 0, buf, pos, b.length);
                pos += b.length;
                return;
            }
            putVarint(n);
            ensure(n);
            for (int i = 0; i < n; i++) buf[pos++] = (byte) s.charAt(i);
        }

        private void putVarint(long n) {
            ensure(10);
            while ((n & ~0x7FL) != 0) {
                buf[pos++] = (byte) ((n & 0x7F) | 0x80);
                n >>>= 7;
            }
            buf[pos++] = (byte) n;
        }

        private void put(int b) {
            ensure(1);
            buf[pos++] = (byte) b;
        }

        private void ensure(int more) {
            if (pos + more > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + more));
        }
    }

    public static byte[] encode(State state) { return new Writer().encode(state).toByteArray(); }

    /** Decodes an encoding made by {@link Writer}; throws {@link IllegalArgumentException} on malformed bytes. */
    public static State decode(byte[] bytes) {
        Reader r = new Reader(bytes);
        int version = r.get();
        if (version != VERSION) throw new IllegalArgumentException("state encoding version " + version
                + ", expected " + VERSION);
        Value[] slots = new Value[r.count()];
        for (int i = 0; i < slots.length; i++) slots[i] = r.value();
        if (r.pos != bytes.length) throw new IllegalArgumentException("trailing bytes after the state");
        return new State(slots);
    }

    private static final class Reader {
        private final byte[] buf;
        private int pos;

        Reader(byte[] buf) { this.buf = buf; }

        Value value() {
            int tag = get();
            return switch (tag) {
                case FALSE -> BoolV.FALSE;
                case TRUE -> BoolV.TRUE;
                case INT -> {
                    long z = varint();
                    yield IntV.of((z >>> 1) ^ -(z & 1));
                }
                case STR -> new StrV(string());
                case ENUM -> {
                    String name = string();
                    String label = string();
                    yield new EnumV(name, label, count());
                }
                case NODE -> new NodeV(string());
                case SEQ -> new SeqV(values(count()));
                case SET -> SetV.ofSorted(values(count()));
                case RECORD -> {
                    String[] names = new String[count()];
                    for (int i = 0; i < names.length; i++) names[i] = string();
                    yield new RecordV(names, values(names.length));
                }
                case FN -> {
                    int n = count();
                    Value[] keys = values(n);
                    yield new FnV(keys, values(n));
                }
                default -> throw new IllegalArgumentException("unknown value tag " + tag + " at byte " + (pos - 1));
            };
        }

        private Value[] values(int n) {
            Value[] out = new Value[n];
            for (int i = 0; i < n; i++) out[i] = value();
            return out;
        }

        private String string() {
            int n = count();
            if (pos + n > buf.length) throw new IllegalArgumentException("string past the end at byte " + pos);
            String s = new String(buf, pos, n, StandardCharsets.UTF_8).intern();
            pos += n;
            return s;
        }

        int count() {
            long n = varint();
            if (n > Integer.MAX_VALUE) throw new IllegalArgumentException("count " + n + " too large at byte " + pos);
            return (int) n;
        }

        long varint() {
            long n = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = get();
                n |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) return n;
            }
            throw new IllegalArgumentException("varint too long at byte " + pos);
        }

        int get() {
            if (pos >= buf.length) throw new IllegalArgumentException("encoding ends early at byte " + pos);
            return buf[pos++] & 0xFF;
        }
    }
}
