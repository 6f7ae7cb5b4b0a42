package dev.lockstep.lang.explore;

import dev.lockstep.lang.eval.Compiled;
import dev.lockstep.lang.eval.Env;
import dev.lockstep.lang.eval.Evaluator;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.eval.Network;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.CheckedSpec.NetworkKind;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.ir.Stmt;
import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.value.IntV;
import dev.lockstep.lang.value.NodeV;
import dev.lockstep.lang.value.RecordV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.StrV;
import dev.lockstep.lang.value.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The spec's transition relation for one model: initial states, and the successors of a state with the label of
 * each step. Every action of every node, for every parameter binding and deliverable message, plus the network's
 * environment steps when the network is lossy or duplicating, plus a crash step per node of a crashing role. This is the meaning every backend must match.
 *
 * <p>Every step, enumerated here or replayed from elsewhere (a trace event, a TLC or Z3 counterexample), is
 * defined by one successor function, {@link #apply}: enumeration only chooses the labels, and runs apply's guard
 * and effects for each.
 */
public final class Transitions {
    /** Receives each successor; {@code next} is fresh, the label describes the step. */
    public interface Sink {
        void accept(Label label, State next);
    }

    private final ModelInstance model;
    private final CheckedSpec spec;
    private final Evaluator evaluator;
    private final NetworkKind kind;
    private final MessageBuilder messages;
    private final QuorumReceive quorums;
    /** The invariants the model checks, in declaration order. */
    private final List<CheckedSpec.Invariant> checkedInvariants;
    /** The transition properties the model checks, on every step of the search. */
    private final List<CheckedSpec.Property> checkedTransitions;
    private final Crashes crashes;
    /** Receive actions by message type tag, in spec order. */
    private final Map<Value, List<Handler>> receivers = new HashMap<>();

    /** Role index by role name, to bind a label's node. */
    private final Map<String, Integer> roleIndex = new HashMap<>();

    /** The names of the network's environment steps in labels. */
    public static final String DROP = "Drop";
    public static final String DUPLICATE = "Duplicate";
    /** The name of a node's crash step in labels. */
    public static final String CRASH = "Crash";

    private record Handler(ActionCode code, int role) {}

    /** Each role's actions compiled, in spec order; and by action, for {@link #apply}. */
    private final ActionCode[][] code;
    private final Map<CheckedSpec.Action, ActionCode> codeOf = new IdentityHashMap<>();

    /**
     * Compiles every action of the model (a few milliseconds). A Transitions is for one thread at a time: its
     * evaluator caches compiled expressions; a parallel search makes one per worker.
     */
    public Transitions(ModelInstance model) {
        this(model, new Evaluator(model));
    }

    /** The transition relation evaluated by {@code evaluator}, an evaluator of {@code model}. */
    public Transitions(ModelInstance model, Evaluator evaluator) {
        this.model = model;
        this.spec = model.spec();
        this.evaluator = evaluator;
        this.kind = spec.network().kind();
        this.messages = new MessageBuilder(spec);
        this.quorums = new QuorumReceive(evaluator, kind);
        this.crashes = new Crashes(model, evaluator);
        this.checkedInvariants = spec.invariants().stream()
                .filter(inv -> model.model().invariants().contains(inv.name())).toList();
        // The state predicates a search asks of every state, compiled now, so that searching compiles nothing.
        if (model.model().constraint() != null) evaluator.compile(model.model().constraint());
        for (CheckedSpec.Invariant inv : checkedInvariants) evaluator.compile(inv.body());
        this.checkedTransitions = spec.transitionProperties().stream()
                .filter(p -> model.model().properties().contains(p.name())).toList();
        for (CheckedSpec.Property p : checkedTransitions) evaluator.compile(p.transition());
        this.code = new ActionCode[spec.roles().size()][];
        for (CheckedSpec.Role role : spec.roles()) {
            roleIndex.put(role.name(), role.index());
            code[role.index()] = new ActionCode[role.actions().size()];
            for (int i = 0; i < role.actions().size(); i++) {
                CheckedSpec.Action action = role.actions().get(i);
                ActionCode compiled = new ActionCode(action, evaluator, this::effect);
                code[role.index()][i] = compiled;
                codeOf.put(action, compiled);
                if (action.trigger() instanceof CheckedSpec.Trigger.OnReceive rcv) {
                    receivers.computeIfAbsent(new StrV(rcv.messageType()), k -> new ArrayList<>())
                            .add(new Handler(compiled, role.index()));
                }
            }
        }
    }

    public ModelInstance model() { return model; }

    public Evaluator evaluator() { return evaluator; }

    // ---- initial states -------------------------------------------------------------------------

    public List<State> initialStates() {
        List<State> out = new ArrayList<>();
        initVars(emptySlots(), 0, 0, 0, out);
        return out;
    }

    /** The slots of an initial state before any variable is set: the empty network, no crash yet. */
    public Value[] emptySlots() {
        Value[] slots = new Value[model.slotCount()];
        slots[model.networkSlot()] = Network.empty(kind);
        crashes.init(slots);
        return slots;
    }

    /** Fills variable by variable, node by node, role by role; {@code \in} initializers branch. */
    private void initVars(Value[] slots, int role, int node, int var, List<State> out) {
        if (role == spec.roles().size()) {
            State initial = new State(slots.clone());
            // The spec's init predicates keep the combinations of initial values they allow (TLA+: Init /\ P).
            for (CheckedSpec.Invariant p : spec.inits()) if (!satisfies(initial, p.body(), p.frameSize())) return;
            out.add(initial);
            return;
        }
        CheckedSpec.Role r = spec.roles().get(role);
        if (node == model.nodes(role).length) {
            initVars(slots, role + 1, 0, 0, out);
            return;
        }
        if (var == r.vars().size()) {
            initVars(slots, role, node + 1, 0, out);
            return;
        }
        CheckedSpec.Var v = r.vars().get(var);
        int base = model.nodeBase(role, node);
        Env env = new Env(slots, v.frameSize()).atNode(base, model.nodes(role)[node]);
        Value init = evaluator.eval(v.init(), env);
        if (v.initFromSet()) {
            SetV choices = (SetV) init;
            for (int i = 0; i < choices.size(); i++) {
                slots[base + var] = choices.get(i);
                initVars(slots, role, node, var + 1, out);
            }
        } else {
            slots[base + var] = init;
            initVars(slots, role, node, var + 1, out);
        }
    }

    // ---- successors ---------------------------------------------------------------------------

    /**
     * Every step of the spec from {@code state}, in a fixed order (the explorer's, and every replay's). Each
     * successor is what {@link #apply} computes for its label; the enumeration runs apply's two halves, the guard
     * ({@link ActionCode#falseConjunct}) and the effects ({@link #effects}), directly, so that the explorer's hot loop
     * allocates no {@link Successor} per binding.
     */
    public void successors(State state, Sink sink) {
        Value[] slots = state.slots();
        for (CheckedSpec.Role role : spec.roles()) {
            NodeV[] nodes = model.nodes(role.index());
            for (int n = 0; n < nodes.length; n++) {
                int base = model.nodeBase(role.index(), n);
                for (ActionCode action : code[role.index()]) {
                    if (action.action.message() != null) continue;
                    Env env = new Env(slots, action.action.frameSize()).atNode(base, nodes[n]);
                    bindParams(state, action, env, 0, null, sink);
                }
            }
        }
        // Receive actions: one pass over the deliverable messages, each routed to the handlers of its type at
        // its destination, instead of a scan of the network per node and handler.
        Network.forEachDeliverable(kind, slots[model.networkSlot()], m -> {
            List<Handler> handlers = receivers.get(m.messageType());
            if (handlers == null) return;
            Value dst = m.dst();
            for (Handler handler : handlers) {
                CheckedSpec.Action action = handler.code().action;
                int role = handler.role();
                int n = model.nodeIndex(role, dst);
                if (n < 0) continue;
                Env env = new Env(slots, action.frameSize()).atNode(model.nodeBase(role, n), model.nodes(role)[n]);
                env.frame[action.message().slot()] = m;
                bindParams(state, handler.code(), env, 0, m, sink);
            }
        });
        environmentSteps(state, sink);
        for (NodeV node : crashes.crashable(state)) {
            Label crash = Label.crash(node);
            sink.accept(crash, crash(state, crash, null, null));
        }
    }

    /**
     * The state after the Crash step {@code step}: the node's volatile variables reset, then the effects of its
     * {@code on restart} actions evaluated over the reset state (simultaneous, as in any action). The messages they
     * send go to {@code sent} and {@code sentAt} unless these are null.
     */
    private State crash(State state, Label step, List<RecordV> sent, List<Span> sentAt) {
        State reset = crashes.crash(state, step.node());
        State next = reset;
        for (Crashes.Restart r : crashes.restarts(step.node())) {
            ActionCode compiled = codeOf.computeIfAbsent(r.action(), a -> new ActionCode(a, evaluator, this::effect));
            Env env = new Env(reset.slots(), r.action().frameSize()).atNode(r.base(), r.node());
            next = effects(next, compiled, env, null, null, sent, sentAt);
        }
        return next;
    }

    /**
     * The steps of the spec from {@code from} to {@code to}, in successor order; empty when no step leads there.
     * Backends use it to read a counterexample found elsewhere (TLC, Z3) back in spec terms: each step found is
     * replayed through the successor function ({@link #apply}), so a translation bug shows as a step that does
     * not replay.
     */
    public List<Successor> stepsBetween(State from, State to) {
        List<Label> labels = new ArrayList<>(1);
        successors(from, (label, next) -> {
            if (next.equals(to)) labels.add(label);
        });
        List<Successor> out = new ArrayList<>(labels.size());
        for (Label label : labels) out.add(apply(from, label));
        return out;
    }

    private void bindParams(State state, ActionCode action, Env env, int i, RecordV msg, Sink sink) {
        if (i == action.domains.length) {
            SetV received = null;
            if (action.action.trigger() instanceof CheckedSpec.Trigger.OnReceiveAll all) {
                received = quorums.receive(all, env, state.slot(model.networkSlot()));
                if (received == null) return;
                env.frame[all.received().slot()] = received;
            }
            if (action.falseConjunct(env) == null) {
                sink.accept(label(action.action, env, msg, received),
                        effects(state, action, env, msg, received, null, null));
            }
            return;
        }
        int slot = action.action.params().get(i).local().slot();
        SetV domain = (SetV) action.domains[i].eval(env);
        for (int k = 0; k < domain.size(); k++) {
            env.frame[slot] = domain.get(k);
            bindParams(state, action, env, i + 1, msg, sink);
        }
    }

    private static Label label(CheckedSpec.Action action, Env env, RecordV msg, SetV received) {
        List<Value> params = new ArrayList<>(action.params().size());
        for (CheckedSpec.Param p : action.params()) params.add(env.frame[p.local().slot()]);
        return new Label(action, action.name(), env.self, params, msg, received);
    }

    private void environmentSteps(State state, Sink sink) {
        CheckedSpec.Network network = spec.network();
        if (!network.lossy() && !(network.duplicating() && kind != NetworkKind.SET)) return;
        if (network.losesAny()) {
            Network.forEachQueued(state.slot(model.networkSlot()), (m, position) -> {
                Label drop = Label.dropAt(m, position);
                sink.accept(drop, networkStep(state, drop));
            });
        }
        Network.forEachDeliverable(kind, state.slot(model.networkSlot()), m -> {
            if (network.lossy() && !network.losesAny()) {
                sink.accept(Label.environment(DROP, m), networkStep(state, Label.environment(DROP, m)));
            }
            if (network.duplicating() && kind != NetworkKind.SET) {
                sink.accept(Label.environment(DUPLICATE, m), networkStep(state, Label.environment(DUPLICATE, m)));
            }
        });
    }

    // ---- the successor function -----------------------------------------------------------------

    /**
     * The one successor function: applies the labelled step {@code step} (an action of a node with its parameters
     * and consumed message, a network Drop/Duplicate, or a node's Crash) to {@code state}. The guard is evaluated on
     * {@code state}; when it holds, the successor consumes the message, evaluates every effect over the old state
     * (assignments are simultaneous) and adds the sent messages to the network.
     *
     * <p>The caller vouches for what enumeration guarantees: the parameters lie in their domains, and the message
     * is deliverable to the node (the conformance monitor checks both first, to report them in trace terms). A
     * label that names no node of the model, or a message the action cannot receive, is a caller's bug.
     */
    public Successor apply(State state, Label step) {
        if (step.isCrash()) {
            List<RecordV> sent = new ArrayList<>();
            List<Span> sentAt = new ArrayList<>();
            State next = crash(state, step, sent, sentAt);
            return new Successor(step, Successor.Guard.HOLDS, next, sent, sentAt);
        }
        if (step.isEnvironment()) {
            return new Successor(step, Successor.Guard.HOLDS, networkStep(state, step), List.of(), List.of());
        }
        CheckedSpec.Action action = step.action();
        Integer role = roleIndex.get(action.role());
        int n = role == null ? -1 : model.nodeIndex(role, step.node());
        if (n < 0) throw new IllegalArgumentException(step.show() + ": no such node of role " + action.role());
        if ((action.message() == null) != (step.message() == null)) {
            throw new IllegalArgumentException(step.show() + ": the consumed message does not fit the action");
        }
        Env env = new Env(state.slots(), action.frameSize()).atNode(model.nodeBase(role, n), model.nodes(role)[n]);
        for (int i = 0; i < action.params().size(); i++) {
            env.frame[action.params().get(i).local().slot()] = step.params().get(i);
        }
        if (action.message() != null) env.frame[action.message().slot()] = step.message();
        SetV received = null;
        if (action.trigger() instanceof CheckedSpec.Trigger.OnReceiveAll all) {
            // The received set is a function of the state, node and parameters; a label that records another
            // set (or none, when the caller leaves it to the spec) is checked against it.
            received = quorums.receive(all, env, state.slot(model.networkSlot()));
            if (received == null || (step.received() != null && !step.received().equals(received))) {
                return Successor.disabled(step, all.from());
            }
            env.frame[all.received().slot()] = received;
        }
        ActionCode compiled = codeOf.computeIfAbsent(action, a -> new ActionCode(a, evaluator, this::effect));
        Expr falseConjunct = compiled.falseConjunct(env);
        if (falseConjunct != null) return Successor.disabled(step, falseConjunct);
        List<RecordV> sent = new ArrayList<>();
        List<Span> sentAt = new ArrayList<>();
        State next = effects(state, compiled, env, step.message(), received, sent, sentAt);
        return new Successor(step, Successor.Guard.HOLDS, next, sent, sentAt);
    }

    /**
     * The state after {@code action} in the bound {@code env} (node, parameters and message in place, guard
     * true): the message consumed, every effect evaluated over the old state ({@code env.state}, so assignments
     * are simultaneous), the sent messages added. Each message sent also goes to {@code sent}, with its
     * {@code send}'s span to {@code sentAt}, unless they are null (enumeration does not keep them).
     */
    private State effects(State state, ActionCode action, Env env, RecordV msg, SetV received,
                          List<RecordV> sent, List<Span> sentAt) {
        Value[] next = state.slots().clone();
        Value net = next[model.networkSlot()];
        if (msg != null) net = Network.consume(kind, net, msg);
        if (received != null) net = quorums.consume(net, received);
        for (ActionCode.Effect effect : action.effects) net = effect.apply(env, next, net, sent, sentAt);
        next[model.networkSlot()] = net;
        return new State(next);
    }

    /** What a statement does, compiled once: {@link #effects} runs it for every step of its action. */
    private ActionCode.Effect effect(Stmt s) {
        return switch (s) {
            case Stmt.Assign a -> {
                int var = a.varIndex();
                Compiled value = evaluator.compile(a.value());
                yield (env, next, net, sent, sentAt) -> {
                    next[env.nodeBase + var] = value.eval(env);
                    return net;
                };
            }
            case Stmt.PeerAssign a -> {
                // The peer's variable, at the peer's place in the state (the view may name no node of the role).
                int var = a.varIndex();
                int role = a.roleIndex();
                int peer = a.peer().slot();
                Compiled value = evaluator.compile(a.value());
                yield (env, next, net, sent, sentAt) -> {
                    int n = model.nodeIndex(role, env.frame[peer]);
                    if (n < 0) {
                        throw new dev.lockstep.lang.eval.EvalException(dev.lockstep.lang.diag.Code.FUNCTION_OUTSIDE_DOMAIN,
                                a.span(), "the exchange's peer " + env.frame[peer].show()
                                + " is not a node of role " + spec.roles().get(role).name());
                    }
                    next[model.nodeBase(role, n) + var] = value.eval(env);
                    return net;
                };
            }
            case Stmt.Send send -> {
                MessageBuilder.Sender sender = messages.sender(send, evaluator);
                yield (env, next, net, sent, sentAt) -> {
                    for (RecordV m : sender.build(env)) {
                        net = Network.add(kind, net, m);
                        if (sent != null) {
                            sent.add(m);
                            sentAt.add(send.span());
                        }
                    }
                    return net;
                };
            }
            // Time is abstracted: a timer's state is not part of the model.
            case Stmt.TimerControl timer -> (env, next, net, sent, sentAt) -> net;
        };
    }

    /**
     * A network step; the network must admit it (lossy for Drop, duplicating for Duplicate; a {@code lossy any}
     * Drop names the position it loses, any other names none).
     */
    private State networkStep(State state, Label step) {
        CheckedSpec.Network network = spec.network();
        Value net = state.slot(model.networkSlot());
        String name = step.name();
        RecordV m = step.message();
        boolean positioned = !step.params().isEmpty();
        Value after = switch (name) {
            case DROP -> !network.lossy() || positioned != network.losesAny() ? null
                    : positioned ? Network.dropAt(net, m, (int) ((IntV) step.params().get(0)).value())
                    : Network.drop(kind, net, m);
            case DUPLICATE -> network.duplicating() ? Network.duplicate(kind, net, m) : null;
            default -> null;
        };
        if (after == null) {
            throw new IllegalArgumentException(name + " of " + m.show() + ": not a step of this network");
        }
        Value[] next = Arrays.copyOf(state.slots(), state.slots().length);
        next[model.networkSlot()] = after;
        return new State(next);
    }

    // ---- state predicates ---------------------------------------------------------------------

    public boolean satisfies(State state, Expr predicate, int frameSize) {
        return evaluator.test(predicate, Env.global(state.slots(), frameSize));
    }

    /** Whether {@code state} lies inside the model's constraint (every state does when it has none). */
    public boolean inConstraint(State state) {
        CheckedSpec.Model m = model.model();
        return m.constraint() == null || satisfies(state, m.constraint(), m.frameSize());
    }

    /**
     * The first of the model's checked transition properties, in declaration order, that the step from
     * {@code before} to {@code after} violates; or null. A step that changes nothing satisfies every one, as in
     * TLA+'s {@code [][P]_vars}.
     */
    public CheckedSpec.Property firstViolatedStep(State before, State after) {
        if (checkedTransitions.isEmpty() || Arrays.equals(before.slots(), after.slots())) return null;
        for (CheckedSpec.Property p : checkedTransitions) if (!holdsOnStep(before, after, p)) return p;
        return null;
    }

    /**
     * Whether the step from {@code before} to {@code after} satisfies transition property {@code p} (checked by
     * the model or not); a step that changes nothing satisfies it.
     */
    public boolean satisfiesStep(State before, State after, CheckedSpec.Property p) {
        return Arrays.equals(before.slots(), after.slots()) || holdsOnStep(before, after, p);
    }

    /** {@code p}'s {@code P} over a step that changes the state. */
    private boolean holdsOnStep(State before, State after, CheckedSpec.Property p) {
        Env env = Env.global(before.slots(), p.frameSize());
        env.next = after.slots();
        return evaluator.test(p.transition(), env);
    }

    /** Whether the model checks transition properties, which the search then asks of every step. */
    public boolean checksSteps() { return !checkedTransitions.isEmpty(); }

    /** The first of the model's checked invariants, in declaration order, that {@code state} violates; or null. */
    public CheckedSpec.Invariant firstViolated(State state) {
        for (CheckedSpec.Invariant inv : checkedInvariants) {
            if (!satisfies(state, inv.body(), inv.frameSize())) return inv;
        }
        return null;
    }
}
