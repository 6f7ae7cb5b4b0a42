package dev.lockstep.conformance;

import dev.lockstep.conformance.Divergence.Difference;
import dev.lockstep.conformance.Divergence.Reason;
import dev.lockstep.conformance.TraceDecoding.ActionFormat;
import dev.lockstep.conformance.TraceDecoding.RoleFormat;
import dev.lockstep.lang.eval.Env;
import dev.lockstep.lang.eval.EvalException;
import dev.lockstep.lang.eval.Evaluator;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.eval.Network;
import dev.lockstep.lang.explore.Label;
import dev.lockstep.lang.explore.State;
import dev.lockstep.lang.explore.Successor;
import dev.lockstep.lang.explore.Transitions;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.CheckedSpec.NetworkKind;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.ir.Stmt;
import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.value.ItfDecodeException;
import dev.lockstep.lang.value.RecordV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.Value;
import dev.lockstep.runtime.api.MessageId;
import dev.lockstep.runtime.trace.TraceEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The online conformance check: fed trace events one at a time, in an order consistent with happens-before (as
 * they happen in a simulation, or as {@link HappensBeforeMerge} orders recorded files), it replays each one through
 * the evaluator against a reconstructed global state and returns the first {@link Divergence}. The global state is
 * the explorer's layout ({@link ModelInstance}): every node's variables, then the network; memory is that state
 * plus a few counters per node, whatever the trace's length.
 *
 * <p>For each step it checks, in this order: the node, role and action exist; the message ids; the parameters fit
 * their types and domains; the consumed message is one the action receives, addressed to the node and deliverable
 * in the spec's network (with the network steps a trace cannot show inferred by {@link NetworkReplay}); the guard
 * holds; the logged state equals the spec's successor; the logged sends equal the spec's sends (as multisets, and
 * per channel in order for fifo networks); and every invariant the model checks holds afterwards. The successor is
 * the explorer's own ({@link Transitions#apply}); the event's values are read by {@link TraceDecoding}.
 *
 * <p>Safe to call from several threads (each call checks one event under the monitor's lock), but the order is the
 * caller's: a running system's events reach it through a {@link HappensBeforeFeed}, which puts the events of
 * concurrent node threads into an order consistent with happens-before.
 */
public final class ConformanceMonitor {
    private final ModelInstance model;
    private final CheckedSpec spec;
    private final Transitions transitions;
    private final Evaluator evaluator;
    private final TraceDecoding decoding;
    private final NetworkReplay network;
    private final QuorumSteps quorums;
    private final ExchangeSteps exchanges;
    private final Value[] state;
    /** By node name, its first role (for its trace counters, which its roles share). */
    private final Map<String, NodeInfo> nodes = new HashMap<>();
    /** By node name and role. */
    private final Map<List<String>, NodeInfo> byRole = new HashMap<>();
    private final List<CheckedSpec.Invariant> invariants = new ArrayList<>();
    private final List<CheckedSpec.Property> transitionProperties;
    /** Every node's initial state as its init event (or its unique initializer) says, for the init predicates. */
    private final Value[] initialState;
    /** Whether the init predicates were checked (once, when the last node's initial state became known). */
    private boolean initsChecked;
    private int unknownNodes;
    private long events;
    private Divergence first;

    /**
     * A node's trace counters: its last step number and {@code maxSent}, the largest message counter it has sent.
     * A node that plays several roles writes one trace (docs/runtime.md, "Roles on one node"), so its roles share
     * them.
     */
    private static final class NodeLog {
        long lastStep;
        long maxSent;
    }

    /** A node of the model in one of its roles. */
    private static final class NodeInfo {
        final String name;
        final Value value;
        final RoleFormat role;
        final int base;
        final List<Value[]> initials;
        final NodeLog log;
        boolean started;
        boolean known;

        NodeInfo(String name, Value value, RoleFormat role, int base, List<Value[]> initials, NodeLog log) {
            this.name = name;
            this.value = value;
            this.role = role;
            this.base = base;
            this.initials = initials;
            this.log = log;
        }
    }

    public ConformanceMonitor(ModelInstance model) {
        this.model = model;
        this.spec = model.spec();
        this.transitions = new Transitions(model);
        this.evaluator = transitions.evaluator();
        this.decoding = new TraceDecoding(spec);
        this.network = new NetworkReplay(spec.network());
        this.quorums = new QuorumSteps(spec, evaluator);
        this.exchanges = new ExchangeSteps(model, transitions);
        this.state = new Value[model.slotCount()];
        state[model.networkSlot()] = Network.empty(spec.network().kind());
        this.initialState = state.clone();
        for (CheckedSpec.Role role : spec.roles()) {
            for (int n = 0; n < model.nodes(role.index()).length; n++) {
                Value node = model.nodes(role.index())[n];
                int base = model.nodeBase(role.index(), n);
                NodeInfo first = nodes.get(node.show());
                NodeInfo ni = new NodeInfo(node.show(), node, decoding.role(role.index()), base,
                        LocalInits.of(model, evaluator, role, n), first == null ? new NodeLog() : first.log);
                nodes.putIfAbsent(ni.name, ni);
                byRole.put(List.of(ni.name, role.name()), ni);
                // A node without an init event starts in its initial state when that state is unique.
                if (ni.initials.size() == 1) {
                    System.arraycopy(ni.initials.get(0), 0, state, base, role.vars().size());
                    System.arraycopy(ni.initials.get(0), 0, initialState, base, role.vars().size());
                    ni.known = true;
                } else {
                    unknownNodes++;
                }
            }
        }
        for (String name : model.model().invariants()) {
            spec.invariants().stream().filter(i -> i.name().equals(name)).findFirst().ifPresent(invariants::add);
        }
        this.transitionProperties = spec.transitionProperties().stream()
                .filter(p -> model.model().properties().contains(p.name())).toList();

    }

    public ModelInstance model() { return model; }

    /** Events accepted so far (including the one that diverged). */
    public synchronized long eventsChecked() { return events; }

    /** The first divergence seen, or null while the events conform. */
    public synchronized Divergence firstDivergence() { return first; }

    /** A copy of the reconstructed global state (slots as in {@link ModelInstance}). */
    public synchronized Value[] globalState() { return state.clone(); }

    /**
     * Checks one event and, if it conforms, applies it to the global state. Returns null when it conforms, else
     * the divergence; after a divergence every later event is refused with that same divergence.
     */
    public synchronized Divergence accept(TraceEvent e, TraceOrigin origin) {
        if (first != null) return first;
        events++;
        Divergence d;
        try {
            d = check(e, origin);
        } catch (ItfDecodeException ex) {
            d = diverge(Reason.ILL_TYPED, origin, e, ex.getMessage(), List.of(), null);
        } catch (EvalException ex) {
            d = diverge(Reason.EVALUATION_FAULT, origin, e, ex.getMessage(), List.of(), ex.span());
        }
        first = d;
        return d;
    }

    // ---- one event --------------------------------------------------------------------------------

    private Divergence check(TraceEvent e, TraceOrigin origin) {
        Divergence inits = checkInits(e, origin);  // when every node's initial state is unique, at the first event
        if (inits != null) return inits;
        NodeInfo n = byRole.get(List.of(e.node(), e.role()));
        if (n == null && !nodes.containsKey(e.node())) {
            return diverge(Reason.UNKNOWN_NAME, origin, e, "node " + e.node() + " is not a node of model "
                    + model.model().name() + " (its nodes are " + nodes.keySet().stream().sorted().toList() + ")",
                    List.of(), null);
        }
        if (n == null) {
            NodeInfo any = nodes.get(e.node());
            List<String> roles = byRole.keySet().stream().filter(k -> k.get(0).equals(e.node())).map(k -> k.get(1))
                    .sorted().toList();
            return diverge(Reason.UNKNOWN_NAME, origin, e, "node " + any.name + " plays role " + String.join(" and ", roles)
                    + " in model " + model.model().name() + ", not " + e.role(), List.of(), any.role.role().span());
        }
        return e.kind() == TraceEvent.Kind.INIT ? init(n, e, origin) : step(n, e, origin);
    }

    private Divergence init(NodeInfo n, TraceEvent e, TraceOrigin origin) {
        if (n.started) return restart(n, e, origin);
        if (e.step() != 0) {
            return diverge(Reason.STEP_GAP, origin, e, "an init event has step 0, not " + e.step(), List.of(), null);
        }
        if (e.consumed() != null || e.consumedAll() != null || !e.sent().isEmpty()) {
            return diverge(Reason.BAD_INIT, origin, e, "an init event neither receives nor sends messages", List.of(),
                    null);
        }
        if (n.initials.isEmpty()) {
            return diverge(Reason.BAD_INIT, origin, e, "role " + n.role.role().name() + " has no initial state in "
                    + "model " + model.model().name(), List.of(), n.role.role().span());
        }
        Value[] logged = n.role.state(e.state());
        for (Value[] initial : n.initials) {
            if (differing(initial, logged) == 0) {
                // The initial state, ghost variables included (each has one initial value: LS244).
                System.arraycopy(initial, 0, state, n.base, initial.length);
                System.arraycopy(initial, 0, initialState, n.base, initial.length);
                n.started = true;
                n.log.lastStep = 0;
                if (!n.known) unknownNodes--;
                n.known = true;
                Divergence bad = checkInits(e, origin);
                return bad != null ? bad : checkInvariants(e, origin);
            }
        }
        // Compare with the nearest initial state: the one that differs in the fewest variables.
        Value[] nearest = n.initials.get(0);
        for (Value[] initial : n.initials) if (differing(initial, logged) < differing(nearest, logged)) nearest = initial;
        List<Difference> diffs = new ArrayList<>();
        List<CheckedSpec.Var> vars = n.role.role().vars();
        for (int v = 0; v < vars.size(); v++) {
            if (logged[v] != null && !nearest[v].equals(logged[v])) {
                diffs.add(new Difference("state." + vars.get(v).name(), nearest[v].show(), logged[v].show(),
                        Show.delta(nearest[v], logged[v]), vars.get(v).span()));
            }
        }
        String choices = n.initials.size() == 1 ? "its initial state" : "any of its " + n.initials.size()
                + " initial states";
        return diverge(Reason.BAD_INIT, origin, e, "the initial state of " + n.name + " is not " + choices, diffs,
                diffs.get(0).span());
    }

    /**
     * A second init event of a started node: a restart after a crash, the spec's {@code Crash} step (volatile
     * variables back to their initial values, durable ones as before the crash, then {@code on restart}, whose sends
     * the event lists). The model's crash bound is a model-checking device, not a limit on a trace: the monitor
     * replays every restart (its global state keeps no crash count).
     */
    private Divergence restart(NodeInfo n, TraceEvent e, TraceOrigin origin) {
        CheckedSpec.Role role = n.role.role();
        if (!role.crashes()) {
            return diverge(Reason.BAD_INIT, origin, e, "node " + n.name + " is initialized a second time (after step "
                    + n.log.lastStep + "), but role " + role.name() + " does not crash", List.of(), role.span());
        }
        Divergence bad = checkOrder(n, e, origin);
        if (bad == null && e.consumed() != null) {
            bad = diverge(Reason.BAD_INIT, origin, e, "a restart (init event) receives no message", List.of(), null);
        }
        if (bad == null) bad = checkSentIds(n, e, origin);
        if (bad == null && model.model().crashes() == 0) {
            bad = diverge(Reason.BAD_INIT, origin, e, "node " + n.name + " restarts, but model " + model.model().name()
                    + " allows no crash (crashes 0)", List.of(), model.model().span());
        }
        if (bad != null) return bad;
        Value[] before = state.clone();
        before[model.crashSlot()] = dev.lockstep.lang.value.IntV.of(0); // below any bound >= 1
        Successor next = transitions.apply(new State(before), Label.crash(n.value));
        if ((bad = compareRestartState(n, next, e, origin)) != null) return bad;
        CheckedSpec.Action restart = role.restart();
        if (restart != null) {
            if ((bad = compareSends(restart, next, e, origin)) != null) return bad;
        } else if (!e.sent().isEmpty()) {
            return diverge(Reason.WRONG_SENDS, origin, e, "a restart of " + n.name + " sends messages, but role "
                    + role.name() + " has no on restart", List.of(), role.span());
        }
        return commit(n, next, next.next().slots(), e, origin);
    }

    /** The logged state after a restart must be the spec's: volatile variables reset, durable ones kept. */
    private Divergence compareRestartState(NodeInfo n, Successor next, TraceEvent e, TraceOrigin origin) {
        List<CheckedSpec.Var> vars = n.role.role().vars();
        List<Difference> diffs = stateDiffs(n, next, e, v -> {
            Span assignedAt = restartAssigns(n.role.role(), v);
            if (assignedAt != null) return new Blame("on restart assigns it", assignedAt);
            return new Blame(vars.get(v).durable() ? "it is durable, so a crash keeps it"
                    : "it is volatile, so a crash resets it", vars.get(v).span());
        });
        if (diffs.isEmpty()) return null;
        return diverge(Reason.WRONG_STATE, origin, e, "the state of " + n.name + " after its restart differs from the"
                + " spec's crash and recovery", diffs, diffs.get(0).span());
    }

    /** Why a variable should have the spec's value ({@code why} null: the delta says it all), and where. */
    private record Blame(String why, Span at) {}

    /** The variables whose logged value differs from the spec's successor, each blamed by {@code blame}. */
    private List<Difference> stateDiffs(NodeInfo n, Successor next, TraceEvent e, IntFunction<Blame> blame) {
        List<CheckedSpec.Var> vars = n.role.role().vars();
        Value[] logged = n.role.state(e.state());
        List<Difference> diffs = new ArrayList<>();
        for (int v = 0; v < vars.size(); v++) {
            Value expected = next.next().slot(n.base + v);
            if (logged[v] == null || expected.equals(logged[v])) continue;  // a ghost: the spec's value is taken
            Blame b = blame.apply(v);
            String note = Show.delta(expected, logged[v]);
            if (b.why() != null) note = (note == null || note.isEmpty() ? "" : note + "; ") + b.why();
            diffs.add(new Difference("state." + vars.get(v).name(), expected.show(), logged[v].show(), note, b.at()));
        }
        return diffs;
    }

    /** The span of {@code on restart}'s assignment to variable {@code var}, or null. */
    private static Span restartAssigns(CheckedSpec.Role role, int var) {
        if (role.restart() == null) return null;
        for (Stmt st : role.restart().effects()) {
            if (st instanceof Stmt.Assign a && a.varIndex() == var) return a.span();
        }
        return null;
    }

    /**
     * Checks one step event: its place in the node's trace, its names, ids, parameters and consumed message, then
     * the spec's successor for that labelled step (guard, state, sends) against the logged one, and applies it.
     */
    private Divergence step(NodeInfo n, TraceEvent e, TraceOrigin origin) {
        Divergence bad = checkOrder(n, e, origin);
        if (bad != null) return bad;
        ActionFormat format = n.role.actions().get(e.action());
        if (format == null) {
            return diverge(Reason.UNKNOWN_NAME, origin, e, "role " + n.role.role().name() + " has no action "
                    + e.action() + " (its actions are " + n.role.role().actions().stream()
                    .map(CheckedSpec.Action::name).toList() + ")", List.of(), n.role.role().span());
        }
        CheckedSpec.Action action = format.action();
        if ((bad = checkSentIds(n, e, origin)) != null) return bad;
        if (action.trigger() instanceof CheckedSpec.Trigger.Exchange) return exchangeStep(n, format, e, origin);
        List<Value> params = new ArrayList<>(action.params().size());
        if ((bad = bindParams(n, format, e, params, origin)) != null) return bad;
        RecordV consumed = null;
        boolean quorum = action.trigger() instanceof CheckedSpec.Trigger.OnReceiveAll;
        if (quorum || e.consumedAll() != null) return quorumStep(n, action, params, e, origin);
        if (action.message() != null || e.consumed() != null) {
            if ((bad = checkConsumed(n, action, e, origin)) != null) return bad;
            consumed = decoding.message(e.consumed().msg(), "consumed.msg");
            if ((bad = checkDeliverable(n, action, consumed, e, origin)) != null) return bad;
        }
        Successor next = transitions.apply(new State(state.clone()),
                new Label(action, action.name(), n.value, params, consumed));
        if (!next.enabled()) {
            Expr blamed = next.guard().falseConjunct();
            return diverge(Reason.NOT_ENABLED, origin, e, action.qualifiedName() + " is not enabled at " + n.name
                    + ": its guard is false" + (blamed != action.guard() ? " (this conjunct)" : "")
                    + "; the node's state before the step is " + localState(n), List.of(), blamed.span());
        }
        if ((bad = compareState(n, next, e, origin)) != null) return bad;
        if ((bad = compareSends(action, next, e, origin)) != null) return bad;
        return commit(n, next, next.next().slots(), e, origin);
    }

    /** An event of an exchange, mapped to the spec's atomic step by {@link ExchangeSteps}. */
    private Divergence exchangeStep(NodeInfo n, ActionFormat format, TraceEvent e, TraceOrigin origin) {
        ExchangeSteps.Result r = exchanges.accept(format.action(), exchangeNode(n, e.state()), e, state,
                itf -> format.param(0, itf));
        if (r.reason() != null) return diverge(r.reason(), origin, e, r.message(), r.diffs(), r.span());
        boolean changed = !Arrays.equals(r.after(), state);
        Divergence step = changed ? checkTransitions(state, r.after(), e, origin) : null;
        System.arraycopy(r.after(), 0, state, 0, state.length);
        n.log.lastStep = e.step();
        if (step != null) return step;
        return changed ? checkInvariants(e, origin) : null;
    }

    private ExchangeSteps.Node exchangeNode(NodeInfo n, Object loggedState) {
        return new ExchangeSteps.Node(n.name, n.value, n.base, n.role.role().vars().size(), n.role.state(loggedState));
    }

    /**
     * A step of a quorum receive: the event's {@code consumedAll} against the spec's received set
     * ({@link QuorumSteps}), then the successor as for any step, taken with the in-flight messages the node could
     * not have read withheld from the network.
     */
    private Divergence quorumStep(NodeInfo n, CheckedSpec.Action action, List<Value> params, TraceEvent e,
                                  TraceOrigin origin) {
        if (!(action.trigger() instanceof CheckedSpec.Trigger.OnReceiveAll) || e.consumed() != null
                || e.consumedAll() == null) {
            String what = e.consumedAll() != null ? "names a received set (consumedAll), but "
                    + action.qualifiedName() + " is no quorum receive (on receive all)"
                    : action.qualifiedName() + " is a quorum receive (on receive all), but the event names no "
                    + "received set (consumedAll)" + (e.consumed() != null ? "; it names one consumed message" : "");
            return diverge(Reason.NOT_DELIVERABLE, origin, e, "the event " + what, List.of(), action.span());
        }
        List<RecordV> received = new ArrayList<>(e.consumedAll().size());
        Value net = state[model.networkSlot()];
        for (int i = 0; i < e.consumedAll().size(); i++) {
            TraceEvent.SentMessage m = e.consumedAll().get(i);
            MessageId id = MessageId.parse(m.id()); // the parser has checked the shape
            NodeInfo sender = nodes.get(id.sender());
            if (sender == null || id.counter() > sender.log.maxSent) {
                return diverge(Reason.NEVER_SENT, origin, e, n.name + " receives message " + m.id() + ", which "
                        + id.sender() + " has not sent before this event", List.of(), null);
            }
            RecordV msg = decoding.message(m.msg(), "consumedAll[" + i + "].msg");
            Value delivering = network.deliver(net, msg);
            if (delivering == null) {
                return diverge(Reason.NOT_DELIVERABLE, origin, e, "message " + m.id() + " (" + Show.message(msg)
                        + ") is not deliverable in the spec's " + spec.network().kind().name()
                        .toLowerCase(java.util.Locale.ROOT) + " network", List.of(), action.span());
            }
            net = delivering;
            received.add(msg);
        }
        Env env = new Env(state, action.frameSize()).atNode(n.base, n.value);
        for (int i = 0; i < params.size(); i++) env.frame[action.params().get(i).local().slot()] = params.get(i);
        QuorumSteps.Read read;
        try {
            read = quorums.read(action, env, net, received, e);
        } catch (QuorumSteps.Mismatch m) {
            return diverge(Reason.NOT_DELIVERABLE, origin, e, m.getMessage(), List.of(),
                    ((CheckedSpec.Trigger.OnReceiveAll) action.trigger()).span());
        }
        Value[] before = state.clone();
        before[model.networkSlot()] = read.networkForStep();
        Successor next = transitions.apply(new State(before),
                new Label(action, action.name(), n.value, params, null, read.received()));
        if (!next.enabled()) {
            Expr blamed = next.guard().falseConjunct();
            return diverge(Reason.NOT_ENABLED, origin, e, action.qualifiedName() + " is not enabled at " + n.name
                    + " with the received set " + Show.messages(received) + ": its guard is false"
                    + (blamed != action.guard() ? " (this conjunct)" : "") + "; the node's state before the step is "
                    + localState(n), List.of(), blamed.span());
        }
        Divergence bad;
        if ((bad = compareState(n, next, e, origin)) != null) return bad;
        if ((bad = compareSends(action, next, e, origin)) != null) return bad;
        Value[] after = next.next().slots().clone();
        after[model.networkSlot()] = quorums.restore(after[model.networkSlot()], net, read);
        return commit(n, next, after, e, origin);
    }

    private Divergence checkOrder(NodeInfo n, TraceEvent e, TraceOrigin origin) {
        if (!n.started) {
            return diverge(Reason.STEP_GAP, origin, e, "the trace of " + n.name + " must start with its init event "
                    + "(step 0), but its first event is step " + e.step(), List.of(), null);
        }
        if (e.step() != n.log.lastStep + 1) {
            return diverge(Reason.STEP_GAP, origin, e, "step " + e.step() + " of " + n.name + " follows step "
                    + n.log.lastStep + (e.step() > n.log.lastStep + 1 ? ": an event is missing" : ""), List.of(), null);
        }
        return null;
    }

    /** The logged state must be the spec's successor's, variable by variable. */
    private Divergence compareState(NodeInfo n, Successor next, TraceEvent e, TraceOrigin origin) {
        CheckedSpec.Action action = next.label().action();
        List<CheckedSpec.Var> vars = n.role.role().vars();
        List<Difference> diffs = stateDiffs(n, next, e, v -> {
            Span assignedAt = next.assignedAt(v);
            return assignedAt != null ? new Blame(null, assignedAt) : new Blame(action.name() + " does not assign "
                    + vars.get(v).name() + ", so it keeps its value", action.span());
        });
        if (diffs.isEmpty()) return null;
        return diverge(Reason.WRONG_STATE, origin, e, "the state of " + n.name + " after " + action.name()
                + " differs from the spec's", diffs, diffs.get(0).span());
    }

    /** Applies a conforming step (global state {@code after}); invariants are checked when it changed anything. */
    private Divergence commit(NodeInfo n, Successor next, Value[] after, TraceEvent e, TraceOrigin origin) {
        // Invariants are state predicates: a step that changes nothing cannot break one.
        boolean changed = !Arrays.equals(after, state);
        Divergence step = changed ? checkTransitions(state, after, e, origin) : null;
        System.arraycopy(after, 0, state, 0, state.length);
        network.stepped(next.label().message(), next.sent());
        List<RecordV> consumed = new ArrayList<>();
        if (next.label().message() != null) consumed.add(next.label().message());
        SetV received = next.label().received();
        for (int i = 0; received != null && i < received.size(); i++) consumed.add((RecordV) received.get(i));
        quorums.stepped(n.name, e.step(), consumed, next.sent(), after[model.networkSlot()]);
        n.log.lastStep = e.step();
        if (step != null) return step;
        return changed ? checkInvariants(e, origin) : null;
    }

    private Divergence checkSentIds(NodeInfo n, TraceEvent e, TraceOrigin origin) {
        for (TraceEvent.SentMessage m : e.sent()) {
            String id = m.id(); // the parser has checked the shape
            if (!MessageId.sentBy(id, n.name) || MessageId.counterOf(id) <= n.log.maxSent) {
                return diverge(Reason.BAD_MESSAGE_ID, origin, e, "message id " + m.id() + " sent by " + n.name
                        + " must be \"" + n.name + "#k\" with k above the last counter " + n.log.maxSent + " it used",
                        List.of(), null);
            }
            n.log.maxSent = MessageId.counterOf(id);
        }
        return null;
    }

    /** Decodes the parameters into {@code params}, each checked against its domain (which may read earlier ones). */
    private Divergence bindParams(NodeInfo n, ActionFormat format, TraceEvent e, List<Value> params,
                                  TraceOrigin origin) {
        CheckedSpec.Action action = format.action();
        if (!e.params().keySet().equals(format.paramNames())) {
            return diverge(Reason.BAD_PARAMS, origin, e, action.qualifiedName() + " has parameters "
                    + action.params().stream().map(p -> p.local().name()).toList() + ", but the event gives "
                    + e.params().keySet(), List.of(), action.span());
        }
        Env env = new Env(state, action.frameSize()).atNode(n.base, n.value);
        for (int i = 0; i < action.params().size(); i++) {
            CheckedSpec.Param p = action.params().get(i);
            String name = p.local().name();
            Value v = format.param(i, e.params().get(name));
            SetV domain = (SetV) evaluator.eval(p.domain(), env);
            if (!domain.contains(v)) {
                return diverge(Reason.BAD_PARAMS, origin, e, "parameter " + name + " = " + v.show() + " of "
                        + action.qualifiedName() + " is outside its domain " + domain.show(), List.of(),
                        p.domain().span());
            }
            env.frame[p.local().slot()] = v;
            params.add(v);
        }
        return null;
    }

    private Divergence checkConsumed(NodeInfo n, CheckedSpec.Action action, TraceEvent e, TraceOrigin origin) {
        if (action.message() == null) {
            return diverge(Reason.NOT_DELIVERABLE, origin, e, action.qualifiedName() + " receives no message, but "
                    + "the event consumed " + e.consumed().id(), List.of(), action.span());
        }
        if (e.consumed() == null) {
            return diverge(Reason.NOT_DELIVERABLE, origin, e, action.qualifiedName() + " is an on-receive action, "
                    + "but the event consumed no message", List.of(), action.span());
        }
        String id = e.consumed().id();
        MessageId consumed = MessageId.parse(id); // the parser has checked the shape
        NodeInfo sender = nodes.get(consumed.sender());
        if (sender == null || consumed.counter() > sender.log.maxSent) {
            return diverge(Reason.NEVER_SENT, origin, e, n.name + " receives message " + id + ", which "
                    + consumed.sender() + " has not sent before this event", List.of(), null);
        }
        String wanted = ((CheckedSpec.Trigger.OnReceive) action.trigger()).messageType();
        Object type = ((Map<?, ?>) e.consumed().msg()).get("type");
        if (!wanted.equals(type)) {
            return diverge(Reason.NOT_DELIVERABLE, origin, e, action.qualifiedName() + " receives " + wanted
                    + " messages, but the event consumed a " + type + " message", List.of(), action.span());
        }
        return null;
    }

    /** The message must be deliverable to the node, after any environment steps the network could have taken. */
    private Divergence checkDeliverable(NodeInfo n, CheckedSpec.Action action, RecordV m, TraceEvent e,
                                        TraceOrigin origin) {
        if (!n.value.equals(m.dst())) {
            return diverge(Reason.NOT_DELIVERABLE, origin, e, "message " + e.consumed().id() + " (" + Show.message(m)
                    + ") is addressed to " + m.dst().show() + ", but " + n.name + " consumed it", List.of(),
                    action.span());
        }
        Value net = state[model.networkSlot()];
        Value delivering = network.deliver(net, m);
        if (delivering != null) {
            state[model.networkSlot()] = delivering;
            return null;
        }
        NetworkKind kind = spec.network().kind();
        return diverge(Reason.NOT_DELIVERABLE, origin, e, "message " + e.consumed().id() + " (" + Show.message(m)
                + ") is not deliverable in the spec's " + kind.name().toLowerCase(java.util.Locale.ROOT)
                + " network" + (kind == NetworkKind.FIFO ? " (it is not the head of its channel)" : ""),
                List.of(new Difference("deliverable to " + n.name, Show.messages(network.deliverableTo(net, n.value)),
                        Show.message(m), null, spec.network().span())), action.span());
    }

    /** The logged sends must be the spec's, as multisets, and in the same order per channel on a fifo network. */
    private Divergence compareSends(CheckedSpec.Action action, Successor next, TraceEvent e, TraceOrigin origin) {
        List<RecordV> expected = next.sent();
        List<Span> expectedAt = next.sentAt();
        List<RecordV> logged = new ArrayList<>(e.sent().size());
        for (int i = 0; i < e.sent().size(); i++) {
            logged.add(decoding.message(e.sent().get(i).msg(), "sent[" + i + "].msg"));
        }
        List<RecordV> missing = new ArrayList<>(expected);
        List<RecordV> extra = new ArrayList<>();
        for (RecordV m : logged) if (!missing.remove(m)) extra.add(m);
        if (missing.isEmpty() && extra.isEmpty()) {
            if (spec.network().kind() == NetworkKind.FIFO && !sameOrderPerChannel(expected, logged)) {
                return diverge(Reason.WRONG_SENDS, origin, e, action.name() + " sends its messages in another order "
                        + "than the spec on a fifo channel", List.of(new Difference("sent", Show.messages(expected),
                        Show.messages(logged), null, action.span())), action.span());
            }
            return null;
        }
        Span at = action.span();
        List<String> notes = new ArrayList<>();
        if (!missing.isEmpty()) notes.add("missing " + Show.messages(missing));
        if (!extra.isEmpty()) notes.add("extra " + Show.messages(extra));
        if (!missing.isEmpty()) {
            at = expectedAt.get(expected.indexOf(missing.get(0)));
        } else {
            String type = ((dev.lockstep.lang.value.StrV) extra.get(0).messageType()).value();
            Span send = sendOf(action, type);
            if (send != null) {
                at = send;
            } else {
                // The action never sends this type: say which actions of the role do (the message's real cause).
                List<String> senders = spec.role(action.role()).orElseThrow().actions().stream()
                        .filter(a -> sendOf(a, type) != null).map(CheckedSpec.Action::qualifiedName).toList();
                notes.add(action.name() + " sends no " + type + (senders.isEmpty() ? ""
                        : "; in the spec only " + String.join(", ", senders) + " does"));
            }
        }
        return diverge(Reason.WRONG_SENDS, origin, e, "the messages " + action.name() + " sent differ from the spec's",
                List.of(new Difference("sent", Show.messages(expected), Show.messages(logged),
                        String.join("; ", notes), at)), at);
    }

    private static Span sendOf(CheckedSpec.Action action, String type) {
        for (Stmt s : action.effects()) {
            if (s instanceof Stmt.Send send && send.messageType().equals(type)) return send.span();
        }
        return null;
    }

    private static boolean sameOrderPerChannel(List<RecordV> expected, List<RecordV> logged) {
        for (RecordV m : expected) {
            List<RecordV> a = expected.stream().filter(x -> sameChannel(x, m)).toList();
            List<RecordV> b = logged.stream().filter(x -> sameChannel(x, m)).toList();
            if (!a.equals(b)) return false;
        }
        return true;
    }

    private static boolean sameChannel(RecordV a, RecordV b) {
        return a.src().equals(b.src()) && a.dst().equals(b.dst());
    }

    /**
     * The spec's init predicates, over every node's initial state, once the last node's is known (nodes start
     * at different times, so this is the initial global state, not the current one).
     */
    private Divergence checkInits(TraceEvent e, TraceOrigin origin) {
        if (unknownNodes > 0 || initsChecked) return null;
        initsChecked = true;
        for (CheckedSpec.Invariant p : spec.inits()) {
            if (!evaluator.test(p.body(), Env.global(initialState, p.frameSize()))) {
                return diverge(Reason.BAD_INIT, origin, e, "init predicate " + p.name() + " is false on the nodes'"
                        + " initial states", List.of(), p.span());
            }
        }
        return null;
    }

    /** The model's transition properties on the step from {@code before} to {@code after}, once every node is known. */
    private Divergence checkTransitions(Value[] before, Value[] after, TraceEvent e, TraceOrigin origin) {
        if (unknownNodes > 0) return null;
        for (CheckedSpec.Property p : transitionProperties) {
            Env env = Env.global(before, p.frameSize());
            env.next = after;
            if (!evaluator.test(p.transition(), env)) {
                return diverge(Reason.PROPERTY_VIOLATED, origin, e, "transition property " + p.name()
                        + " is false on the step of this event", List.of(), p.span());
            }
        }
        return null;
    }

    private Divergence checkInvariants(TraceEvent e, TraceOrigin origin) {
        if (unknownNodes > 0) return null;
        for (CheckedSpec.Invariant inv : invariants) {
            if (!evaluator.test(inv.body(), Env.global(state, inv.frameSize()))) {
                return diverge(Reason.INVARIANT_VIOLATED, origin, e, "invariant " + inv.name()
                        + " is false on the global state after this event", List.of(), inv.span());
            }
        }
        return null;
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private String localState(NodeInfo n) {
        List<CheckedSpec.Var> vars = n.role.role().vars();
        List<String> parts = new ArrayList<>();
        for (int v = 0; v < vars.size(); v++) parts.add(vars.get(v).name() + " = " + state[n.base + v].show());
        return String.join(", ", parts);
    }

    /** The variables in which {@code logged} differs from {@code a}; a ghost variable (null: not logged) never does. */
    private static int differing(Value[] a, Value[] logged) {
        int d = 0;
        for (int i = 0; i < a.length; i++) if (logged[i] != null && !a[i].equals(logged[i])) d++;
        return d;
    }

    private static Divergence diverge(Reason reason, TraceOrigin origin, TraceEvent e, String message,
                                      List<Difference> diffs, Span span) {
        return new Divergence(reason, origin, e.node(), e.step(), message, diffs, span);
    }
}
