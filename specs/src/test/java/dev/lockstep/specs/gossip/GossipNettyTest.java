package dev.lockstep.specs.gossip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.conformance.ConformanceResult;
import dev.lockstep.conformance.TraceChecker;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.api.SpecValues;
import dev.lockstep.runtime.netty.ClusterConfig;
import dev.lockstep.runtime.netty.Clusters;
import dev.lockstep.runtime.netty.NettyCluster;
import dev.lockstep.runtime.netty.NettyOptions;
import dev.lockstep.runtime.node.NodeOptions;
import dev.lockstep.runtime.trace.TraceSinks;
import dev.lockstep.specs.gen.LibraryModels;
import dev.lockstep.runtime.api.SortedArrayMap;
import dev.lockstep.specs.generated.gossipstack.GossipStackConstants;
import dev.lockstep.specs.generated.gossipstack.GossipStackProtocol;
import dev.lockstep.specs.generated.leadertree.LeaderTreeConstants;
import dev.lockstep.specs.generated.leadertree.LeaderTreeProtocol;
import dev.lockstep.specs.generated.minfindercomposed.MinFinderComposedProtocol;
import dev.lockstep.specs.generated.minfinderpairwise.MinFinderPairwiseConstants;
import dev.lockstep.specs.generated.minfinderpairwise.MinFinderPairwiseProtocol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated gossip specs on 10+ Netty nodes on 127.0.0.1 (plaintext loopback, free ports): every node gossips about
 * once per 50 ms round with a peer drawn from its view, one exchange at a time, until the case's convergence
 * predicate holds over the nodes' states; then every node's trace is checked against the spec's model, each exchange
 * mapped back to one atomic step. The specs have no {@code may fail}, so a half-applied exchange (a timeout after
 * the receiver committed) would diverge: the timeout is long (10 s), since nothing is lost on a live connection.
 *
 * <p>A new gossip spec is one more {@link Case}: the spec file (under {@code specs/}), the model its traces are
 * checked against (optionally a model appended to a copy of the file, for a node count the file does not have), the
 * generated protocol for that model, and when its nodes have converged (over their ITF states; a node of several
 * roles, as in a layered stack, has one record per role: {@code "Tree.root"}).
 */
class GossipNettyTest {
    /** The nodes' local states as ITF records (variable name to value), by node. */
    interface Converged extends Predicate<Map<NodeId, Map<String, Object>>> {}

    /**
     * One spec on Netty. {@code extraModel}, when not null, is appended to a copy of {@code file}: a model the file
     * does not declare, which {@code protocol} was built for.
     */
    record Case(String file, String model, String extraModel, Supplier<ProtocolDescriptor> protocol,
                Converged converged) {
        @Override
        public String toString() { return file + "/" + model; }
    }

    static Stream<Case> cases() {
        return Stream.of(
                // push-pull MinFinder, 12 nodes: every node holds the least initial value
                new Case("minfinder-pairwise.lstep", "twelve", "model twelve {\n  Nodes = {" + String.join(", ",
                        names(12)) + "}  Values = {1, 2, 3, 4, 5}\n}\n", () -> new MinFinderPairwiseProtocol("twelve",
                        new MinFinderPairwiseConstants(SpecValues.setOf(ids(12).toArray(NodeId[]::new)),
                                SpecValues.setOf(1L, 2L, 3L, 4L, 5L))),
                        states -> allEqual(states, "val", least(states, "init"))),
                // two MinFinders in a correlated merge, 20 nodes (model sim): both minima everywhere
                new Case("minfinder-composed.lstep", "sim", null, () -> MinFinderComposedProtocol.forModel("sim"),
                        states -> allEqual(states, "minAddr", 1) && allEqual(states, "minMem", 1)),
                // two layers on every node (Leader, and Tree reading it), a ring of 12: the least address's tree
                new Case("leader-tree.lstep", "ring12", LeaderTreeRing.MODEL, LeaderTreeRing::protocol,
                        states -> allEqual(states, "Leader.leader", 1) && allEqual(states, "Tree.root", 1)),
                // the four-layer stack in one n-ary correlated merge, a ring of 12: leader, tree, count and label
                // all built (the root n12 counts every node, the labels are 0..11)
                new Case("gossip-stack.lstep", "ring12", StackRing.MODEL, StackRing::protocol,
                        states -> allEqual(states, "leader", 1) && allEqual(states, "root", 1)
                                && Itf.asLong(states.get(NodeId.of("n" + StackRing.N)).get("count")) == StackRing.N
                                && labels(states).equals(LongStream.range(0, StackRing.N).boxed().collect(Collectors.toSet()))));
    }

    /** A ring of 12 for specs/gossip-stack.lstep, numbered as {@link LeaderTreeRing}: the least address is n12's. */
    static final class StackRing {
        static final int N = LeaderTreeRing.N;
        static final String MODEL = LeaderTreeRing.MODEL.replace("check DistancesBounded, RootsAtZero", "check HopsBounded");

        static ProtocolDescriptor protocol() {
            Map<NodeId, Long> addr = new TreeMap<>();
            Map<NodeId, Set<NodeId>> links = new TreeMap<>();
            LeaderTreeRing.fill(addr, links);
            return new GossipStackProtocol("ring12", new GossipStackConstants(SpecValues.setOf(ids(N).toArray(NodeId[]::new)),
                    SortedArrayMap.copyOf(addr), SortedArrayMap.copyOf(links), N));
        }
    }

    static Set<Long> labels(Map<NodeId, Map<String, Object>> states) {
        return states.values().stream().map(s -> Itf.asLong(s.get("label"))).collect(Collectors.toSet());
    }

    /** A ring of 12 for specs/leader-tree.lstep: node n(i) has address 13 - i, so the least (1) is n12. */
    static final class LeaderTreeRing {
        static final int N = 12;
        static final String MODEL = model();

        private static String model() {
            StringBuilder addr = new StringBuilder();
            StringBuilder links = new StringBuilder();
            for (int i = 1; i <= N; i++) {
                addr.append(i == 1 ? "" : " @@ ").append("n").append(i).append(" :> ").append(N + 1 - i);
                links.append(i == 1 ? "" : " @@ ").append("n").append(i).append(" :> {n").append(prev(i)).append(", n")
                        .append(next(i)).append('}');
            }
            return "model ring12 {\n  Nodes = {" + String.join(", ", names(N)) + "}\n  Addr = " + addr + "\n  Links = "
                    + links + "\n  Far = " + N + "\n  check DistancesBounded, RootsAtZero\n}\n";
        }

        static int prev(int i) { return i == 1 ? N : i - 1; }

        static int next(int i) { return i == N ? 1 : i + 1; }

        /** Addresses and links of the ring, as {@link #MODEL} writes them. */
        static void fill(Map<NodeId, Long> addr, Map<NodeId, Set<NodeId>> links) {
            for (int i = 1; i <= N; i++) {
                addr.put(NodeId.of("n" + i), (long) (N + 1 - i));
                links.put(NodeId.of("n" + i), SpecValues.setOf(NodeId.of("n" + prev(i)), NodeId.of("n" + next(i))));
            }
        }

        static ProtocolDescriptor protocol() {
            Map<NodeId, Long> addr = new TreeMap<>();
            Map<NodeId, Set<NodeId>> links = new TreeMap<>();
            fill(addr, links);
            return new LeaderTreeProtocol("ring12", new LeaderTreeConstants(SpecValues.setOf(ids(N).toArray(NodeId[]::new)),
                    SortedArrayMap.copyOf(addr), SortedArrayMap.copyOf(links), N));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void nodesConvergeOverNettyAndTheirTracesConform(Case c, @TempDir Path tmp) throws Exception {
        Path spec = Path.of(c.file());
        if (c.extraModel() != null) {
            spec = Files.writeString(tmp.resolve(c.file()), Files.readString(spec) + "\n" + c.extraModel());
        }
        ModelInstance model = LibraryModels.bind(LibraryModels.load(spec), c.model());
        ProtocolDescriptor protocol = c.protocol().get();
        NettyOptions d = NettyOptions.DEFAULTS;
        NettyOptions options = new NettyOptions(d.maxFrameBytes(), d.maxPendingPerPeer(), d.reconnectMinMillis(),
                d.reconnectMaxMillis(), d.ackDelayMillis(), d.timerSeed(), NodeOptions.DEFAULTS.withExchanges(50, 10_000));
        Path traces = tmp.resolve("traces");
        long t0 = System.nanoTime();
        int nodes;
        try (NettyCluster cluster = NettyCluster.startAll(protocol, ClusterConfig.loopback(protocol).withInsecurePlaintext(),
                TraceSinks.directory(traces), options, 7)) {
            nodes = cluster.nodes().size();
            assertTrue(nodes >= 10, c + " runs " + nodes + " nodes");
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (true) {
                Map<NodeId, Map<String, Object>> states = states(cluster);
                if (c.converged().test(states)) break;
                assertTrue(System.nanoTime() < deadline, c + " not converged within 30 s: " + states);
                Thread.sleep(20);
            }
        }
        long converged = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(List.of(), Clusters.liveNodeThreads(), "every node thread has stopped");
        ConformanceResult r = TraceChecker.check(model, List.of(traces));
        assertTrue(r.conforms(), c + ": " + r.divergence());
        assertTrue(r.events() > nodes * 3L, "events: " + r.events());
        System.out.println(c + " over Netty: " + nodes + " nodes converged in " + converged + " ms; " + r.events()
                + " trace events conform (checked in " + r.elapsed().toMillis() + " ms)");
    }

    @SuppressWarnings("unchecked")
    static Map<NodeId, Map<String, Object>> states(NettyCluster cluster) throws InterruptedException {
        Map<NodeId, Map<String, Object>> out = new TreeMap<>();
        for (NodeId id : cluster.nodes().keySet()) {
            out.put(id, (Map<String, Object>) cluster.state(id, ItfEncodable.class).toItf());
        }
        return out;
    }

    /** Whether {@code var} is {@code value} at every node; {@code Role.var} for a node of several roles. */
    static boolean allEqual(Map<NodeId, Map<String, Object>> states, String var, long value) {
        return states.values().stream().allMatch(s -> Itf.asLong(value(s, var)) == value);
    }

    /** {@code var} of a node's ITF state; a node of several roles has one record per role ({@code Role.var}). */
    @SuppressWarnings("unchecked")
    static Object value(Map<String, Object> state, String var) {
        int dot = var.indexOf('.');
        return dot < 0 ? state.get(var) : ((Map<String, Object>) state.get(var.substring(0, dot))).get(var.substring(dot + 1));
    }

    static long least(Map<NodeId, Map<String, Object>> states, String var) {
        return states.values().stream().mapToLong(s -> Itf.asLong(s.get(var))).min().orElseThrow();
    }

    static List<String> names(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) out.add("n" + i);
        return out;
    }

    static List<NodeId> ids(int n) { return names(n).stream().map(NodeId::of).toList(); }
}
