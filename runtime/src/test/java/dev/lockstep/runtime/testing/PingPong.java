package dev.lockstep.runtime.testing;

import static dev.lockstep.runtime.testing.Actions.auto;
import static dev.lockstep.runtime.testing.Actions.receive;

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
import java.util.List;
import java.util.Map;

/**
 * A hand-written ping-pong, as the generator would emit it for:
 * <pre>
 * message Ping { n: int }   message Pong { n: int }   network fifo
 * role Pinger at {P} { var sent: int = 0  var received: int = 0
 *   auto action Serve when sent = received /\ sent < Rounds do sent' = sent + 1 ; send Ping { n: sent + 1 } to Q
 *   on receive m: Pong when m.n = sent do received' = m.n }
 * role Ponger at {Q} { var count: int = 0
 *   on receive m: Ping do count' = count + 1 ; send Pong { n: m.n } to P }
 * </pre>
 */
public final class PingPong implements ProtocolDescriptor {
    public static final NodeId P = NodeId.of("p");
    public static final NodeId Q = NodeId.of("q");

    public record Ping(NodeId src, NodeId dst, long n) implements Message {
        public String type() { return "Ping"; }

        public Object toItf() { return Itf.record("type", "Ping", "src", src, "dst", dst, "n", n); }
    }

    public record Pong(NodeId src, NodeId dst, long n) implements Message {
        public String type() { return "Pong"; }

        public Object toItf() { return Itf.record("type", "Pong", "src", src, "dst", dst, "n", n); }
    }

    public record PingerState(long sent, long received) implements ItfEncodable {
        public Object toItf() { return Itf.record("sent", sent, "received", received); }
    }

    public record PongerState(long count) implements ItfEncodable {
        public Object toItf() { return Itf.record("count", count); }
    }

    private final long rounds;
    private final long[] serveNanos;  // benchmark probe: when round n was served, by n; null in tests
    private final long[] roundTripNanos;

    public PingPong(long rounds) { this(rounds, null, null); }

    /**
     * A ping-pong that records each round's round-trip time (Serve to ReceivePong) into {@code roundTripNanos[n-1]},
     * for the benchmark. Reading the clock makes the machine impure; generated machines never do.
     */
    public PingPong(long rounds, long[] serveNanos, long[] roundTripNanos) {
        this.rounds = rounds;
        this.serveNanos = serveNanos;
        this.roundTripNanos = roundTripNanos;
    }

    public String protocol() { return "PingPong"; }

    public String model() { return "rounds" + rounds; }

    public NetworkSpec network() { return new NetworkSpec(NetworkSpec.Kind.FIFO, false, false); }

    public List<RoleDescriptor> roles() {
        return List.of(new Role("Pinger", P), new Role("Ponger", Q));
    }

    public Message messageFromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        String type = Itf.asString(Itf.field(r, "type"));
        NodeId src = Itf.asNode(Itf.field(r, "src"));
        NodeId dst = Itf.asNode(Itf.field(r, "dst"));
        long n = Itf.asLong(Itf.field(r, "n"));
        return switch (type) {
            case "Ping" -> new Ping(src, dst, n);
            case "Pong" -> new Pong(src, dst, n);
            default -> throw new dev.lockstep.runtime.api.MalformedValueException("unknown message type '" + type + "'");
        };
    }

    private final class Role implements RoleDescriptor {
        private final String name;
        private final NodeId node;

        Role(String name, NodeId node) {
            this.name = name;
            this.node = node;
        }

        public String name() { return name; }

        public List<NodeId> nodes() { return List.of(node); }

        public RoleMachine<? extends ItfEncodable> machine(NodeId self) { return PingPong.this.machine(self); }
    }

    private final class PingerMachine implements RoleMachine<PingerState> {
        public String role() { return "Pinger"; }

        public NodeId self() { return P; }

        public List<PingerState> initialStates() { return List.of(new PingerState(0, 0)); }

        public List<Command> start(PingerState initial) { return List.of(); }

        public List<ActionSpec<PingerState>> actions() {
            return List.of(
                    auto("Serve", (s, ps, m) -> s.sent() == s.received() && s.sent() < rounds, (s, ps, m) -> {
                        if (serveNanos != null) serveNanos[(int) s.sent()] = System.nanoTime();
                        return new Step<>(new PingerState(s.sent() + 1, s.received()),
                                List.of(new Command.Send(new Ping(P, Q, s.sent() + 1))));
                    }),
                    receive("ReceivePong", "Pong", (s, ps, m) -> ((Pong) m).n() == s.sent(), (s, ps, m) -> {
                        long n = ((Pong) m).n();
                        if (roundTripNanos != null) roundTripNanos[(int) n - 1] = System.nanoTime() - serveNanos[(int) n - 1];
                        return new Step<>(new PingerState(s.sent(), n), List.of());
                    }));
        }
    }

    private static final class PongerMachine implements RoleMachine<PongerState> {
        public String role() { return "Ponger"; }

        public NodeId self() { return Q; }

        public List<PongerState> initialStates() { return List.of(new PongerState(0)); }

        public List<Command> start(PongerState initial) { return List.of(); }

        public List<ActionSpec<PongerState>> actions() {
            return List.of(receive("ReceivePing", "Ping", (s, ps, m) -> true,
                    (s, ps, m) -> new Step<>(new PongerState(s.count() + 1),
                            List.of(new Command.Send(new Pong(Q, P, ((Ping) m).n()))))));
        }
    }

    /** The machine of a node, as {@link RoleDescriptor#machine} returns it. */
    public RoleMachine<? extends ItfEncodable> machine(NodeId node) {
        return node.equals(P) ? new PingerMachine() : new PongerMachine();
    }
}
