package dev.lockstep.conformance;

/**
 * Where a trace event came from: its file and 1-based line, and the raw line as written. Online checks (events fed
 * one at a time by a running system) use {@link #online}, whose file names the source.
 */
public record TraceOrigin(String file, long line, String raw) {

    public static TraceOrigin online(String source, long sequence) {
        return new TraceOrigin(source, sequence, null);
    }

    /** {@code r1.ndjson:7}. */
    public String location() { return file + ":" + line; }
}
