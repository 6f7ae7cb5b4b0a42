package dev.lockstep.conformance;

import dev.lockstep.lang.source.Span;
import java.util.List;

/**
 * The first point where a trace departs from the spec: why, which event (null for problems of a whole file), the
 * values that differ, and the spec span of the guard, assignment, send or invariant involved (null when none fits).
 *
 * @param node        the node of the event, or null
 * @param step        the node's step number, or -1
 * @param differences expected versus actual values, one per variable, parameter or message set that differs
 */
public record Divergence(Reason reason, TraceOrigin origin, String node, long step, String message,
                         List<Difference> differences, Span span) {

    public Divergence {
        differences = List.copyOf(differences);
    }

    public Divergence withOrigin(TraceOrigin o) {
        return new Divergence(reason, o, node, step, message, differences, span);
    }

    /** Why the trace was rejected. {@link #MALFORMED} is bad input; every other reason is a divergence. */
    public enum Reason {
        /** A line that is not a trace event of the schema, or a file that cannot be read. */
        MALFORMED("malformed trace"),
        /** Step numbers of a node that do not run 0 (init), 1, 2, ... without gaps. */
        STEP_GAP("gap in a node's steps"),
        /** A receive of a message id that its sender never sent. */
        NEVER_SENT("receive of a message never sent"),
        /** No next event is possible: every remaining node waits for a message sent only later (a cycle). */
        UNORDERABLE("events cannot be ordered by happens-before"),
        /** Sent message ids that are not the sender's name and increasing counter. */
        BAD_MESSAGE_ID("bad message id"),
        /** A node, role or action the model does not have. */
        UNKNOWN_NAME("unknown node, role or action"),
        /** An init event whose state is not one of the spec's initial local states, or a second init. */
        BAD_INIT("initial state differs from the spec"),
        /** A value (state, parameter, message) that is not of the spec's type. */
        ILL_TYPED("value does not fit the spec's type"),
        /** Parameters missing, extra, or outside their domain. */
        BAD_PARAMS("parameters differ from the spec"),
        /** The consumed message is not deliverable in the spec's network (or the action takes none). */
        NOT_DELIVERABLE("message not deliverable"),
        /** The action's guard is false. */
        NOT_ENABLED("action not enabled"),
        /** The logged state after the step differs from the spec's successor. */
        WRONG_STATE("state differs from the spec"),
        /** The logged sends differ from the spec's sends. */
        WRONG_SENDS("sent messages differ from the spec"),
        /** A checked invariant is false on the reconstructed global state. */
        INVARIANT_VIOLATED("invariant violated"),
        /** A checked transition property is false on the step from the previous global state to this one. */
        PROPERTY_VIOLATED("transition property violated"),
        /** One side of an exchange committed and the other rolled back, and the spec's exchange has no {@code may fail}. */
        HALF_APPLIED("exchange half-applied"),
        /** The spec itself failed to evaluate on the replayed state (CHOOSE without witness, overflow, ...). */
        EVALUATION_FAULT("evaluation fault in the spec");

        private final String summary;

        Reason(String summary) { this.summary = summary; }

        public String summary() { return summary; }

        /** The JSON name, e.g. {@code wrong-state}. */
        public String id() { return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }
    }

    /**
     * One value that differs: {@code what} names it (e.g. {@code state}, {@code sent}, {@code param b}), and
     * {@code note} says more (the elements missing or extra); {@code span} is where the spec computes it, or null.
     */
    public record Difference(String what, String expected, String actual, String note, Span span) {}
}
