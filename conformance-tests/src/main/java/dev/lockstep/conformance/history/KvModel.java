package dev.lockstep.conformance.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A key-value register per key, with get, put and compare-and-set: the sequential object a replicated key-value
 * store must look like. Keys are independent, so a history is checked one key at a time. A state is the key's value
 * ({@link #ABSENT} before the first put).
 */
public final class KvModel implements SequentialModel<String, KvModel.Op, KvModel.Result> {
    /** The state of a key no put has written (a get of it answers null). */
    public static final String ABSENT = "";

    /** What a client asks. */
    public sealed interface Op {
        String key();
    }

    public record Get(String key) implements Op {}

    public record Put(String key, String value) implements Op {}

    /** Sets {@code value} if the key holds {@code expected} (null: the key is absent). */
    public record Cas(String key, String expected, String value) implements Op {}

    /** What a client was told: a get's value (null: absent), or whether a put or cas took effect. */
    public record Result(String value, boolean ok) {
        public static Result value(String v) { return new Result(v, true); }

        public static Result ok(boolean ok) { return new Result(null, ok); }
    }

    @Override
    public String init() { return ABSENT; }

    @Override
    public Optional<String> step(String state, Op op, Result result) {
        String current = state.equals(ABSENT) ? null : state;
        return switch (op) {
            case Get g -> result == null || Objects.equals(result.value(), current) ? Optional.of(state)
                    : Optional.empty();
            case Put p -> result == null || result.ok() ? Optional.of(p.value()) : Optional.empty();
            case Cas c -> {
                boolean applies = Objects.equals(c.expected(), current);
                if (result == null) yield Optional.of(applies ? c.value() : state);
                yield result.ok() == applies ? Optional.of(applies ? c.value() : state) : Optional.empty();
            }
        };
    }

    @Override
    public List<List<Operation<Op, Result>>> partition(List<Operation<Op, Result>> history) {
        Map<String, List<Operation<Op, Result>>> byKey = new LinkedHashMap<>();
        for (Operation<Op, Result> op : history) byKey.computeIfAbsent(op.input().key(), k -> new ArrayList<>()).add(op);
        return List.copyOf(byKey.values());
    }
}
