package dev.lockstep.specs.gossip;

import dev.lockstep.runtime.api.ActionSpec;
import dev.lockstep.runtime.api.Command;
import dev.lockstep.runtime.api.ExchangeSpec;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.Message;
import dev.lockstep.runtime.api.NetworkSpec;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.api.RoleMachine;
import dev.lockstep.runtime.api.Step;
import java.util.List;
import java.util.function.UnaryOperator;

/** A generated descriptor whose machines' exchanges are rewritten by a mutation (a seeded projection bug). */
final class ExchangeMutants {
    private ExchangeMutants() {}

    @SuppressWarnings({"unchecked", "rawtypes"})
    static ProtocolDescriptor mutate(ProtocolDescriptor d, UnaryOperator<ExchangeSpec> mutation) {
        return new ProtocolDescriptor() {
            public String protocol() { return d.protocol(); }

            public String model() { return d.model(); }

            public NetworkSpec network() { return d.network(); }

            public Message messageFromItf(Object itf) { return d.messageFromItf(itf); }

            public List<RoleDescriptor> roles() {
                return d.roles().stream().map(r -> (RoleDescriptor) new RoleDescriptor() {
                    public String name() { return r.name(); }

                    public List<NodeId> nodes() { return r.nodes(); }

                    public RoleMachine<? extends ItfEncodable> machine(NodeId self) {
                        return new Mutated(r.machine(self), mutation);
                    }
                }).toList();
            }
        };
    }

    /** Delegates everything but the exchanges, which it mutates. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private record Mutated(RoleMachine inner, UnaryOperator<ExchangeSpec> mutation) implements RoleMachine {
        public String role() { return inner.role(); }

        public NodeId self() { return inner.self(); }

        public List initialStates() { return inner.initialStates(); }

        public List<Command> start(ItfEncodable initial) { return inner.start(initial); }

        public List<ActionSpec> actions() { return inner.actions(); }

        public Step restart(ItfEncodable crashed) { return inner.restart(crashed); }

        public List<String> durableVariables() { return inner.durableVariables(); }

        public boolean crashes() { return inner.crashes(); }

        public List<ExchangeSpec> exchanges() { return ((List<ExchangeSpec>) inner.exchanges()).stream().map(mutation).toList(); }
    }

    /** {@code x} with another f2. */
    static <S> ExchangeSpec<S> withF2(ExchangeSpec<S> x, ExchangeSpec.F2<S> f2) {
        return new ExchangeSpec<>(x.name(), x.specLocation(), x.mayFail(), x.view(), x.weight(), x.rate(), x.initiates(),
                x.f1(), f2, x.f3());
    }

    /** {@code x} with another f3. */
    static <S> ExchangeSpec<S> withF3(ExchangeSpec<S> x, ExchangeSpec.F3<S> f3) {
        return new ExchangeSpec<>(x.name(), x.specLocation(), x.mayFail(), x.view(), x.weight(), x.rate(), x.initiates(),
                x.f1(), x.f2(), f3);
    }
}
