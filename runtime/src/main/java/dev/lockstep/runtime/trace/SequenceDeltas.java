package dev.lockstep.runtime.trace;

import dev.lockstep.runtime.api.ItfSeq;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The opt-in compact form of growing sequences in NDJSON traces (docs/runtime.md "Sequence deltas"): a state
 * variable whose sequence value repeats the first n elements of the same variable's value in the previous event of
 * the same role in the same file is written as {@code {"#extends": n, "#append": [..the elements after them..]}}.
 * The writer's side ({@link #sharedPrefix}) and the one reading of it every trace reader uses ({@link Expander}).
 */
public final class SequenceDeltas {
    static final String EXTENDS = "#extends";
    static final String APPEND = "#append";

    private SequenceDeltas() {}

    /**
     * How many first elements {@code value} repeats of {@code previous} (the same variable one event earlier), when
     * worth a delta: at least one, known in O(1) ({@link ItfSeq#sharedPrefix}); else -1, and the value is written
     * whole.
     */
    static int sharedPrefix(Object value, Object previous) {
        if (value instanceof ItfSeq now && previous instanceof ItfSeq before) {
            int n = now.sharedPrefix(before);
            return n > 0 ? n : -1;
        }
        return -1;
    }

    /** A delta no earlier event of the file explains: names the variable and what is missing. */
    public static final class MissingBase extends RuntimeException {
        MissingBase(String message) { super(message, null, false, false); }
    }

    /**
     * Expands the deltas of one trace file's states, event after event, into the full values: each role's previous
     * (expanded) state is kept. One expander per file, fed every event in file order; after a line it could not
     * read, call {@link #forget} so that a delta after it is refused rather than read against an older state.
     */
    public static final class Expander {
        private final Map<String, Map<?, ?>> previous = new HashMap<>();

        /** {@code e} with its state's deltas expanded (the same event if it has none). */
        public TraceEvent expand(TraceEvent e) {
            if (!(e.state() instanceof Map<?, ?> state)) return e;
            Map<?, ?> full = expand(e.role(), state);
            return full == state ? e : e.withState(full);
        }

        /** The next event's {@code state}, of role {@code role}, with its deltas expanded (itself if it has none). */
        public Map<?, ?> expand(String role, Map<?, ?> state) {
            Map<?, ?> full = expand(role, state, previous.remove(role));
            previous.put(role, full);
            return full;
        }

        /** Forgets every previous state: a delta after this is refused until a full value is seen again. */
        public void forget() { previous.clear(); }

        private static Map<?, ?> expand(String role, Map<?, ?> state, Map<?, ?> before) {
            Map<Object, Object> out = null;
            for (Map.Entry<?, ?> v : state.entrySet()) {
                if (!(v.getValue() instanceof Map<?, ?> delta) || !delta.containsKey(EXTENDS)) continue;
                if (out == null) out = new LinkedHashMap<>(state);
                out.put(v.getKey(), expand(role, String.valueOf(v.getKey()), delta, before));
            }
            return out == null ? state : out;
        }

        private static List<Object> expand(String role, String var, Map<?, ?> delta, Map<?, ?> before) {
            String what = "state variable '" + var + "': the sequence delta " + EXTENDS;
            if (delta.size() != 2 || !(delta.get(EXTENDS) instanceof Number count)
                    || !(count instanceof Integer || count instanceof Long) || count.longValue() < 0
                    || !(delta.get(APPEND) instanceof List<?> appended)) {
                throw new MissingBase("state variable '" + var + "': a sequence delta is {\"" + EXTENDS
                        + "\": n, \"" + APPEND + "\": [...]} with n >= 0, not " + delta);
            }
            long n = count.longValue();
            if (before == null) {
                throw new MissingBase(what + " " + n + " has no earlier event of role " + role
                        + " in this file to extend (a delta needs the full value in an earlier line)");
            }
            if (!(before.get(var) instanceof List<?> base) || base.size() < n) {
                throw new MissingBase(what + " " + n + " extends a value of "
                        + (before.get(var) instanceof List<?> l ? l.size() + " elements" : "no sequence")
                        + " in the previous event of role " + role);
            }
            List<Object> full = new ArrayList<>((int) n + appended.size());
            full.addAll(base.subList(0, (int) n));
            full.addAll(appended);
            return full;
        }
    }
}
