package dev.lockstep.runtime.api;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A message on its way: the message, its trace id ({@code sender#n}, unique per run) and the sender's Lamport and
 * vector clocks after the sending step, piggybacked so that receivers (and the conformance checker) can order events
 * by happens-before.
 */
public record Envelope(String id, Message message, long lamport, Map<String, Long> vectorClock) {
    public Envelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(message, "message");
        vectorClock = Collections.unmodifiableSortedMap(new TreeMap<>(vectorClock)); // sorted: traces are deterministic
    }
}
