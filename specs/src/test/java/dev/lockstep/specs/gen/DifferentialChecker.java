package dev.lockstep.specs.gen;

import dev.lockstep.lang.eval.Env;
import dev.lockstep.lang.eval.EvalException;
import dev.lockstep.lang.eval.Evaluator;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.eval.Network;
import dev.lockstep.lang.explore.Label;
import dev.lockstep.lang.explore.QuorumReceive;
import dev.lockstep.lang.explore.State;
import dev.lockstep.lang.explore.Transitions;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.ir.Stmt;
import dev.lockstep.lang.value.Itf;
import dev.lockstep.lang.value.NodeV;
import dev.lockstep.lang.value.RecordV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.StrV;
import dev.lockstep.lang.value.Value;
import dev.lockstep.lang.value.Values;
import dev.lockstep.runtime.api.ActionSpec;
import dev.lockstep.runtime.api.Command;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.Message;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.api.RoleMachine;
import dev.lockstep.runtime.api.Step;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares a spec's generated machines with the evaluator, state by state: for every node, every action, every
 * deliverable message and every parameter binding, the same parameter domains (in the same order), the same
 * enabledness, the same successor local state, the same messages sent (as a multiset) and the same timers armed.
 * Values are compared through ITF: the evaluator's values with {@code lang}'s encoder, the generated ones with their
 * {@code toItf()}; generated states and messages are built from the evaluator's ITF with their {@code fromItf}.
 * As a check on the checker itself, the enabled bindings it finds must be exactly the steps of the explorer's
 * transition relation ({@link Transitions}) from the same state.
 */
public final class DifferentialChecker {
    private final ModelInstance model;
    private final CheckedSpec spec;
    private final Transitions transitions;
    private final Evaluator evaluator;
    private final ProtocolDescriptor descriptor;
    /** [role][node] */
    private final List<List<RoleMachine<? extends ItfEncodable>>> machines = new ArrayList<>();
    private final List<Method> stateFromItf = new ArrayList<>();
    private long bindingsChecked;

    public DifferentialChecker(ModelInstance model, ProtocolDescriptor descriptor) {
        this.model = model;
        this.spec = model.spec();
        this.transitions = new Transitions(model);
        this.evaluator = transitions.evaluator();
        this.descriptor = descriptor;
        for (CheckedSpec.Role role : spec.roles()) {
            ProtocolDescriptor.RoleDescriptor rd = descriptor.roles().get(role.index());
            List<RoleMachine<? extends ItfEncodable>> ms = new ArrayList<>();
            for (NodeV n : model.nodes(role.index())) ms.add(rd.machine(new NodeId(n.name())));
            machines.add(ms);
            Method fromItf = null;
            if (!ms.isEmpty()) {
                try {
                    fromItf = ms.get(0).initialStates().get(0).getClass().getMethod("fromItf", Object.class);
                } catch (NoSuchMethodException e) {
                    throw new IllegalStateException("generated state of role " + role.name() + " has no fromItf", e);
                }
            }
            stateFromItf.add(fromItf);
        }
    }

    public long bindingsChecked() { return bindingsChecked; }

    /** Mismatches in the shape of the descriptor (roles, nodes, actions) and the initial states; empty when equal. */
    public List<String> checkStructure() {
        List<String> out = new ArrayList<>();
        if (!descriptor.protocol().equals(spec.name())) out.add("protocol " + descriptor.protocol() + " != " + spec.name());
        if (descriptor.roles().size() != spec.roles().size()) out.add("role count differs");
        for (CheckedSpec.Role role : spec.roles()) {
            ProtocolDescriptor.RoleDescriptor rd = descriptor.roles().get(role.index());
            List<String> nodes = new ArrayList<>();
            for (NodeV n : model.nodes(role.index())) nodes.add(n.name());
            if (!rd.name().equals(role.name())) out.add("role " + rd.name() + " != " + role.name());
            if (!rd.nodes().stream().map(NodeId::name).toList().equals(nodes)) {
                out.add("nodes of " + role.name() + ": " + rd.nodes() + " != " + nodes);
            }
            for (int n = 0; n < nodes.size(); n++) {
                RoleMachine<? extends ItfEncodable> m = machines.get(role.index()).get(n);
                List<String> names = m.actions().stream().map(ActionSpec::name).toList();
                List<String> specNames = role.actions().stream().map(CheckedSpec.Action::name).toList();
                if (!names.equals(specNames)) out.add("actions of " + role.name() + ": " + names + " != " + specNames);
                // Initial local states: the projections of the evaluator's initial global states.
                Set<Object> expected = new HashSet<>();
                for (State s : transitions.initialStates()) expected.add(localItf(role, s.slots(), n));
                Set<Object> actual = new HashSet<>();
                for (ItfEncodable s : m.initialStates()) actual.add(s.toItf());
                if (!expected.equals(actual)) out.add("initial states of " + role.name() + "[" + nodes.get(n) + "]: "
                        + actual + " != " + expected);
                // start(initial) arms the timers enabled in the initial state.
                for (State s : transitions.initialStates()) {
                    Set<String> specTimers = timersEnabled(role, s.slots(), model.nodeBase(role.index(), n),
                            model.nodes(role.index())[n]);
                    Set<String> genTimers = new TreeSet<>();
                    for (ItfEncodable init : m.initialStates()) {
                        if (!init.toItf().equals(localItf(role, s.slots(), n))) continue;
                        for (Command cmd : startCommands(m, init)) {
                            if (cmd instanceof Command.SetTimer t) genTimers.add(t.action());
                        }
                    }
                    if (!genTimers.equals(specTimers)) {
                        out.add("start timers of " + role.name() + "[" + nodes.get(n) + "]: " + genTimers + " != " + specTimers);
                    }
                }
            }
        }
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Command> startCommands(RoleMachine m, ItfEncodable init) {
        return m.start(init);
    }

    /** The machine's typed {@code enabledX} method, found by the generator's naming rule, or null. */
    private static Method typedEnabled(RoleMachine<?> machine, String action) {
        String name = "enabled" + Character.toUpperCase(action.charAt(0)) + action.substring(1);
        for (Method m : machine.getClass().getMethods()) if (m.getName().equals(name)) return m;
        return null;
    }

    /** Every mismatch at {@code state}, each described with the node, action, binding and both sides. */
    public List<String> check(State state) {
        List<String> out = new ArrayList<>();
        Set<String> enabled = new TreeSet<>();
        for (CheckedSpec.Role role : spec.roles()) {
            NodeV[] nodes = model.nodes(role.index());
            for (int n = 0; n < nodes.length; n++) checkNode(state, role, n, enabled, out);
        }
        Set<String> explorer = new TreeSet<>();
        transitions.successors(state, (label, next) -> {
            if (!label.isEnvironment()) explorer.add(key(label));
        });
        if (!explorer.equals(enabled)) out.add("checker bug: enabled steps " + enabled + " != explorer's " + explorer);
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void checkNode(State state, CheckedSpec.Role role, int n, Set<String> enabled, List<String> out) {
        NodeV node = model.nodes(role.index())[n];
        RoleMachine machine = machines.get(role.index()).get(n);
        Object localItf = localItf(role, state.slots(), n);
        ItfEncodable local;
        try {
            local = (ItfEncodable) stateFromItf.get(role.index()).invoke(null, localItf);
        } catch (IllegalAccessException | InvocationTargetException e) {
            out.add(role.name() + "[" + node + "]: fromItf failed on " + localItf + ": " + e.getCause());
            return;
        }
        if (!local.toItf().equals(localItf)) out.add(role.name() + "[" + node + "]: state round trip " + local.toItf());
        int base = model.nodeBase(role.index(), n);
        for (int k = 0; k < role.actions().size(); k++) {
            CheckedSpec.Action action = role.actions().get(k);
            ActionSpec<ItfEncodable> as = (ActionSpec<ItfEncodable>) machine.actions().get(k);
            if (action.message() == null) {
                Env env = new Env(state.slots(), action.frameSize()).atNode(base, node);
                bindings(new Ctx(state, role, n, node, action, as, local, env, null, null), 0, new ArrayList<>(),
                        new ArrayList<>(), enabled, out);
                continue;
            }
            String type = ((CheckedSpec.Trigger.OnReceive) action.trigger()).messageType();
            List<RecordV> deliverable = new ArrayList<>();
            Network.forEachDeliverable(spec.network().kind(), state.slot(model.networkSlot()), m -> {
                if (m.get("type").equals(new StrV(type)) && m.get("dst").equals(node)) deliverable.add(m);
            });
            for (RecordV m : deliverable) {
                Message msg;
                try {
                    msg = descriptor.messageFromItf(Itf.encode(m));
                } catch (RuntimeException e) {
                    out.add("messageFromItf failed on " + m.show() + ": " + e);
                    continue;
                }
                if (!msg.toItf().equals(Itf.encode(m))) out.add("message round trip: " + msg.toItf() + " != " + Itf.encode(m));
                Env env = new Env(state.slots(), action.frameSize()).atNode(base, node);
                env.frame[action.message().slot()] = m;
                bindings(new Ctx(state, role, n, node, action, as, local, env, m, msg), 0, new ArrayList<>(),
                        new ArrayList<>(), enabled, out);
            }
        }
    }

    /** Everything about one (node, action, message) being checked. */
    private record Ctx(State state, CheckedSpec.Role role, int n, NodeV node, CheckedSpec.Action action,
                       ActionSpec<ItfEncodable> as, ItfEncodable local, Env env, RecordV msg, Message genMsg) {
        String where(List<Value> params) {
            return role.name() + "[" + node + "]." + action.name() + params + (msg == null ? "" : " receiving " + msg.show());
        }
    }

    private void bindings(Ctx c, int k, List<Value> params, List<Object> genParams, Set<String> enabled, List<String> out) {
        CheckedSpec.Action action = c.action();
        if (k == action.params().size()) {
            fire(c, params, genParams, enabled, out);
            return;
        }
        CheckedSpec.Param p = action.params().get(k);
        SetV domain = null;
        List<?> genDomain = null;
        String specFault = null;
        String genFault = null;
        try {
            domain = (SetV) evaluator.eval(p.domain(), c.env());
        } catch (EvalException e) {
            specFault = e.getMessage();
        }
        try {
            genDomain = c.as().params().get(k).domain().values(c.local(), genParams, c.genMsg());
        } catch (RuntimeException e) {
            genFault = e.toString();
        }
        if (specFault != null || genFault != null) {
            if ((specFault == null) != (genFault == null)) {
                out.add(c.where(params) + ": domain of " + p.local().name() + " faults in the "
                        + (specFault != null ? "spec (" + specFault + ")" : "generated code (" + genFault + ")") + " only");
            }
            return;
        }
        List<Object> expected = new ArrayList<>();
        for (int i = 0; i < domain.size(); i++) expected.add(Itf.encode(domain.get(i)));
        List<Object> actual = new ArrayList<>();
        for (Object v : genDomain) actual.add(dev.lockstep.runtime.api.Itf.encode(v));
        if (!expected.equals(actual)) {
            out.add(c.where(params) + ": domain of " + p.local().name() + " is " + actual + ", spec says " + expected);
            return;
        }
        for (int i = 0; i < domain.size(); i++) {
            c.env().frame[p.local().slot()] = domain.get(i);
            params.add(domain.get(i));
            genParams.add(genDomain.get(i));
            bindings(c, k + 1, params, genParams, enabled, out);
            params.remove(params.size() - 1);
            genParams.remove(genParams.size() - 1);
        }
    }

    private void fire(Ctx c, List<Value> params, List<Object> genParams, Set<String> enabled, List<String> out) {
        bindingsChecked++;
        String where = c.where(params);
        Set<Message> genSet = null;
        if (c.action().trigger() instanceof CheckedSpec.Trigger.OnReceiveAll all) {
            genSet = quorumSet(c, all, genParams, where, out);
            if (genSet == null) return; // no quorum on either side, or a difference already reported
        }
        Boolean specEnabled = null;
        Boolean genEnabled = null;
        try {
            specEnabled = evaluator.test(c.action().guard(), c.env());
        } catch (EvalException e) {
            // a fault: specEnabled stays null
        }
        try {
            genEnabled = genSet != null ? c.as().receiveAll().guard().test(c.local(), List.copyOf(genParams), genSet)
                    : c.as().guard().test(c.local(), List.copyOf(genParams), c.genMsg());
        } catch (RuntimeException e) {
            // a fault: genEnabled stays null
        }
        if (!java.util.Objects.equals(specEnabled, genEnabled)) {
            out.add(where + ": enabled " + show(genEnabled) + ", spec says " + show(specEnabled));
            return;
        }
        // The typed enabledX (domain membership and guard) must agree with the ActionSpec's guard.
        Method typed = typedEnabled(machines.get(c.role().index()).get(c.n()), c.action().name());
        if (typed == null) {
            out.add(where + ": no typed enabled method");
        } else {
            List<Object> args = new ArrayList<>();
            args.add(c.local());
            args.addAll(genParams);
            if (c.genMsg() != null) args.add(c.genMsg());
            if (genSet != null) args.add(genSet);
            Boolean typedEnabled = null;
            try {
                typedEnabled = (Boolean) typed.invoke(machines.get(c.role().index()).get(c.n()), args.toArray());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            } catch (InvocationTargetException e) {
                // a fault: typedEnabled stays null
            }
            if (!java.util.Objects.equals(specEnabled, typedEnabled)) {
                out.add(where + ": typed " + typed.getName() + " says " + show(typedEnabled) + ", spec says "
                        + show(specEnabled));
            }
        }
        if (specEnabled == null || !specEnabled) return;
        enabled.add(c.role().name() + "[" + c.node() + "]." + c.action().name() + params
                + (c.msg() == null ? "" : c.msg().show()));

        // The evaluator's step: assignments read the old state; sends in statement order.
        Value[] next = c.state().slots().clone();
        int base = model.nodeBase(c.role().index(), c.n());
        List<Object> specSent = new ArrayList<>();
        List<String> specTimerControl = new ArrayList<>();
        String specFault = null;
        try {
            for (Stmt s : c.action().effects()) {
                switch (s) {
                    case Stmt.Assign a -> next[base + a.varIndex()] = evaluator.eval(a.value(), c.env());
                    case Stmt.Send send -> {
                        for (RecordV m : messages(send, c)) specSent.add(Itf.encode(m));
                    }
                    case Stmt.TimerControl timer -> specTimerControl.add(timer.op().keyword() + " " + timer.action());
                    // LibraryModels.all() leaves out the specs with exchanges (their machines have no exchange ActionSpec).
                    case Stmt.PeerAssign peer -> throw new IllegalStateException("exchange in a generated spec");
                }
            }
        } catch (EvalException e) {
            specFault = e.getMessage();
        }
        Step<ItfEncodable> step = null;
        String genFault = null;
        try {
            step = genSet != null ? c.as().receiveAll().effect().apply(c.local(), List.copyOf(genParams), genSet)
                    : c.as().effect().apply(c.local(), List.copyOf(genParams), c.genMsg());
        } catch (RuntimeException e) {
            genFault = e.toString();
        }
        if (specFault != null || genFault != null) {
            if ((specFault == null) != (genFault == null)) {
                out.add(where + ": effect faults in the " + (specFault != null ? "spec (" + specFault + ")"
                        : "generated code (" + genFault + ")") + " only");
            }
            return;
        }
        Object expectedState = localItf(c.role(), next, c.n());
        if (!step.state().toItf().equals(expectedState)) {
            out.add(where + ": next state " + step.state().toItf() + ", spec says " + expectedState);
        }
        List<Object> genSent = new ArrayList<>();
        Set<String> genTimers = new TreeSet<>();
        List<String> genTimerControl = new ArrayList<>();
        for (Command cmd : step.commands()) {
            switch (cmd) {
                case Command.Send send -> genSent.add(send.message().toItf());
                case Command.SetTimer t -> genTimers.add(t.action());
                case Command.RestartTimer r -> genTimerControl.add("restart " + r.action());
                case Command.CancelTimer x -> genTimerControl.add("cancel " + x.action());
            }
        }
        if (!counts(genSent).equals(counts(specSent))) out.add(where + ": sent " + genSent + ", spec says " + specSent);
        if (!genTimerControl.equals(specTimerControl)) {
            out.add(where + ": timer commands " + genTimerControl + ", spec says " + specTimerControl);
        }
        Set<String> specTimers = timersEnabled(c.role(), next, base, c.node());
        if (!genTimers.equals(specTimers)) out.add(where + ": timers " + genTimers + ", spec says " + specTimers);
    }

    /**
     * For a quorum receive with its parameters bound: the spec's received set (bound in the env) and the one the
     * generated senders and filter pick from the same deliverable messages, which must be equal. Null when neither
     * side has a quorum, or when they differ (reported).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Set<Message> quorumSet(Ctx c, CheckedSpec.Trigger.OnReceiveAll all, List<Object> genParams, String where,
                                   List<String> out) {
        SetV expected = new QuorumReceive(evaluator, spec.network().kind()).receive(all, c.env(),
                c.state().slot(model.networkSlot()));
        ActionSpec.ReceiveAll<ItfEncodable> gen = c.as().receiveAll();
        Set<NodeId> senders = gen.senders().of(c.local(), List.copyOf(genParams));
        List<Message> picked = new ArrayList<>();
        Network.forEachDeliverable(spec.network().kind(), c.state().slot(model.networkSlot()), m -> {
            if (!m.get("type").equals(new StrV(all.messageType())) || !m.get("dst").equals(c.node())) return;
            Message msg = descriptor.messageFromItf(Itf.encode(m));
            if (senders.contains(msg.src()) && gen.filter().test(c.local(), List.copyOf(genParams), msg)) picked.add(msg);
        });
        boolean covered = picked.stream().map(Message::src).collect(java.util.stream.Collectors.toSet())
                .containsAll(senders);
        Set<Message> genSet = covered ? (Set) dev.lockstep.runtime.api.SortedArraySet.copyOf(picked) : null;
        if ((expected == null) != (genSet == null)
                || (genSet != null && !Itf.encode(expected).equals(dev.lockstep.runtime.api.Itf.encode(genSet)))) {
            out.add(where + ": received set " + (genSet == null ? "none" : dev.lockstep.runtime.api.Itf.encode(genSet))
                    + ", spec says " + (expected == null ? "none" : expected.show()));
            return null;
        }
        if (expected != null) c.env().frame[all.received().slot()] = expected;
        return genSet;
    }

    /** The timer actions of the role enabled for some binding when the node's variables are those in {@code slots}. */
    private Set<String> timersEnabled(CheckedSpec.Role role, Value[] slots, int base, NodeV node) {
        Set<String> out = new TreeSet<>();
        for (CheckedSpec.Action a : role.actions()) {
            if (!(a.trigger() instanceof CheckedSpec.Trigger.Timer)) continue;
            Env env = new Env(slots, a.frameSize()).atNode(base, node);
            if (someBinding(a, env, 0)) out.add(a.name());
        }
        return out;
    }

    private boolean someBinding(CheckedSpec.Action a, Env env, int k) {
        if (k == a.params().size()) return evaluator.test(a.guard(), env);
        SetV domain = (SetV) evaluator.eval(a.params().get(k).domain(), env);
        for (int i = 0; i < domain.size(); i++) {
            env.frame[a.params().get(k).local().slot()] = domain.get(i);
            if (someBinding(a, env, k + 1)) return true;
        }
        return false;
    }

    /** The records a send adds to the network: payload plus type, src and dst, one per destination. */
    private List<RecordV> messages(Stmt.Send send, Ctx c) {
        List<String> names = new ArrayList<>(List.of("type", "src", "dst"));
        names.addAll(send.fieldNames());
        List<Value> values = new ArrayList<>(List.of(new StrV(send.messageType()), c.node(), c.node()));
        for (Expr e : send.values()) values.add(evaluator.eval(e, c.env()));
        Value to = evaluator.eval(send.to(), c.env());
        List<Value> targets = send.toSet() ? ((SetV) to).elements() : List.of(to);
        List<RecordV> out = new ArrayList<>();
        for (Value dst : targets) {
            values.set(2, dst);
            out.add(Values.record(names, values));
        }
        return out;
    }

    /** A node's local state as the ITF record of its variables. */
    private Object localItf(CheckedSpec.Role role, Value[] slots, int n) {
        return localItf(model, role, slots, n);
    }

    /**
     * Node {@code n} of {@code role}'s local state in {@code slots} as the ITF record of its variables, the ghost ones
     * left out: the generated state does not have them (docs/language.md, section 12.1).
     */
    static Object localItf(ModelInstance model, CheckedSpec.Role role, Value[] slots, int n) {
        int base = model.nodeBase(role.index(), n);
        List<String> names = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        for (CheckedSpec.Var v : role.vars()) {
            if (v.ghost()) continue;
            names.add(v.name());
            values.add(slots[base + v.index()]);
        }
        return Itf.encode(Values.record(names, values));
    }

    private static Map<Object, Integer> counts(List<Object> items) {
        Map<Object, Integer> out = new HashMap<>();
        for (Object o : items) out.merge(o, 1, Integer::sum);
        return out;
    }

    private static String show(Boolean b) { return b == null ? "a fault" : b.toString(); }

    private static String key(Label l) {
        return l.action().role() + "[" + l.node() + "]." + l.name() + l.params()
                + (l.message() == null ? "" : l.message().show());
    }
}
