package dev.lockstep.runtime.api;

/**
 * A value that knows its ITF JSON encoding (the Apalache/Quint trace format that traces, counterexamples and
 * conformance reports share). Generated enums, messages, records and role states implement it, so the runtime
 * can write traces without reflection. {@link Itf#encode(Object)} explains the tree shape.
 */
public interface ItfEncodable {
    /** The ITF tree: {@link java.util.Map}, {@link java.util.List}, {@link String} or {@link Boolean}. */
    Object toItf();
}
