package dev.lockstep.examples.raftkv;

import dev.lockstep.examples.raftkv.generated.raft.RaftProtocol;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.durable.DurableStateException;
import dev.lockstep.runtime.netty.ClusterConfig;
import dev.lockstep.runtime.netty.ClusterConfigException;
import dev.lockstep.runtime.trace.TraceSink;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;

/**
 * The store's command line (docs/raft-kv.md):
 * <pre>
 * raft-kv serve --nodes 3 --data-dir DIR [--base-port 7300] [--only s1,s2] [--trace-dir DIR]
 * raft-kv put|get|cas ARGS... [--nodes 3] [--base-port 7300]
 * </pre>
 * Servers s1..sN listen for peers on base+i and for clients on base+100+i, on 127.0.0.1. Exit codes: 0 done, 1 the
 * command was not applied (cas mismatch, no answer), 2 bad usage.
 */
public final class RaftKvMain {
    private RaftKvMain() {}

    public static void main(String[] args) throws Exception {
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        // On Ctrl-C or kill: stop the servers and wait until they closed (traces flushed) before the JVM halts.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            try {
                stopped.await(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        int code = run(args, System.out, System.err, stop);
        stopped.countDown();
        System.exit(code);
    }

    /** Runs one command; {@code serve} runs until {@code stop} is released, then stops its servers. */
    static int run(String[] args, PrintStream out, PrintStream err, CountDownLatch stop) throws Exception {
        if (args.length == 0) return usage(err, "no command");
        Map<String, String> opts = new LinkedHashMap<>();
        List<String> words = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                if (i + 1 >= args.length) return usage(err, args[i] + " needs a value");
                opts.put(args[i], args[++i]);
            } else {
                words.add(args[i]);
            }
        }
        int nodes;
        int basePort;
        try {
            nodes = Integer.parseInt(opts.getOrDefault("--nodes", "3"));
            basePort = Integer.parseInt(opts.getOrDefault("--base-port", "7300"));
        } catch (NumberFormatException e) {
            return usage(err, "--nodes and --base-port take numbers: " + e.getMessage());
        }
        if (nodes != 3 && nodes != 5) return usage(err, "--nodes must be 3 or 5, not " + nodes);
        if (basePort < 1 || basePort + 100 + nodes > 65535) return usage(err, "--base-port " + basePort + " is out of range");
        Layout layout = new Layout(nodes, basePort);
        return switch (args[0]) {
            case "serve" -> serve(layout, opts, err, out, stop);
            case "get", "put", "cas" -> client(layout, args[0] + " " + String.join(" ", words), out, err);
            default -> usage(err, "unknown command " + args[0]);
        };
    }

    /** Where servers s1..sN listen on 127.0.0.1. */
    record Layout(int nodes, int basePort) {
        List<NodeId> servers() {
            List<NodeId> out = new ArrayList<>();
            for (int i = 1; i <= nodes; i++) out.add(NodeId.of("s" + i));
            return out;
        }

        ClusterConfig peers() {
            Map<NodeId, ClusterConfig.Member> m = new LinkedHashMap<>();
            for (int i = 1; i <= nodes; i++) m.put(NodeId.of("s" + i), new ClusterConfig.Member("127.0.0.1", basePort + i, "Server"));
            return ClusterConfig.unsecured(m).withInsecurePlaintext();
        }

        Map<NodeId, InetSocketAddress> clients() {
            Map<NodeId, InetSocketAddress> m = new LinkedHashMap<>();
            for (int i = 1; i <= nodes; i++) m.put(NodeId.of("s" + i), new InetSocketAddress("127.0.0.1", basePort + 100 + i));
            return m;
        }
    }

    private static int serve(Layout layout, Map<String, String> opts, PrintStream err, PrintStream out,
                             CountDownLatch stop) throws Exception {
        String dataDir = opts.get("--data-dir");
        if (dataDir == null) return usage(err, "serve needs --data-dir DIR (currentTerm, votedFor and the log live there)");
        List<NodeId> local = new ArrayList<>(layout.servers());
        if (opts.containsKey("--only")) {
            local = Arrays.stream(opts.get("--only").split(",")).map(String::trim).map(NodeId::of).toList();
            for (NodeId n : local) if (!layout.servers().contains(n)) return usage(err, "--only: no server " + n);
        }
        RaftProtocol protocol = RaftKvNode.protocol(new TreeSet<>(layout.servers()));
        List<AutoCloseable> running = new ArrayList<>();
        try {
            for (NodeId n : local) {
                TraceSink trace = opts.containsKey("--trace-dir")
                        ? ContinuedTrace.open(Path.of(opts.get("--trace-dir")).resolve(n.name() + ".ndjson")) : TraceSink.OFF;
                RaftKvNode kv = RaftKvNode.start(protocol, layout.peers(), n, trace, Path.of(dataDir), n.hashCode(),
                        layout.clients());
                running.add(0, kv);
                running.add(0, ClientListener.start(layout.clients().get(n), kv, 5_000));
                out.println("server " + n + ": peers on " + layout.peers().member(n).address() + ", clients on "
                        + layout.clients().get(n));
            }
        } catch (DurableStateException | ClusterConfigException | IllegalStateException | IOException e) {
            err.println("raft-kv serve: " + e.getMessage());
            closeAll(running);
            return 2;
        }
        try {
            stop.await();
        } finally {
            closeAll(running);
        }
        return 0;
    }

    private static void closeAll(List<AutoCloseable> running) {
        for (AutoCloseable c : running) {
            try {
                c.close();
            } catch (Exception ignored) {
                // shutting down
            }
        }
    }

    private static int client(Layout layout, String line, PrintStream out, PrintStream err) throws InterruptedException {
        KvCommand c;
        try {
            c = KvCommand.parse(line);
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        if (c == null) return usage(err, "expected get K | put K V | cas K EXPECTED V, got: " + line);
        try (KvClient client = new KvClient(List.copyOf(layout.clients().values()), 5_000)) {
            Reply r = client.execute(c);
            out.println(r.line());
            return r.kind() == Reply.Kind.VALUE || r.kind() == Reply.Kind.OK ? 0 : 1;
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("raft-kv: " + problem);
        err.println("usage: raft-kv serve --nodes 3|5 --data-dir DIR [--base-port 7300] [--only s1,s2] [--trace-dir DIR]");
        err.println("       raft-kv get K | put K V | cas K EXPECTED|absent V   [--nodes 3|5] [--base-port 7300]");
        err.println("       keys 0.." + (KvCommand.KEYS - 1) + ", values 0.." + KvCommand.MAX_VALUE);
        return 2;
    }
}
