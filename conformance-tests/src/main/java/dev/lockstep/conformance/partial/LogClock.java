package dev.lockstep.conformance.partial;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a line of a per-node log stands in time, as far as the log says: what orders it against the lines of other
 * nodes' logs when they are merged. A Lamport clock or a vector clock (piggybacked on messages by the
 * implementation) orders by happens-before; a wall-clock timestamp orders only lines further apart than the declared
 * skew bound.
 */
sealed interface LogClock {
    /** Whether this line must come before {@code other}, a line of another node's log, in every merged order. */
    boolean mustPrecede(LogClock other, Duration skew);

    /**
     * Whether this clock, on a line after {@code earlier} in the same log, is not behind it. Two lines of one step
     * may carry the same clock (the file orders them).
     */
    boolean advancesFrom(LogClock earlier);

    /** What this clock is, for messages. */
    String kind();

    /**
     * A Lamport clock: happens-before implies a smaller clock, so merging by the clocks (ties in any order) is an
     * order happens-before allows; concurrent steps of different nodes commute in the spec, so any such order does.
     */
    record Lamport(long value) implements LogClock {
        public boolean mustPrecede(LogClock other, Duration skew) { return value < ((Lamport) other).value; }

        public boolean advancesFrom(LogClock earlier) { return value >= ((Lamport) earlier).value; }

        public String kind() { return "a Lamport clock"; }

        @Override
        public String toString() { return Long.toString(value); }
    }

    /** A vector clock (node to counter; a node not named counts 0): exactly happens-before. */
    record Vector(Map<String, Long> entries) implements LogClock {
        public boolean mustPrecede(LogClock other, Duration skew) { return before(this, (Vector) other); }

        public boolean advancesFrom(LogClock earlier) { return equals(earlier) || before((Vector) earlier, this); }

        public String kind() { return "a vector clock"; }

        @Override
        public String toString() { return entries.toString(); }

        /** a &lt; b: no entry of a above b's, and some entry below. */
        private static boolean before(Vector a, Vector b) {
            boolean smaller = false;
            for (var e : a.entries.entrySet()) {
                long other = b.entries.getOrDefault(e.getKey(), 0L);
                if (e.getValue() > other) return false;
                smaller |= e.getValue() < other;
            }
            for (var e : b.entries.entrySet()) smaller |= e.getValue() > a.entries.getOrDefault(e.getKey(), 0L);
            return smaller;
        }
    }

    /** A wall-clock timestamp: a line that is later by more than the skew bound came later. */
    record WallTime(long nanos) implements LogClock {
        public boolean mustPrecede(LogClock other, Duration skew) {
            return nanos + skew.toNanos() < ((WallTime) other).nanos;
        }

        @Override
        public String toString() { return nanos % 1_000_000 == 0 ? nanos / 1_000_000 + " ms" : nanos + " ns"; }

        public boolean advancesFrom(LogClock earlier) { return nanos >= ((WallTime) earlier).nanos; }

        public String kind() { return "a timestamp"; }
    }

    /** The clock in a log field: an integer (Lamport) or an object of integers (vector); null when it is neither. */
    static LogClock clock(Object raw) {
        if (raw instanceof Integer || raw instanceof Long) return new Lamport(((Number) raw).longValue());
        if (!(raw instanceof Map<?, ?> m) || m.isEmpty()) return null;
        Map<String, Long> entries = new TreeMap<>();
        for (var e : m.entrySet()) {
            if (!(e.getValue() instanceof Integer || e.getValue() instanceof Long)) return null;
            entries.put(String.valueOf(e.getKey()), ((Number) e.getValue()).longValue());
        }
        return new Vector(entries);
    }

    /** The timestamp in a log field: milliseconds (a number) or an ISO-8601 instant; null when it is neither. */
    static LogClock time(Object raw) {
        if (raw instanceof Number n) return new WallTime(Math.round(n.doubleValue() * 1_000_000));
        if (raw instanceof String s) {
            try {
                Instant t = Instant.parse(s);
                return new WallTime(Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano()));
            } catch (DateTimeParseException | ArithmeticException e) {
                return null;
            }
        }
        return null;
    }
}
