package dev.lockstep.lang.explore;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many successors each action generated during a search (duplicates and states outside the constraint
 * included, as {@link SearchFigures#generated} counts them), keyed {@code Role.Action}, {@code network.drop},
 * {@code network.duplicate} or {@code crash}. Shared by the workers; asked for by {@code --html} only, so a search
 * without it pays nothing. A search that stops (a violation, a limit) counts what its workers generated, the rest
 * of the last level included, where {@code generated} counts up to the stop; a resumed search counts only what it
 * searched after the checkpoint.
 */
public final class ActionCoverage {
    private final ConcurrentHashMap<String, LongAdder> counts = new ConcurrentHashMap<>();

    void count(Label label) {
        counts.computeIfAbsent(key(label), k -> new LongAdder()).increment();
    }

    /** The key a step is counted under: {@code Role.Action}, {@code network.drop}, or {@code crash}. */
    public static String key(Label label) {
        if (label.isCrash()) return "crash";
        if (label.isEnvironment()) return "network." + label.name();
        return label.action().role() + "." + label.name();
    }

    /** The counts so far, by key in alphabetical order (actions that never fired are absent). */
    public Map<String, Long> counts() {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }
}
