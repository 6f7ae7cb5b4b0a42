package dev.lockstep.runtime.node;

import dev.lockstep.runtime.api.ActionSpec;
import dev.lockstep.runtime.api.Command;
import dev.lockstep.runtime.api.ExchangeSpec;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.api.RoleMachine;
import dev.lockstep.runtime.api.Step;
import dev.lockstep.runtime.trace.TraceRecorder;
import dev.lockstep.runtime.trace.TraceSink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The roles of one node run as one machine (docs/runtime.md, "Roles on one node"): the language says a node in
 * two roles holds both roles' variables and runs both roles' actions, and a layered role ({@code reads L}) reads
 * role L's state on the same node. The node's state is the roles' states side by side ({@link States}); every
 * action and exchange of every role is lifted to it and changes only its own role's part. One core, one thread, one
 * inbox and one trace then serve all of them: an exchange keeps the whole node busy, as the model's atomic exchange
 * needs when the exchange reads a lower layer, and the trace records each step under its own role
 * ({@link TraceRecorder.Roles}). Action and exchange names must differ across the node's roles (the trace names an action
 * without its role).
 */
public final class ColocatedMachine implements RoleMachine<ColocatedMachine.States>, TraceRecorder.Roles {
    /** The node's state: one state per role, in spec order of the roles. */
    public record States(List<String> roles, List<ItfEncodable> states) implements ItfEncodable {
        public States {
            roles = List.copyOf(roles);
            states = List.copyOf(states);
        }

        /** Role name to that role's ITF state. */
        @Override
        public Object toItf() {
            Map<String, Object> out = new LinkedHashMap<>();
            for (int i = 0; i < roles.size(); i++) out.put(roles.get(i), states.get(i).toItf());
            return out;
        }

        public ItfEncodable of(String role) { return states.get(roles.indexOf(role)); }

        States with(int i, ItfEncodable s) {
            List<ItfEncodable> next = new ArrayList<>(states);
            next.set(i, s);
            return new States(roles, next);
        }
    }

    private final NodeId self;
    private final List<String> roles = new ArrayList<>();
    private final List<RoleMachine<ItfEncodable>> machines = new ArrayList<>();
    /** Action or exchange name to the index of its role. */
    private final Map<String, Integer> owner = new HashMap<>();
    private final List<ActionSpec<States>> actions = new ArrayList<>();
    private final List<ExchangeSpec<States>> exchanges = new ArrayList<>();
    /** The state the lifted functions were last called with: what a lower layer reads during that call. */
    private States current;

    @SuppressWarnings("unchecked")
    private ColocatedMachine(NodeId self, List<RoleMachine<? extends ItfEncodable>> of) {
        this.self = self;
        for (RoleMachine<? extends ItfEncodable> m : of) {
            roles.add(m.role());
            machines.add((RoleMachine<ItfEncodable>) m);
        }
        for (int i = 0; i < machines.size(); i++) {
            RoleMachine<ItfEncodable> m = machines.get(i);
            for (String lower : m.layersRead()) {
                if (!roles.contains(lower)) {
                    throw new IllegalArgumentException("role " + m.role() + " reads role " + lower + ", which does"
                            + " not run on node " + self);
                }
            }
            m.readLayers(role -> current.of(role));
            for (ActionSpec<ItfEncodable> a : m.actions()) actions.add(lift(i, a));
            for (ExchangeSpec<ItfEncodable> x : m.exchanges()) exchanges.add(lift(i, x));
        }
    }

    /**
     * The machine of node {@code self}: its role's own machine when it runs one role, else the roles together.
     *
     * @throws IllegalArgumentException when two of its roles name an action alike, or a role reads a role the node
     *                                  does not run
     */
    public static RoleMachine<? extends ItfEncodable> forNode(ProtocolDescriptor protocol, NodeId self) {
        List<RoleMachine<? extends ItfEncodable>> of = new ArrayList<>();
        for (ProtocolDescriptor.RoleDescriptor r : protocol.roles()) if (r.nodes().contains(self)) of.add(r.machine(self));
        if (of.isEmpty()) throw new IllegalArgumentException("node " + self + " is not a node of model " + protocol.model());
        if (of.size() == 1 && of.get(0).layersRead().isEmpty()) return of.get(0);
        return new ColocatedMachine(self, of);
    }

    @Override
    public Part part(String action, Object state) {
        int i = owner.get(action);
        return new Part(roles.get(i), ((States) state).states().get(i));
    }

    @Override
    public List<Part> parts(Object state) {
        List<Part> out = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) out.add(new Part(roles.get(i), ((States) state).states().get(i)));
        return out;
    }

    /** A recorder for node {@code self} running {@code machine}: each event under its own role when it runs several. */
    public static TraceRecorder recorder(RoleMachine<?> machine, TraceSink sink) {
        TraceRecorder r = new TraceRecorder(machine.self().name(), machine.role(), sink);
        return machine instanceof ColocatedMachine c ? r.withRoles(c) : r;
    }

    @Override
    public String role() { return String.join("+", roles); }

    @Override
    public NodeId self() { return self; }

    @Override
    public List<States> initialStates() {
        List<List<ItfEncodable>> combos = new ArrayList<>(List.of(List.of()));
        for (RoleMachine<ItfEncodable> m : machines) {
            List<List<ItfEncodable>> next = new ArrayList<>();
            for (List<ItfEncodable> prefix : combos) {
                for (ItfEncodable s : m.initialStates()) {
                    List<ItfEncodable> c = new ArrayList<>(prefix);
                    c.add(s);
                    next.add(c);
                }
            }
            combos = next;
        }
        return combos.stream().map(c -> new States(roles, c)).toList();
    }

    @Override
    public List<Command> start(States initial) {
        current = initial;
        List<Command> out = new ArrayList<>();
        for (int i = 0; i < machines.size(); i++) out.addAll(machines.get(i).start(initial.states().get(i)));
        return out;
    }

    @Override
    public List<ActionSpec<States>> actions() { return actions; }

    @Override
    public List<ExchangeSpec<States>> exchanges() { return exchanges; }

    @Override
    public Step<States> restart(States crashed) {
        current = crashed;
        States next = crashed;
        List<Command> commands = new ArrayList<>();
        for (int i = 0; i < machines.size(); i++) {
            Step<ItfEncodable> s = machines.get(i).restart(crashed.states().get(i));
            next = next.with(i, s.state());
            commands.addAll(s.commands());
        }
        return new Step<>(next, commands);
    }

    @Override
    public boolean crashes() { return machines.stream().anyMatch(RoleMachine::crashes); }

    private void own(int role, String name) {
        Integer other = owner.putIfAbsent(name, role);
        if (other != null) {
            throw new IllegalArgumentException("roles " + roles.get(other) + " and " + roles.get(role) + " both have an"
                    + " action or exchange " + name + " and both run on node " + self + "; rename one");
        }
    }

    private ItfEncodable at(int role, States s) {
        current = s;
        return s.states().get(role);
    }

    private ActionSpec<States> lift(int i, ActionSpec<ItfEncodable> a) {
        own(i, a.name());
        List<ActionSpec.Param<States>> params = new ArrayList<>();
        for (ActionSpec.Param<ItfEncodable> p : a.params()) {
            params.add(new ActionSpec.Param<>(p.name(), (s, earlier, m) -> p.domain().values(at(i, s), earlier, m)));
        }
        ActionSpec.ReceiveAll<States> all = null;
        if (a.receiveAll() != null) {
            ActionSpec.ReceiveAll<ItfEncodable> r = a.receiveAll();
            all = new ActionSpec.ReceiveAll<>((s, ps) -> r.senders().of(at(i, s), ps),
                    (s, ps, m) -> r.filter().test(at(i, s), ps, m), (s, ps, set) -> r.guard().test(at(i, s), ps, set),
                    (s, ps, set) -> step(i, s, r.effect().apply(at(i, s), ps, set)));
        }
        ActionSpec.Guard<States> guard = a.guard() == null ? null : (s, ps, m) -> a.guard().test(at(i, s), ps, m);
        ActionSpec.Effect<States> effect = a.effect() == null ? null
                : (s, ps, m) -> step(i, s, a.effect().apply(at(i, s), ps, m));
        return new ActionSpec<>(a.name(), a.trigger(), a.messageType(), a.timerLowMillis(), a.timerHighMillis(),
                params, guard, effect, a.specLocation(), all);
    }

    private Step<States> step(int i, States before, Step<ItfEncodable> s) {
        return new Step<>(before.with(i, s.state()), s.commands());
    }

    private ExchangeSpec<States> lift(int i, ExchangeSpec<ItfEncodable> x) {
        own(i, x.name());
        return new ExchangeSpec<>(x.name(), x.specLocation(), x.mayFail(),
                s -> x.view().peers(at(i, s)),
                (s, peer) -> x.weight().of(at(i, s), peer),
                s -> x.rate().of(at(i, s)),
                (s, peer) -> x.initiates().test(at(i, s), peer),
                (s, peer) -> x.f1().request(at(i, s), peer),
                (s, msg1) -> {
                    ExchangeSpec.Answer<ItfEncodable> a = x.f2().serve(at(i, s), msg1);
                    return new ExchangeSpec.Answer<>(s.with(i, a.state()), a.reply());
                },
                (s, peer, msg2) -> s.with(i, x.f3().complete(at(i, s), peer, msg2)));
    }
}
