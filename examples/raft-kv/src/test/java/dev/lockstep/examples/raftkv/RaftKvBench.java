package dev.lockstep.examples.raftkv;

import dev.lockstep.examples.raftkv.generated.raft.RaftProtocol;
import dev.lockstep.examples.raftkv.generated.raft.ServerState;
import dev.lockstep.examples.raftkv.generated.raft.Status;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.netty.ClusterConfig;
import dev.lockstep.runtime.trace.TraceSink;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The store's benchmark (docs/benchmarks.md): 3 servers on 127.0.0.1 (no proxies), C closed-loop clients doing
 * puts for S seconds, tracing off or on: throughput and p50/p99 latency; then the leader is killed and the time until
 * a put succeeds again is measured; then the healthy cluster is watched for W seconds and its elections counted.
 * Arguments: clients seconds tracing(on|full|off) watchSeconds [durable|memory]; {@code on} traces as the store does,
 * with sequence deltas (docs/runtime.md "Sequence deltas"), {@code full} in the plain format, for comparison.
 */
public final class RaftKvBench {
    /** Answers other than OK during the measured runs, by kind and reason. */
    static final Map<String, Integer> OTHER = new java.util.concurrent.ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        boolean tracing = args.length > 2 && (args[2].equals("on") || args[2].equals("full"));
        boolean deltas = tracing && args[2].equals("on");
        int watch = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        boolean durable = args.length <= 4 || !args[4].equals("memory"); // memory: no --data-dir, no fsync
        Path dir = Files.createTempDirectory("raft-kv-bench");
        Cluster cluster = Cluster.start(dir, tracing, deltas, durable);
        Map<NodeId, RaftKvNode> nodes = cluster.nodes();
        NodeId leader = awaitLeader(nodes, null);
        List<InetSocketAddress> addresses = cluster.addresses();
        // warm-up, then the measured run
        run(addresses, clients, 2);
        long[] lat = run(addresses, clients, seconds);
        Arrays.sort(lat);
        System.out.printf("raft-kv bench: clients %d, %d s, tracing %s, %s: %s%n",
                clients, seconds, tracing ? deltas ? "on" : "full" : "off", durable ? "durable" : "memory",
                summary(lat, seconds));
        if (!OTHER.isEmpty()) System.out.println("raft-kv bench: other answers " + OTHER);
        for (RaftKvNode kv : nodes.values()) {
            ServerState s = kv.state();
            System.out.printf("raft-kv bench: %s %s term %d, log %d, commit %d, inbox %d%n", kv.self(), s.status(),
                    s.currentTerm(), s.log().size(), s.commitIndex(), kv.raft().read(c -> c.inbox().size()));
        }
        long termBefore = maxTerm(nodes);
        if (watch > 0) {
            Thread.sleep(watch * 1000L);
            System.out.printf("raft-kv bench: healthy for %d s: %d new terms (elections)%n", watch, maxTerm(nodes) - termBefore);
            try (KvClient c = new KvClient(addresses, 10_000)) {
                long t0 = System.nanoTime();
                Reply r = c.execute(KvCommand.put(0, 2));
                System.out.printf("raft-kv bench: then a put: %s after %.0f ms; leader inbox %d messages%n", r.line(),
                        (System.nanoTime() - t0) / 1e6, nodes.get(leader).raft().read(core -> core.inbox().size()));
            }
        }
        leader = awaitLeader(nodes, null); // the leader now (elections may have happened)
        long killed = System.nanoTime();
        nodes.remove(leader).close();
        NodeId next = awaitLeader(nodes, leader);
        long elected = System.nanoTime();
        try (KvClient c = new KvClient(addresses, 10_000)) {
            Reply r = c.execute(KvCommand.put(0, 1));
            System.out.printf("raft-kv bench: leader %s killed: new leader %s after %.0f ms, first put (%s) after %.0f ms%n",
                    leader, next, (elected - killed) / 1e6, r.line(), (System.nanoTime() - killed) / 1e6);
        }
        cluster.close();
        if (tracing) printTraceSizes(dir.resolve("traces"));
    }

    /** Events and bytes of the traces: per event on average, and the last event of each file (the longest log). */
    static void printTraceSizes(Path traces) throws java.io.IOException {
        try (var files = Files.list(traces)) {
            for (Path f : files.sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                long bytes = Files.size(f);
                System.out.printf("raft-kv bench: trace %s: %d events, %d bytes, %d bytes/event, last event %d bytes%n",
                        f.getFileName(), lines.size(), bytes, bytes / Math.max(1, lines.size()),
                        lines.isEmpty() ? 0 : lines.getLast().length() + 1);
            }
        }
    }

    /**
     * A running store: 3 servers on 127.0.0.1 (no proxies), each with its client listener; {@code nodes} is mutable
     * (the benchmark removes the leader it kills).
     */
    record Cluster(Map<NodeId, RaftKvNode> nodes, List<ClientListener> listeners, List<InetSocketAddress> addresses)
            implements AutoCloseable {
        static Cluster start(Path dir, boolean tracing, boolean durable) throws Exception {
            return start(dir, tracing, true, durable);
        }

        static Cluster start(Path dir, boolean tracing, boolean deltas, boolean durable) throws Exception {
            List<NodeId> servers = List.of(NodeId.of("s1"), NodeId.of("s2"), NodeId.of("s3"));
            Map<NodeId, ClusterConfig.Member> members = new LinkedHashMap<>();
            Map<NodeId, InetSocketAddress> clientAddresses = new LinkedHashMap<>();
            for (NodeId n : servers) {
                members.put(n, new ClusterConfig.Member("127.0.0.1", freePort(), "Server"));
                clientAddresses.put(n, new InetSocketAddress("127.0.0.1", freePort()));
            }
            ClusterConfig peers = ClusterConfig.unsecured(members).withInsecurePlaintext();
            RaftProtocol protocol = RaftKvNode.protocol(new TreeSet<>(servers));
            Map<NodeId, RaftKvNode> nodes = new LinkedHashMap<>();
            List<ClientListener> listeners = new ArrayList<>();
            for (NodeId n : servers) {
                TraceSink trace = tracing
                        ? ContinuedTrace.open(dir.resolve("traces").resolve(n.name() + ".ndjson"), deltas)
                        : TraceSink.OFF;
                RaftKvNode kv = RaftKvNode.start(protocol, peers, n, trace, durable ? dir.resolve("data") : null,
                        n.hashCode(), clientAddresses);
                nodes.put(n, kv);
                listeners.add(ClientListener.start(clientAddresses.get(n), kv, 5_000));
            }
            return new Cluster(nodes, listeners, List.copyOf(clientAddresses.values()));
        }

        /** Whether a server leads within {@code millis} (elections may livelock on a loaded machine). */
        boolean awaitLeader(long millis) throws InterruptedException {
            long end = System.currentTimeMillis() + millis;
            do {
                for (RaftKvNode kv : nodes.values()) if (kv.state().status() == Status.leader) return true;
                Thread.sleep(2);
            } while (System.currentTimeMillis() < end);
            return false;
        }

        /** The highest term of any server: how many elections there have been. */
        long maxTerm() throws InterruptedException { return RaftKvBench.maxTerm(nodes); }

        @Override
        public void close() {
            listeners.forEach(ClientListener::close);
            nodes.values().forEach(RaftKvNode::close);
        }
    }

    /** Puts, ops/s, p50 and p99 of a run's latencies (ns) over {@code seconds}. */
    static String summary(long[] lat, double seconds) {
        if (lat.length == 0) return "0 puts";
        long[] s = lat.clone();
        Arrays.sort(s);
        return String.format("%d puts, %.0f ops/s, p50 %.1f ms, p99 %.1f ms", s.length, s.length / seconds,
                s[s.length / 2] / 1e6, s[(int) (s.length * 0.99)] / 1e6);
    }

    /** {@code clients} closed-loop clients doing random puts for {@code seconds}: the latencies (ns) of the OKs. */
    static long[] run(List<InetSocketAddress> addresses, int clients, int seconds) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        List<long[]> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            long[][] slot = new long[1][];
            Random r = new Random(i);
            Thread t = new Thread(() -> {
                long[] lat = new long[1 << 20];
                int n = 0;
                try (KvClient c = new KvClient(addresses, 5_000)) {
                    while (!stop.get()) {
                        long t0 = System.nanoTime();
                        Reply rep = c.execute(KvCommand.put(r.nextInt(KvCommand.KEYS), r.nextInt(KvCommand.MAX_VALUE)));
                        if (rep.kind() == Reply.Kind.OK && n < lat.length) lat[n++] = System.nanoTime() - t0;
                        else OTHER.merge(rep.kind() + " " + rep.detail(), 1, Integer::sum);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                synchronized (perClient) {
                    perClient.add(Arrays.copyOf(lat, n));
                }
            });
            t.start();
            threads.add(t);
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Thread t : threads) t.join();
        return perClient.stream().flatMapToLong(Arrays::stream).toArray();
    }

    /** The first leader other than {@code not}; stops the benchmark after 60 s without one. */
    private static NodeId awaitLeader(Map<NodeId, RaftKvNode> nodes, NodeId not) throws InterruptedException {
        long end = System.currentTimeMillis() + 60_000;
        while (true) {
            if (System.currentTimeMillis() > end) {
                System.out.println("raft-kv bench: no leader within 60 s; terms now " + maxTerm(nodes));
                System.exit(1);
            }
            for (RaftKvNode kv : nodes.values()) {
                ServerState s = kv.state();
                if (s.status() == Status.leader && !kv.self().equals(not)) return kv.self();
            }
            Thread.sleep(2);
        }
    }

    private static long maxTerm(Map<NodeId, RaftKvNode> nodes) throws InterruptedException {
        long t = 0;
        for (RaftKvNode kv : nodes.values()) t = Math.max(t, kv.state().currentTerm());
        return t;
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
