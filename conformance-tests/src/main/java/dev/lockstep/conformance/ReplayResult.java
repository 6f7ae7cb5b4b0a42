package dev.lockstep.conformance;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * What {@code lockstep replay} found: how far the recorded (possibly edited) events could be replayed, the events
 * that could no longer happen, how each node's final state changed, whether an unedited replay wrote the recorded
 * bytes again, and the conformance verdict of the new traces.
 *
 * @param edits      the edits as given (empty: a plain replay)
 * @param events     the events to replay, after the edits, over all nodes (init events included)
 * @param replayed   how many of them the machines took
 * @param departures the events that could not happen, one per node at most (the node stops there)
 * @param changes    nodes whose final state differs from the recorded one
 * @param identical  without edits: whether every new trace equals its recorded file byte for byte; null with edits
 * @param firstDifference without edits and not identical: the first new trace file that differs, else null
 * @param out        the folder of the new traces
 * @param verdict    the conformance check of the new traces against the model
 * @param exchanges  the exchanges replayed
 */
public record ReplayResult(List<String> edits, int events, int replayed, List<Departure> departures,
                           List<StateChange> changes, Boolean identical, String firstDifference, Path out,
                           ConformanceResult verdict, Exchanges exchanges) {
    /**
     * The exchanges replayed (docs/runtime.md, "Exchanges"): {@code atomic}, those whose start, serve and commit
     * were all replayed, each one atomic step of the spec; {@code rolledBack}, those the initiator rolled back.
     */
    public record Exchanges(int atomic, int rolledBack) {}

    /**
     * An event that can no longer happen.
     *
     * @param where   the recorded event's file and line
     * @param lamport the recorded event's Lamport clock (orders departures of several nodes causally)
     * @param waited  true when the event waited for a message that was never sent; false when it was tried and its
     *                guard, parameters or message no longer fit
     */
    public record Departure(String node, long step, String action, String where, long lamport, boolean waited,
                            String reason) {}

    /** A node's final state in the recording and in the replay, as ITF trees. */
    public record StateChange(String node, Object recorded, Object replayed) {}

    /** The departure earliest by the recorded Lamport clocks, or null when the replay completed. */
    public Departure firstDeparture() {
        return departures.stream().min(Comparator.comparingLong(Departure::lamport).thenComparing(Departure::node))
                .orElse(null);
    }

    public boolean completed() { return departures.isEmpty(); }
}
