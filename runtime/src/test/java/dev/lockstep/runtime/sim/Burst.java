package dev.lockstep.runtime.sim;

import static dev.lockstep.runtime.testing.Actions.auto;
import static dev.lockstep.runtime.testing.Actions.receive;
import static dev.lockstep.runtime.testing.Actions.timer;

import dev.lockstep.runtime.api.ActionSpec;
import dev.lockstep.runtime.api.Command;
import dev.lockstep.runtime.api.Itf;
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
 * Node a sends N(1)..N(20) to b, which notes whether they arrived in order: at once, or (paced) one every 1..3 ms
 * from a timer, so that sends and the receiver's crashes interleave; optionally the sender also has an auto action
 * {@code Spin} that is always enabled and changes nothing.
 */
final class Burst implements ProtocolDescriptor {
    static final NodeId A = NodeId.of("a");
    static final NodeId B = NodeId.of("b");

    record N(NodeId src, NodeId dst, long n) implements Message {
        public String type() { return "N"; }

        public Object toItf() { return Itf.record("type", "N", "src", src, "dst", dst, "n", n); }
    }

    record Sender(long sent) implements ItfEncodable {
        public Object toItf() { return Itf.record("sent", sent); }
    }

    record Receiver(long got, boolean inOrder) implements ItfEncodable {
        public Object toItf() { return Itf.record("got", got, "inOrder", inOrder); }
    }

    private final NetworkSpec.Kind kind;

    private final boolean paced;
    private final boolean spinning;

    Burst(NetworkSpec.Kind kind) { this(kind, false); }

    Burst(NetworkSpec.Kind kind, boolean paced) { this(kind, paced, false); }

    Burst(NetworkSpec.Kind kind, boolean paced, boolean spinning) {
        this.kind = kind;
        this.paced = paced;
        this.spinning = spinning;
    }

    public String protocol() { return "Burst"; }

    public String model() { return kind.name(); }

    public NetworkSpec network() { return new NetworkSpec(kind, false, false); }

    public List<RoleDescriptor> roles() { return List.of(role("Sender", A), role("Receiver", B)); }

    public Message messageFromItf(Object itf) { throw new UnsupportedOperationException("not used in simulation"); }

    private RoleDescriptor role(String name, NodeId node) {
        return new RoleDescriptor() {
            public String name() { return name; }

            public List<NodeId> nodes() { return List.of(node); }

            public RoleMachine<? extends ItfEncodable> machine(NodeId self) {
                return self.equals(A) ? new SenderMachine(paced, spinning) : new ReceiverMachine();
            }
        };
    }

    private static final class SenderMachine implements RoleMachine<Sender> {
        private final boolean paced;
        private final boolean spinning;

        SenderMachine(boolean paced, boolean spinning) {
            this.paced = paced;
            this.spinning = spinning;
        }

        public String role() { return "Sender"; }

        public NodeId self() { return A; }

        public List<Sender> initialStates() { return List.of(new Sender(0)); }

        public List<Command> start(Sender s) { return paced ? List.of(new Command.SetTimer("Send", 1, 3)) : List.of(); }

        public List<ActionSpec<Sender>> actions() {
            if (paced) {
                return List.of(timer("Send", 1, 3, (s, p, m) -> s.sent() < 20, (s, p, m) -> {
                    List<Command> cmds = new ArrayList<>(List.of(new Command.Send(new N(A, B, s.sent() + 1))));
                    if (s.sent() + 1 < 20) cmds.add(new Command.SetTimer("Send", 1, 3));
                    return new Step<>(new Sender(s.sent() + 1), cmds);
                }));
            }
            if (spinning) {
                return List.of(auto("Send", (s, p, m) -> s.sent() < 20, (s, p, m) -> new Step<>(new Sender(s.sent() + 1),
                        List.of(new Command.Send(new N(A, B, s.sent() + 1))))),
                        auto("Spin", (s, p, m) -> true, (s, p, m) -> new Step<>(s, List.of())));
            }
            return List.of(auto("Send", (s, p, m) -> s.sent() < 20, (s, p, m) -> new Step<>(new Sender(s.sent() + 1),
                    List.of(new Command.Send(new N(A, B, s.sent() + 1))))));
        }
    }

    private static final class ReceiverMachine implements RoleMachine<Receiver> {
        public String role() { return "Receiver"; }

        public NodeId self() { return B; }

        public List<Receiver> initialStates() { return List.of(new Receiver(0, true)); }

        public List<Command> start(Receiver s) { return List.of(); }

        public List<ActionSpec<Receiver>> actions() {
            return List.of(receive("Get", "N", (s, p, m) -> true, (s, p, m) -> new Step<>(
                    new Receiver(s.got() + 1, s.inOrder() && ((N) m).n() == s.got() + 1), List.of())));
        }
    }
}
