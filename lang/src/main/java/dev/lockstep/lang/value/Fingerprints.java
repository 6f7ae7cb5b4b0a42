package dev.lockstep.lang.value;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * 64-bit fingerprints of values: a structural hash over the same canonical form as the explorer's state encoding
 * (kind, size, elements in canonical order), so equal values always have equal fingerprints. Each step mixes the
 * running hash with a child's fingerprint through a bijective 64-bit mixer (xor-shift-multiply rounds with the
 * SplitMix64 finaliser's constants), so distinct values behave like independent uniform 64-bit numbers. Sequences,
 * sets, records and functions cache theirs: a successor state shares most of its values with its parent, so
 * fingerprinting it costs about as much as the values its step changed.
 */
public final class Fingerprints {
    private static final long BOOL = 0x243F6A8885A308D3L, INT = 0x13198A2E03707344L, STR = 0xA4093822299F31D0L,
            ENUM = 0x082EFA98EC4E6C89L, NODE = 0x452821E638D01377L, SEQ = 0xBE5466CF34E90C6CL,
            RECORD = 0xC0AC29B7C97C50DDL, SET = 0x3F84D5B5B5470917L, FN = 0x9216D5D98979FB1BL,
            STATE = 0xD1310BA698DFB5ACL;
    private static final long FNV_PRIME = 0x100000001B3L;

    /** Reads and writes the cached fingerprint fields atomically (a plain long may tear across threads). */
    static final VarHandle ELEMENTS_CACHE, RECORD_CACHE, FN_CACHE;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            ELEMENTS_CACHE = lookup.findVarHandle(ElementsV.class, "fingerprint", long.class);
            RECORD_CACHE = lookup.findVarHandle(RecordV.class, "fingerprint", long.class);
            FN_CACHE = lookup.findVarHandle(FnV.class, "fingerprint", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Fingerprints() {}

    /** The fingerprint of a global state's slot values. */
    public static long ofState(Value[] slots) {
        long h = mix(STATE ^ slots.length);
        for (Value v : slots) h = mix(h ^ of(v));
        return h;
    }

    public static long of(Value v) {
        return switch (v) {
            case BoolV b -> mix(BOOL ^ (b.value() ? 1 : 0));
            case IntV i -> mix(INT ^ mix(i.value()));
            case StrV s -> string(STR, s.value());
            case EnumV e -> mix(string(string(ENUM, e.enumName()), e.label()) ^ e.ordinal());
            case NodeV n -> string(NODE, n.name());
            case SeqV q -> cached(ELEMENTS_CACHE, q);
            case SetV s -> cached(ELEMENTS_CACHE, s);
            case RecordV r -> cached(RECORD_CACHE, r);
            case FnV f -> cached(FN_CACHE, f);
        };
    }

    private static long cached(VarHandle cache, Value v) {
        long f = (long) cache.getOpaque(v);
        if (f == 0) {
            f = compute(v);
            if (f == 0) f = 1; // 0 marks "not computed yet"
            cache.setOpaque(v, f);
        }
        return f;
    }

    private static long compute(Value v) {
        return switch (v) {
            case SeqV q -> elements(SEQ, q);
            case SetV s -> elements(SET, s);
            case RecordV r -> {
                long h = mix(RECORD ^ r.size());
                for (int i = 0; i < r.size(); i++) h = mix(string(h, r.name(i)) ^ of(r.value(i)));
                yield h;
            }
            case FnV f -> {
                long h = mix(FN ^ f.size());
                for (int i = 0; i < f.size(); i++) h = mix(mix(h ^ of(f.key(i))) ^ of(f.value(i)));
                yield h;
            }
            case BoolV b -> of(b);
            case IntV i -> of(i);
            case StrV s -> of(s);
            case EnumV e -> of(e);
            case NodeV n -> of(n);
        };
    }

    private static long elements(long seed, ElementsV e) {
        long h = mix(seed ^ e.size());
        for (int i = 0; i < e.size(); i++) h = mix(h ^ of(e.get(i)));
        return h;
    }

    /** The characters, FNV-1a style, then the length, folded into {@code h}. */
    private static long string(long h, String s) {
        for (int i = 0; i < s.length(); i++) h = (h ^ s.charAt(i)) * FNV_PRIME;
        return mix(h ^ s.length());
    }

    /** A bijection of 64-bit values in which every input bit affects every output bit. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
