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
 * {@link #altered} is the general form, for tests that change every action of a role.
 */
public final class MachineMutants {
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

    /** A change to actions, applied to every action of every machine of one role. */
    public interface Alteration {
        <S> ActionSpec<S> apply(ActionSpec<S> a);
    }

    /** {@code generated} with {@code bug} seeded into action {@code action} of role {@code role}. */
    static ProtocolDescriptor mutant(ProtocolDescriptor generated, String role, String action, Bug bug) {
        boolean found = false;
        for (ProtocolDescriptor.RoleDescriptor r : generated.roles()) {
            if (r.name().equals(role)) {
                for (ActionSpec<?> a : r.machine(r.nodes().get(0)).actions()) found |= a.name().equals(action);
            }
        }
        if (!found) throw new IllegalArgumentException("no action " + role + "." + action);
        return altered(generated, role, new Alteration() {
            public <S> ActionSpec<S> apply(ActionSpec<S> a) { return a.name().equals(action) ? bug.apply(a) : a; }
        });
    }

    /** {@code generated} with every action of role {@code role}'s machines passed through {@code alteration}. */
    public static ProtocolDescriptor altered(ProtocolDescriptor generated, String role, Alteration alteration) {
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
                            return wrap(r.machine(self), alteration);
                        }
                    });
                }
                return out;
            }
        };
    }

    private static <S extends ItfEncodable> RoleMachine<S> wrap(RoleMachine<S> m, Alteration alteration) {
        return new RoleMachine<>() {
            public String role() { return m.role(); }

            public NodeId self() { return m.self(); }

            public List<S> initialStates() { return m.initialStates(); }

            public List<Command> start(S initial) { return m.start(initial); }

            public List<ActionSpec<S>> actions() { return m.actions().stream().map(alteration::apply).toList(); }
        };
    }
}
