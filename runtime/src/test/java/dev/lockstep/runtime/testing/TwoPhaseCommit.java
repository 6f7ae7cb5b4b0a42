package dev.lockstep.runtime.testing;

import static dev.lockstep.runtime.testing.Actions.auto;
import static dev.lockstep.runtime.testing.Actions.input;
import static dev.lockstep.runtime.testing.Actions.receive;
import static dev.lockstep.runtime.testing.Actions.timer;

import dev.lockstep.runtime.api.ActionSpec;
import dev.lockstep.runtime.api.Command;
import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.MalformedValueException;
import dev.lockstep.runtime.api.Message;
import dev.lockstep.runtime.api.NetworkSpec;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.api.RoleMachine;
import dev.lockstep.runtime.api.Step;
import dev.lockstep.runtime.sim.GlobalView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A hand-written two-phase commit against the machine API, as the generator would emit it for:
 * <pre>
 * role TM at {TMNode} { var state: enum { init, committed, aborted } = init   var prepared: set&lt;node&gt; = {}
 *   on receive m: Prepared when state = init do prepared' = prepared \cup {m.rm}
 *   auto action Commit when state = init /\ prepared = RM do state' = committed ; send Commit {} to RM
 *   timer(50ms..100ms) action Abort when state = init do state' = aborted ; send Abort {} to RM }
 * role ResourceManager at RM { var state: RMState = working
 *   input action Prepare when state = working do state' = prepared ; send Prepared { rm: self } to TMNode
 *   input action ChooseAbort when state = working do state' = aborted
 *   on receive m: Commit do state' = committed
 *   on receive m: Abort do state' = aborted }
 * invariant Consistent == \A r1, r2 \in RM : ~(RM[r1].state = aborted /\ RM[r2].state = committed)
 * </pre>
 * The seeded bug ({@code eagerCommit}) commits once all but one RM are prepared, as specs/buggy's 2PC does.
 */
public class TwoPhaseCommit implements ProtocolDescriptor {
    public static final NodeId TM = NodeId.of("tm");

    public enum TmPhase { init, committed, aborted }

    public enum RmPhase { working, prepared, committed, aborted }

    public record Prepared(NodeId src, NodeId dst, NodeId rm) implements Message {
        public String type() { return "Prepared"; }

        public Object toItf() { return Itf.record("type", "Prepared", "src", src, "dst", dst, "rm", rm); }
    }

    public record Commit(NodeId src, NodeId dst) implements Message {
        public String type() { return "Commit"; }

        public Object toItf() { return Itf.record("type", "Commit", "src", src, "dst", dst); }
    }

    public record Abort(NodeId src, NodeId dst) implements Message {
        public String type() { return "Abort"; }

        public Object toItf() { return Itf.record("type", "Abort", "src", src, "dst", dst); }
    }

    public record TmState(TmPhase state, SortedSet<NodeId> prepared) implements ItfEncodable {
        public TmState {
            prepared = Collections.unmodifiableSortedSet(new TreeSet<>(prepared));
        }

        public Object toItf() { return Itf.record("state", state, "prepared", prepared); }
    }

    public record RmState(RmPhase state) implements ItfEncodable {
        public Object toItf() { return Itf.record("state", state); }
    }

    private final List<NodeId> rms;
    private final NetworkSpec network;
    private final boolean eagerCommit;
    private final long abortLow;
    private final long abortHigh;

    public TwoPhaseCommit(int rmCount, NetworkSpec network, boolean eagerCommit) {
        this(rmCount, network, eagerCommit, 50, 100);
    }

    /** With the TM's abort timer set to {@code timer(abortLow..abortHigh)}. */
    public TwoPhaseCommit(int rmCount, NetworkSpec network, boolean eagerCommit, long abortLow, long abortHigh) {
        this.abortLow = abortLow;
        this.abortHigh = abortHigh;
        List<NodeId> r = new ArrayList<>();
        for (int i = 1; i <= rmCount; i++) r.add(NodeId.of("r" + i));
        this.rms = List.copyOf(r);
        this.network = network;
        this.eagerCommit = eagerCommit;
    }

    public static TwoPhaseCommit correct(NetworkSpec network) { return new TwoPhaseCommit(3, network, false); }

    /** For {@code --descriptor}: 3 RMs on a lossy, duplicating bag network. */
    public TwoPhaseCommit() {
        this(3, new NetworkSpec(NetworkSpec.Kind.BAG, true, true), false);
    }

    /** For {@code --descriptor}: the seeded eager-commit bug, 3 RMs on a reliable set network. */
    public static final class Eager extends TwoPhaseCommit {
        public Eager() {
            super(3, new NetworkSpec(NetworkSpec.Kind.SET, false, false), true);
        }
    }

    /**
     * For {@code --descriptor}: 3 RMs on a reliable set network and a TM that waits a minute before it gives up, so
     * that a run whose connections first need TLS handshakes commits once every RM prepares.
     */
    public static final class Patient extends TwoPhaseCommit {
        public Patient() {
            super(3, new NetworkSpec(NetworkSpec.Kind.SET, false, false), false, 60_000, 60_000);
        }
    }

    /** For {@code --check}: the invariant Consistent as an online check. */
    public static final class Consistent implements dev.lockstep.runtime.sim.OnlineCheck {
        public Optional<String> check(GlobalView view) { return consistent(view); }
    }

    public List<NodeId> rms() { return rms; }

    public String protocol() { return "TwoPhaseCommit"; }

    public String model() { return "rm" + rms.size(); }

    public NetworkSpec network() { return network; }

    public List<RoleDescriptor> roles() {
        return List.of(role("TM", List.of(TM)), role("ResourceManager", rms));
    }

    private RoleDescriptor role(String name, List<NodeId> nodes) {
        return new RoleDescriptor() {
            public String name() { return name; }

            public List<NodeId> nodes() { return nodes; }

            public RoleMachine<? extends ItfEncodable> machine(NodeId self) {
                return name.equals("TM") ? new TmMachine() : new RmMachine(self);
            }
        };
    }

    public Message messageFromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        String type = Itf.asString(Itf.field(r, "type"));
        NodeId src = Itf.asNode(Itf.field(r, "src"));
        NodeId dst = Itf.asNode(Itf.field(r, "dst"));
        return switch (type) {
            case "Prepared" -> new Prepared(src, dst, Itf.asNode(Itf.field(r, "rm")));
            case "Commit" -> new Commit(src, dst);
            case "Abort" -> new Abort(src, dst);
            default -> throw new MalformedValueException("unknown message type '" + type + "'");
        };
    }

    /** The spec's invariant Consistent, as a Java predicate over the global view. */
    public static Optional<String> consistent(GlobalView view) {
        NodeId aborted = null;
        NodeId committed = null;
        for (Map.Entry<NodeId, ItfEncodable> e : view.states().entrySet()) {
            if (e.getValue() instanceof RmState rm) {
                if (rm.state() == RmPhase.aborted) aborted = e.getKey();
                if (rm.state() == RmPhase.committed) committed = e.getKey();
            }
        }
        return aborted != null && committed != null
                ? Optional.of("Consistent: " + aborted + " aborted while " + committed + " committed")
                : Optional.empty();
    }

    private final class TmMachine implements RoleMachine<TmState> {
        public String role() { return "TM"; }

        public NodeId self() { return TM; }

        public List<TmState> initialStates() { return List.of(new TmState(TmPhase.init, new TreeSet<>())); }

        public List<Command> start(TmState initial) { return List.of(new Command.SetTimer("Abort", abortLow, abortHigh)); }

        private boolean everyonePrepared(TmState s) {
            return eagerCommit ? s.prepared().size() >= rms.size() - 1 : s.prepared().containsAll(rms);
        }

        private List<Command> toAll(boolean commit) {
            List<Command> out = new ArrayList<>();
            for (NodeId rm : rms) out.add(new Command.Send(commit ? new Commit(TM, rm) : new Abort(TM, rm)));
            return out;
        }

        /** The SetTimer contract: re-arm Abort whenever it is enabled in the new state. */
        private Step<TmState> step(TmState s, List<Command> sends) {
            List<Command> cmds = new ArrayList<>(sends);
            if (s.state() == TmPhase.init) cmds.add(new Command.SetTimer("Abort", abortLow, abortHigh));
            return new Step<>(s, cmds);
        }

        public List<ActionSpec<TmState>> actions() {
            return List.of(
                    receive("ReceivePrepared", "Prepared", (s, ps, m) -> s.state() == TmPhase.init, (s, ps, m) -> {
                        TreeSet<NodeId> p = new TreeSet<>(s.prepared());
                        p.add(((Prepared) m).rm());
                        return step(new TmState(s.state(), p), List.of());
                    }),
                    auto("Commit", (s, ps, m) -> s.state() == TmPhase.init && everyonePrepared(s),
                            (s, ps, m) -> step(new TmState(TmPhase.committed, s.prepared()), toAll(true))),
                    timer("Abort", abortLow, abortHigh, (s, ps, m) -> s.state() == TmPhase.init,
                            (s, ps, m) -> step(new TmState(TmPhase.aborted, s.prepared()), toAll(false))));
        }
    }

    private static final class RmMachine implements RoleMachine<RmState> {
        private final NodeId self;

        RmMachine(NodeId self) { this.self = self; }

        public String role() { return "ResourceManager"; }

        public NodeId self() { return self; }

        public List<RmState> initialStates() { return List.of(new RmState(RmPhase.working)); }

        public List<Command> start(RmState initial) { return List.of(); }

        public List<ActionSpec<RmState>> actions() {
            return List.of(
                    input("Prepare", (s, ps, m) -> s.state() == RmPhase.working,
                            (s, ps, m) -> new Step<>(new RmState(RmPhase.prepared),
                                    List.of(new Command.Send(new Prepared(self, TM, self))))),
                    input("ChooseAbort", (s, ps, m) -> s.state() == RmPhase.working,
                            (s, ps, m) -> new Step<>(new RmState(RmPhase.aborted), List.of())),
                    receive("ReceiveCommit", "Commit", (s, ps, m) -> true,
                            (s, ps, m) -> new Step<>(new RmState(RmPhase.committed), List.of())),
                    receive("ReceiveAbort", "Abort", (s, ps, m) -> true,
                            (s, ps, m) -> new Step<>(new RmState(RmPhase.aborted), List.of())));
        }
    }
}
