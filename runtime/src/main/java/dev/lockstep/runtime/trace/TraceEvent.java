package dev.lockstep.runtime.trace;

import java.util.List;
import java.util.Map;

/**
 * One line of a node's NDJSON trace; the schema is {@code docs/trace-schema.json}. Values are ITF trees.
 *
 * @param kind        {@code init} (the node's initial state, step 0) or {@code step} (an action fired)
 * @param step        the node's own step counter: 0 for init, then 1, 2, ...
 * @param action      the action's spec name, null for init
 * @param params      parameter name to ITF value, in declaration order (empty for init)
 * @param consumed    the received message for {@code on receive} actions, else null
 * @param consumedAll the received set for {@code on receive all} actions (quorum receives), in canonical order,
 *                    else null
 * @param sent        the messages the step sent, in send order
 * @param state       the node's local state after the step, an ITF record of the role's variables
 * @param lamport     the node's Lamport clock after the step
 * @param vectorClock the node's vector clock after the step (node name to count; absent entries are 0)
 */
public record TraceEvent(Kind kind, String node, String role, long step, String action, Map<String, Object> params,
                         SentMessage consumed, List<SentMessage> sent, Object state, long lamport,
                         Map<String, Long> vectorClock, List<SentMessage> consumedAll) {

    /** An event that is not a quorum receive's step. */
    public TraceEvent(Kind kind, String node, String role, long step, String action, Map<String, Object> params,
                      SentMessage consumed, List<SentMessage> sent, Object state, long lamport,
                      Map<String, Long> vectorClock) {
        this(kind, node, role, step, action, params, consumed, sent, state, lamport, vectorClock, null);
    }

    /** This event with {@code state} instead of its state (a reader expanding {@link SequenceDeltas}). */
    public TraceEvent withState(Object state) {
        return new TraceEvent(kind, node, role, step, action, params, consumed, sent, state, lamport, vectorClock,
                consumedAll);
    }

    /** What an event records; {@link #json()} is its spelling in the trace's {@code kind} field. */
    public enum Kind {
        INIT("init"),
        STEP("step");

        private final String json;

        Kind(String json) { this.json = json; }

        public String json() { return json; }

        /** The kind spelled {@code json} in a trace, or null if no kind is spelled so. */
        public static Kind fromJson(String json) {
            for (Kind k : values()) if (k.json.equals(json)) return k;
            return null;
        }
    }

    /** A message with its trace id, as an ITF record with {@code type}, {@code src}, {@code dst} and the payload. */
    public record SentMessage(String id, Object msg) {}
}
