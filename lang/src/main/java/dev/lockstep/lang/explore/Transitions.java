package dev.lockstep.lang.explore;

import dev.lockstep.lang.eval.Env;
import dev.lockstep.lang.eval.Evaluator;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.eval.Network;
import dev.lockstep.lang.ir.BinaryOp;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.CheckedSpec.NetworkKind;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.ir.Stmt;
import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.value.NodeV;
import dev.lockstep.lang.value.RecordV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.StrV;
import dev.lockstep.lang.value.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The spec's transition relation for one model: initial states, and the successors of a state with the label of
 * each step. Every action of every node, for every parameter binding and deliverable message, plus the network's
 * environment steps when the network is lossy or duplicating. This is the meaning every backend must match.
 *
 * <p>Every step, enumerated here or replayed from elsewhere (a trace event, a TLC or Z3 counterexample), goes
 * through one successor function, {@link #apply}: enumeration only chooses the labels.
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
    /** Receive actions by message type tag, in spec order. */
    private final Map<Value, List<Handler>> receivers = new HashMap<>();

    /** Role index by role name, to bind a label's node. */
    private final Map<String, Integer> roleIndex = new HashMap<>();

    /** The names of the network's environment steps in labels. */
    public static final String DROP = "Drop";
    public static final String DUPLICATE = "Duplicate";

    private record Handler(CheckedSpec.Action action, int role) {}

    public Transitions(ModelInstance model) {
        this.model = model;
        this.spec = model.spec();
        this.evaluator = new Evaluator(model);
        this.kind = spec.network().kind();
        this.messages = new MessageBuilder(spec);
        for (CheckedSpec.Role role : spec.roles()) {
            roleIndex.put(role.name(), role.index());
            for (CheckedSpec.Action action : role.actions()) {
                if (action.trigger() instanceof CheckedSpec.Trigger.OnReceive rcv) {
                    receivers.computeIfAbsent(new StrV(rcv.messageType()), k -> new ArrayList<>())
                            .add(new Handler(action, role.index()));
                }
            }
        }
    }

    public ModelInstance model() { return model; }

    public Evaluator evaluator() { return evaluator; }

    // ---- initial states -------------------------------------------------------------------------

    public List<State> initialStates() {
        List<State> out = new ArrayList<>();
        Value[] slots = new Value[model.slotCount()];
        slots[model.networkSlot()] = Network.empty(kind);
        initVars(slots, 0, 0, 0, out);
        return out;
    }

    /** Fills variable by variable, node by node, role by role; {@code \in} initializers branch. */
    private void initVars(Value[] slots, int role, int node, int var, List<State> out) {
        if (role == spec.roles().size()) {
            out.add(new State(slots.clone()));
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

    /** Every step of the spec from {@code state}, in a fixed order (the explorer's, and every replay's). */
    public void successors(State state, Sink sink) {
        forEachStep(state, s -> sink.accept(s.label(), s.next()));
    }

    /**
     * The steps of the spec from {@code from} to {@code to}, in successor order; empty when no step leads there.
     * Backends use it to read a counterexample found elsewhere (TLC, Z3) back in spec terms: each step is the
     * successor function's ({@link #apply}), so a translation bug shows as a step that does not replay.
     */
    public List<Successor> stepsBetween(State from, State to) {
        List<Successor> out = new ArrayList<>(1);
        forEachStep(from, s -> {
            if (s.next().equals(to)) out.add(s);
        });
        return out;
    }

    /** Enumeration: chooses every enabled label and hands on its successor, computed by the one function. */
    private void forEachStep(State state, Consumer<Successor> sink) {
        Value[] slots = state.slots();
        for (CheckedSpec.Role role : spec.roles()) {
            NodeV[] nodes = model.nodes(role.index());
            for (int n = 0; n < nodes.length; n++) {
                int base = model.nodeBase(role.index(), n);
                for (CheckedSpec.Action action : role.actions()) {
                    if (action.message() != null) continue;
                    bindParams(state, action, new Env(slots, action.frameSize()).atNode(base, nodes[n]), 0, null, sink);
                }
            }
        }
        // Receive actions: one pass over the deliverable messages, each routed to the handlers of its type at
        // its destination, instead of a scan of the network per node and handler.
        Network.forEachDeliverable(kind, slots[model.networkSlot()], m -> {
            List<Handler> handlers = receivers.get(m.get("type"));
            if (handlers == null) return;
            Value dst = m.get("dst");
            for (Handler handler : handlers) {
                CheckedSpec.Action action = handler.action();
                int role = handler.role();
                int n = model.nodeIndex(role, dst);
                if (n < 0) continue;
                Env env = new Env(slots, action.frameSize()).atNode(model.nodeBase(role, n), model.nodes(role)[n]);
                env.frame[action.message().slot()] = m;
                bindParams(state, action, env, 0, m, sink);
            }
        });
        environmentSteps(state, sink);
    }

    private void bindParams(State state, CheckedSpec.Action action, Env env, int i, RecordV msg,
                            Consumer<Successor> sink) {
        if (i == action.params().size()) {
            Successor s = step(state, action, env, msg, null);
            if (s.enabled()) sink.accept(s);
            return;
        }
        CheckedSpec.Param p = action.params().get(i);
        SetV domain = (SetV) evaluator.eval(p.domain(), env);
        for (int k = 0; k < domain.size(); k++) {
            env.frame[p.local().slot()] = domain.get(k);
            bindParams(state, action, env, i + 1, msg, sink);
        }
    }

    private void environmentSteps(State state, Consumer<Successor> sink) {
        CheckedSpec.Network network = spec.network();
        if (!network.lossy() && !(network.duplicating() && kind != NetworkKind.SET)) return;
        Value net = state.slot(model.networkSlot());
        Network.forEachDeliverable(kind, net, m -> {
            if (network.lossy()) sink.accept(apply(state, Label.environment(DROP, m)));
            if (network.duplicating() && kind != NetworkKind.SET) {
                sink.accept(apply(state, Label.environment(DUPLICATE, m)));
            }
        });
    }

    // ---- the successor function -----------------------------------------------------------------

    /**
     * The one successor function: applies the labelled step {@code step} (an action of a node with its parameters
     * and consumed message, or a network Drop/Duplicate) to {@code state}. The guard is evaluated on
     * {@code state}; when it holds, the successor consumes the message, evaluates every effect over the old state
     * (assignments are simultaneous) and adds the sent messages to the network.
     *
     * <p>The caller vouches for what enumeration guarantees: the parameters lie in their domains, and the message
     * is deliverable to the node (the conformance monitor checks both first, to report them in trace terms). A
     * label that names no node of the model, or a message the action cannot receive, is a caller's bug.
     */
    public Successor apply(State state, Label step) {
        if (step.isEnvironment()) return environmentStep(state, step);
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
        return step(state, action, env, step.message(), step);
    }

    /**
     * The successor of {@code action} in the bound {@code env} (node, parameters and message already in place). The
     * explorer's hot path passes no label: it gets one built only for enabled steps, and for a disabled binding a
     * shared verdict without the conjunct (so the many bindings it drops allocate nothing).
     */
    private Successor step(State state, CheckedSpec.Action action, Env env, RecordV msg, Label label) {
        Expr falseConjunct = falseConjunct(action.guard(), env);
        if (falseConjunct != null) {
            // Enumeration drops a disabled binding at once: it gets the shared verdict rather than a new object.
            return label == null ? Successor.UNLABELLED_DISABLED : Successor.disabled(label, falseConjunct);
        }
        Value[] next = state.slots().clone();
        Value net = next[model.networkSlot()];
        if (msg != null) net = Network.consume(kind, net, msg);
        List<RecordV> sent = List.of();
        List<Span> sentAt = List.of();
        // Effects read the old state (env.state), so assignments are simultaneous.
        for (Stmt s : action.effects()) {
            switch (s) {
                case Stmt.Assign a -> next[env.nodeBase + a.varIndex()] = evaluator.eval(a.value(), env);
                case Stmt.Send send -> {
                    List<RecordV> built = messages.build(send, evaluator, env);
                    for (RecordV m : built) net = Network.add(kind, net, m);
                    if (sent.isEmpty()) {
                        sent = built;
                        sentAt = Collections.nCopies(built.size(), send.span());
                    } else {
                        sent = concat(sent, built);
                        sentAt = concat(sentAt, Collections.nCopies(built.size(), send.span()));
                    }
                }
            }
        }
        next[model.networkSlot()] = net;
        if (label == null) {
            List<Value> params = new ArrayList<>(action.params().size());
            for (CheckedSpec.Param p : action.params()) params.add(env.frame[p.local().slot()]);
            label = new Label(action, action.name(), env.self, params, msg);
        }
        return new Successor(label, Successor.Guard.HOLDS, new State(next), sent, sentAt);
    }

    /** The first conjunct of {@code guard} that is false, left to right (null when the guard holds). */
    private Expr falseConjunct(Expr guard, Env env) {
        if (guard instanceof Expr.Binary b && b.op() == BinaryOp.AND) {
            Expr left = falseConjunct(b.left(), env);
            return left != null ? left : falseConjunct(b.right(), env);
        }
        return evaluator.test(guard, env) ? null : guard;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a.size() + b.size());
        out.addAll(a);
        out.addAll(b);
        return out;
    }

    /** A network step; the network must admit it (lossy for Drop, duplicating for Duplicate). */
    private Successor environmentStep(State state, Label step) {
        CheckedSpec.Network network = spec.network();
        Value net = state.slot(model.networkSlot());
        Value after = switch (step.name()) {
            case DROP -> network.lossy() ? Network.drop(kind, net, step.message()) : null;
            case DUPLICATE -> network.duplicating() ? Network.duplicate(kind, net, step.message()) : null;
            default -> null;
        };
        if (after == null) throw new IllegalArgumentException(step.show() + ": not a step of this network");
        Value[] next = Arrays.copyOf(state.slots(), state.slots().length);
        next[model.networkSlot()] = after;
        return new Successor(step, Successor.Guard.HOLDS, new State(next), List.of(), List.of());
    }

    // ---- state predicates ---------------------------------------------------------------------

    public boolean satisfies(State state, Expr predicate, int frameSize) {
        return evaluator.test(predicate, Env.global(state.slots(), frameSize));
    }
}
