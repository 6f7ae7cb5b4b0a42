package dev.lockstep.conformance;

import dev.lockstep.conformance.Divergence.Difference;
import dev.lockstep.conformance.Divergence.Reason;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.Label;
import dev.lockstep.lang.explore.State;
import dev.lockstep.lang.explore.Successor;
import dev.lockstep.lang.explore.Transitions;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.value.StrV;
import dev.lockstep.lang.value.Value;
import dev.lockstep.runtime.trace.TraceEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps the trace events of an exchange (docs/conformance.md, "Exchanges") back to one atomic step of the spec. The
 * runtime records four kinds of event under the exchange's action name: the initiator's <b>start</b> (f1: sends the
 * request, state unchanged), the receiver's <b>serve</b> (f2: consumes the request, sends the reply, commits), and
 * the initiator's <b>commit</b> (f3: consumes the reply) or <b>rollback</b> (consumes nothing: back to the saved
 * state). The step is placed at the serve: both sides' new values are the spec's successor from the initiator's
 * state at its start and the receiver's state then (outcome "both"); the commit must then show the initiator's
 * values. A rollback after a serve is outcome "receiver" under {@code may fail} (the initiator's values go back) and
 * a {@link Reason#HALF_APPLIED} divergence without it; a rollback without a serve, or a request never served, is
 * "neither", no step. Between serve and commit the reconstructed state holds the "both" values.
 */
final class ExchangeSteps {
    /** What the monitor knows of a node, for this class. */
    record Node(String name, Value value, int base, int vars, Value[] logged) {}

    /** Either a divergence, or the global state after the event. */
    record Result(Value[] after, Reason reason, String message, List<Difference> diffs, dev.lockstep.lang.source.Span span) {
        static Result ok(Value[] after) { return new Result(after, null, null, List.of(), null); }
    }

    private enum Status { OPEN, SERVED, ROLLED_BACK }

    private static final class Open {
        final String initiator;
        final Value initiatorValue;
        final int initiatorBase;
        final Value peer;
        final Value[] saved;
        final long startStep;
        Status status = Status.OPEN;
        String receiver;
        long serveStep;
        String replyId;
        Value[] initiatorAfter;

        Open(String initiator, Value initiatorValue, int initiatorBase, Value peer, Value[] saved, long startStep) {
            this.initiator = initiator;
            this.initiatorValue = initiatorValue;
            this.initiatorBase = initiatorBase;
            this.peer = peer;
            this.saved = saved;
            this.startStep = startStep;
        }
    }

    private final ModelInstance model;
    private final Transitions transitions;
    private final Map<String, Open> byRequest = new HashMap<>();
    private final Map<String, Open> openOf = new HashMap<>();

    ExchangeSteps(ModelInstance model, Transitions transitions) {
        this.model = model;
        this.transitions = transitions;
    }

    /**
     * One event of exchange {@code action} at node {@code n}, on global state {@code state}; {@code peer} decodes the
     * event's {@code peer} parameter.
     */
    Result accept(CheckedSpec.Action action, Node n, TraceEvent e, Value[] state, java.util.function.Function<Object, Value> peer) {
        String name = action.name();
        String consumedType = e.consumed() == null ? null : String.valueOf(((Map<?, ?>) e.consumed().msg()).get("type"));
        if (e.consumed() == null && e.sent().size() == 1) return start(action, n, e, state, peer);
        if ((name + ".request").equals(consumedType)) return serve(action, n, e, state);
        if ((name + ".reply").equals(consumedType)) return commit(action, n, e, state);
        if (e.consumed() == null && e.sent().isEmpty()) return rollback(action, n, e, state);
        return fail(Reason.NOT_DELIVERABLE, "an event of exchange " + action.qualifiedName() + " is a start (sends the request),"
                + " a serve (consumes " + name + ".request, sends the reply), a commit (consumes " + name + ".reply) or a"
                + " rollback (neither consumes nor sends); this one " + (consumedType == null ? "sends " + e.sent().size()
                + " messages" : "consumes a " + consumedType + " message"), action.span());
    }

    private Result start(CheckedSpec.Action action, Node n, TraceEvent e, Value[] state, java.util.function.Function<Object, Value> peer) {
        Open open = openOf.get(n.name());
        if (open != null) {
            return fail(Reason.NOT_ENABLED, n.name() + " starts an exchange while its exchange of step " + open.startStep
                    + " is open: a node runs one exchange at a time", action.span());
        }
        TraceEvent.SentMessage request = e.sent().get(0);
        if (!(action.name() + ".request").equals(((Map<?, ?>) request.msg()).get("type"))) {
            return fail(Reason.WRONG_SENDS, "the start of exchange " + action.qualifiedName() + " sends one "
                    + action.name() + ".request message", action.span());
        }
        if (!e.params().containsKey("peer")) {
            return fail(Reason.BAD_PARAMS, "the start of exchange " + action.qualifiedName() + " names its peer (params.peer)",
                    action.span());
        }
        Result unchanged = sameState(n, Arrays.copyOfRange(state, n.base(), n.base() + n.vars()), action,
                "f1 leaves the initiator's state unchanged (its new values come with f3)");
        if (unchanged != null) return unchanged;
        Open o = new Open(n.name(), n.value(), n.base(), peer.apply(e.params().get("peer")),
                Arrays.copyOfRange(state, n.base(), n.base() + n.vars()), e.step());
        byRequest.put(request.id(), o);
        openOf.put(n.name(), o);
        return Result.ok(state);
    }

    private Result serve(CheckedSpec.Action action, Node n, TraceEvent e, Value[] state) {
        Open o = byRequest.get(e.consumed().id());
        if (o == null || o.status == Status.SERVED) {
            return fail(Reason.NEVER_SENT, n.name() + " serves request " + e.consumed().id() + ", which no traced start of "
                    + action.qualifiedName() + (o == null ? " sent" : " left unserved (it was served before)"), action.span());
        }
        if (!o.peer.equals(n.value())) {
            return fail(Reason.NOT_DELIVERABLE, n.name() + " serves request " + e.consumed().id() + " of " + o.initiator
                    + ", whose peer is " + o.peer.show(), action.span());
        }
        if (e.sent().size() != 1 || !(action.name() + ".reply").equals(((Map<?, ?>) e.sent().get(0).msg()).get("type"))) {
            return fail(Reason.WRONG_SENDS, "serving exchange " + action.qualifiedName() + " sends one " + action.name()
                    + ".reply message", action.span());
        }
        Value[] before = state.clone();
        System.arraycopy(o.saved, 0, before, o.initiatorBase, o.saved.length); // what msg1 carried
        Successor both = step(action, o, before, "both");
        if (!both.enabled()) {
            return fail(Reason.NOT_ENABLED, "exchange " + action.qualifiedName() + " of " + o.initiator + " with " + n.name()
                    + " is not enabled: its guard is false; " + n.name() + " should have refused", both.guard().falseConjunct().span());
        }
        Result bad = sameState(n, Arrays.copyOfRange(both.next().slots(), n.base(), n.base() + n.vars()), action,
                "the receiver's new values (f2) of the spec's exchange");
        if (bad != null) return bad;
        byRequest.remove(e.consumed().id());
        Value[] after = state.clone();
        copy(both.next().slots(), after, n.base(), n.vars());
        if (o.status == Status.ROLLED_BACK) {
            // The initiator gave up before the reply (its rollback came first): outcome "receiver".
            if (!mayFail(action)) return halfApplied(action, o, n.name(), e.step());
            return Result.ok(after);
        }
        o.status = Status.SERVED;
        o.receiver = n.name();
        o.serveStep = e.step();
        o.replyId = e.sent().get(0).id();
        o.initiatorAfter = Arrays.copyOfRange(both.next().slots(), o.initiatorBase, o.initiatorBase + o.saved.length);
        copy(both.next().slots(), after, o.initiatorBase, o.saved.length);
        byRequest.put(o.replyId, o);
        return Result.ok(after);
    }

    private Result commit(CheckedSpec.Action action, Node n, TraceEvent e, Value[] state) {
        Open o = byRequest.get(e.consumed().id());
        if (o == null || !o.initiator.equals(n.name()) || o.status != Status.SERVED) {
            return fail(Reason.NEVER_SENT, n.name() + " commits exchange " + action.qualifiedName() + " on reply "
                    + e.consumed().id() + ", which answers no exchange of its that is open", action.span());
        }
        Result bad = sameState(n, o.initiatorAfter, action, "the initiator's new values (f3) of the spec's exchange");
        if (bad != null) return bad;
        byRequest.remove(o.replyId);
        openOf.remove(n.name());
        return Result.ok(state);
    }

    private Result rollback(CheckedSpec.Action action, Node n, TraceEvent e, Value[] state) {
        Open o = openOf.remove(n.name());
        if (o == null) {
            return fail(Reason.NOT_ENABLED, n.name() + " rolls back exchange " + action.qualifiedName() + ", but it has no"
                    + " open exchange", action.span());
        }
        Result bad = sameState(n, o.saved, action, "a rollback restores the state saved before the exchange");
        if (bad != null) return bad;
        if (o.status == Status.OPEN) {
            o.status = Status.ROLLED_BACK; // not served yet: "neither", unless a late serve makes it "receiver"
            return Result.ok(state);
        }
        byRequest.remove(o.replyId);
        if (!mayFail(action)) return halfApplied(action, o, n.name(), e.step());
        Value[] after = state.clone();
        System.arraycopy(o.saved, 0, after, o.initiatorBase, o.saved.length); // outcome "receiver"
        return Result.ok(after);
    }

    private Result halfApplied(CheckedSpec.Action action, Open o, String who, long step) {
        return fail(Reason.HALF_APPLIED, "exchange " + action.qualifiedName() + " of " + o.initiator + " (step "
                + o.startStep + ") with " + o.peer.show() + " is half-applied: the receiver committed f2 and the"
                + " initiator rolled back (" + who + " step " + step + "); the spec's exchange has no `may fail`, so"
                + " both sides change together or neither does", action.span());
    }

    private Successor step(CheckedSpec.Action action, Open o, Value[] before, String outcome) {
        List<Value> params = new ArrayList<>(List.of(o.peer));
        if (mayFail(action)) params.add(new StrV(outcome));
        return transitions.apply(new State(before), new Label(action, action.name(), o.initiatorValue, params, null));
    }

    private static boolean mayFail(CheckedSpec.Action action) {
        return ((CheckedSpec.Trigger.Exchange) action.trigger()).mayFail();
    }

    /** The logged state of {@code n} must be {@code expected}, variable by variable (ghosts, logged null, aside). */
    private Result sameState(Node n, Value[] expected, CheckedSpec.Action action, String what) {
        List<CheckedSpec.Var> vars = model.spec().role(action.role()).orElseThrow().vars();
        List<Difference> diffs = new ArrayList<>();
        for (int v = 0; v < expected.length; v++) {
            Value logged = n.logged()[v];
            if (logged == null || logged.equals(expected[v])) continue;
            diffs.add(new Difference("state." + vars.get(v).name(), expected[v].show(), logged.show(), what, action.span()));
        }
        if (diffs.isEmpty()) return null;
        return new Result(null, Reason.WRONG_STATE, "the state of " + n.name() + " in exchange " + action.qualifiedName()
                + " differs from the spec's: " + what, diffs, action.span());
    }

    private static void copy(Value[] from, Value[] to, int base, int length) {
        System.arraycopy(from, base, to, base, length);
    }

    private static Result fail(Reason reason, String message, dev.lockstep.lang.source.Span span) {
        return new Result(null, reason, message, List.of(), span);
    }
}
