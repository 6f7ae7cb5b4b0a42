package dev.lockstep.specs.conformance;

import dev.lockstep.runtime.api.ActionSpec;
import dev.lockstep.runtime.api.Command;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.Message;
import dev.lockstep.runtime.api.NetworkSpec;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.api.RoleMachine;
import dev.lockstep.runtime.api.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * Seeded bugs in generated machines: a descriptor that hands out the generated machines with one action of one role
 * altered the way a hand edit or a generator slip would alter it. Everything else is the generated code unchanged.
 */
final class MachineMutants {
    private MachineMutants() {}

    /** What goes wrong in the altered action. */
    enum Bug {
        /** The effect forgets its state change (the node's state stays as it was). */
        KEEP_STATE,
        /** The effect forgets its last send. */
        DROP_LAST_SEND,
        /** The action fires whether or not its guard holds. */
        IGNORE_GUARD;

        <S> ActionSpec<S> apply(ActionSpec<S> a) {
            ActionSpec.Guard<S> guard = this == IGNORE_GUARD ? (s, p, m) -> true : a.guard();
            ActionSpec.Effect<S> effect = switch (this) {
                case KEEP_STATE -> (s, p, m) -> new Step<>(s, a.effect().apply(s, p, m).commands());
                case DROP_LAST_SEND -> (s, p, m) -> {
                    Step<S> step = a.effect().apply(s, p, m);
                    List<Command> cmds = new ArrayList<>(step.commands());
                    for (int i = cmds.size() - 1; i >= 0; i--) {
                        if (cmds.get(i) instanceof Command.Send) {
                            cmds.remove(i);
                            break;
                        }
                    }
                    return new Step<>(step.state(), cmds);
                };
                case IGNORE_GUARD -> a.effect();
            };
            return new ActionSpec<>(a.name(), a.trigger(), a.messageType(), a.timerLowMillis(), a.timerHighMillis(),
                    a.params(), guard, effect, a.specLocation());
        }
    }

    /** {@code generated} with {@code bug} seeded into action {@code action} of role {@code role}. */
    static ProtocolDescriptor mutant(ProtocolDescriptor generated, String role, String action, Bug bug) {
        boolean[] found = new boolean[1];
        for (ProtocolDescriptor.RoleDescriptor r : generated.roles()) {
            if (r.name().equals(role)) {
                for (ActionSpec<?> a : r.machine(r.nodes().get(0)).actions()) found[0] |= a.name().equals(action);
            }
        }
        if (!found[0]) throw new IllegalArgumentException("no action " + role + "." + action);
        return new ProtocolDescriptor() {
            public String protocol() { return generated.protocol(); }

            public String model() { return generated.model(); }

            public NetworkSpec network() { return generated.network(); }

            public Message messageFromItf(Object itf) { return generated.messageFromItf(itf); }

            public List<RoleDescriptor> roles() {
                List<RoleDescriptor> out = new ArrayList<>();
                for (RoleDescriptor r : generated.roles()) {
                    out.add(!r.name().equals(role) ? r : new RoleDescriptor() {
                        public String name() { return r.name(); }

                        public List<NodeId> nodes() { return r.nodes(); }

                        public RoleMachine<? extends ItfEncodable> machine(NodeId self) {
                            return wrap(r.machine(self), action, bug);
                        }
                    });
                }
                return out;
            }
        };
    }

    private static <S extends ItfEncodable> RoleMachine<S> wrap(RoleMachine<S> m, String action, Bug bug) {
        return new RoleMachine<>() {
            public String role() { return m.role(); }

            public NodeId self() { return m.self(); }

            public List<S> initialStates() { return m.initialStates(); }

            public List<Command> start(S initial) { return m.start(initial); }

            public List<ActionSpec<S>> actions() {
                return m.actions().stream().map(a -> a.name().equals(action) ? bug.apply(a) : a).toList();
            }
        };
    }
}
