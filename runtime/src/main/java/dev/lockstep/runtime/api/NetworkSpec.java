package dev.lockstep.runtime.api;

/**
 * The guarantees the spec assumes of the network, which a transport must provide and a simulator may weaken only
 * as far as allowed: {@code SET} (delivered messages stay deliverable: reordering, duplication, ignoring),
 * {@code BAG} (each message delivered at most once, any order), {@code FIFO} (one ordered channel per node pair);
 * {@code lossy} allows drops, {@code duplicating} allows duplicates.
 */
public record NetworkSpec(Kind kind, boolean lossy, boolean duplicating) {
    public enum Kind { SET, BAG, FIFO }
}
