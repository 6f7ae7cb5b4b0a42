package dev.lockstep.lang.explore;

import dev.lockstep.lang.eval.Env;
import dev.lockstep.lang.eval.Evaluator;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.eval.Network;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.CheckedSpec.NetworkKind;
import dev.lockstep.lang.ir.Stmt;
import dev.lockstep.lang.value.NodeV;
import dev.lockstep.lang.value.RecordV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.StrV;
import dev.lockstep.lang.value.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The spec's transition relation for one model: initial states, and the successors of a state with the label of
 * each step. Every action of every node, for every parameter binding and deliverable message, plus the network's
 * environment steps when the network is lossy or duplicating. This is the meaning every backend must match.
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

    private record Handler(CheckedSpec.Action action, int role) {}

    public Transitions(ModelInstance model) {
        this.model = model;
        this.spec = model.spec();
        this.evaluator = new Evaluator(model);
        this.kind = spec.network().kind();
        this.messages = new MessageBuilder(spec);
        for (CheckedSpec.Role role : spec.roles()) {
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

    public void successors(State state, Sink sink) {
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

    /**
     * The labels of every step of the spec from {@code from} to {@code to}, in successor order; empty when no step
     * leads there. Backends use it to read a counterexample found elsewhere (TLC, Z3) back in spec terms.
     */
    public List<Label> labelsBetween(State from, State to) {
        List<Label> out = new ArrayList<>(1);
        successors(from, (label, next) -> {
            if (next.equals(to)) out.add(label);
        });
        return out;
    }

    private void bindParams(State state, CheckedSpec.Action action, Env env, int i, RecordV msg, Sink sink) {
        if (i == action.params().size()) {
            if (evaluator.test(action.guard(), env)) fire(state, action, env, msg, sink);
            return;
        }
        CheckedSpec.Param p = action.params().get(i);
        SetV domain = (SetV) evaluator.eval(p.domain(), env);
        for (int k = 0; k < domain.size(); k++) {
            env.frame[p.local().slot()] = domain.get(k);
            bindParams(state, action, env, i + 1, msg, sink);
        }
    }

    private void fire(State state, CheckedSpec.Action action, Env env, RecordV msg, Sink sink) {
        Value[] next = state.slots().clone();
        Value net = next[model.networkSlot()];
        if (msg != null) net = Network.consume(kind, net, msg);
        // Effects read the old state (env.state), so assignments are simultaneous.
        for (Stmt s : action.effects()) {
            switch (s) {
                case Stmt.Assign a -> next[env.nodeBase + a.varIndex()] = evaluator.eval(a.value(), env);
                case Stmt.Send send -> {
                    for (RecordV m : messages.build(send, evaluator, env)) net = Network.add(kind, net, m);
                }
            }
        }
        next[model.networkSlot()] = net;
        List<Value> params = new ArrayList<>(action.params().size());
        for (CheckedSpec.Param p : action.params()) params.add(env.frame[p.local().slot()]);
        sink.accept(new Label(action, action.name(), env.self, params, msg), new State(next));
    }

    private void environmentSteps(State state, Sink sink) {
        CheckedSpec.Network network = spec.network();
        if (!network.lossy() && !(network.duplicating() && kind != NetworkKind.SET)) return;
        Value net = state.slot(model.networkSlot());
        Network.forEachDeliverable(kind, net, m -> {
            if (network.lossy()) emitNetwork(state, "Drop", m, Network.drop(kind, net, m), sink);
            if (network.duplicating() && kind != NetworkKind.SET) {
                emitNetwork(state, "Duplicate", m, Network.duplicate(kind, net, m), sink);
            }
        });
    }

    private void emitNetwork(State state, String name, RecordV m, Value net, Sink sink) {
        Value[] next = Arrays.copyOf(state.slots(), state.slots().length);
        next[model.networkSlot()] = net;
        sink.accept(Label.environment(name, m), new State(next));
    }

    // ---- state predicates ---------------------------------------------------------------------

    public boolean satisfies(State state, dev.lockstep.lang.ir.Expr predicate, int frameSize) {
        return evaluator.test(predicate, Env.global(state.slots(), frameSize));
    }
}
