package dev.lockstep.cli;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.netty.ClusterConfig;
import dev.lockstep.runtime.netty.ClusterConfigException;
import dev.lockstep.runtime.netty.NettyCluster;
import dev.lockstep.runtime.netty.NettyOptions;
import dev.lockstep.runtime.node.InputResult;
import dev.lockstep.runtime.trace.TraceSinks;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lockstep run}: starts nodes of a cluster file (or every node of the model on localhost) in this JVM over TCP,
 * calls the given inputs, runs for a while (or until interrupted), then shuts down cleanly and prints each node's
 * state and transport counters.
 */
@Command(name = "run", description = "Run a protocol's nodes over TCP (Netty), from a cluster file or all on "
        + "localhost, writing traces.")
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ProtocolSource source;

    @Option(names = "--cluster", paramLabel = "FILE",
            description = "The cluster file (JSON); default: every node of the model on 127.0.0.1, on free ports.")
    Path cluster;

    @Option(names = "--tls", description = "Insist on TLS with mutual authentication: the cluster file must have a "
            + "\"tls\" section (lockstep certs makes the files). Without --cluster TLS is the default anyway, with an "
            + "ephemeral CA made in memory.")
    boolean tls;

    @Option(names = "--insecure-plaintext", description = "No TLS: anyone who reaches a node's port can pose as a "
            + "node. For a cluster file without a \"tls\" section; without --cluster, turns off the ephemeral CA.")
    boolean insecurePlaintext;

    @Option(names = "--nodes", split = ",", paramLabel = "NODE,...",
            description = "The nodes this process runs (default: all of the cluster file).")
    List<String> nodes;

    @Option(names = "--input", paramLabel = "NODE:ACTION",
            description = "Call an input action once the nodes are up, in order; repeatable.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--seconds", paramLabel = "S",
            description = "Stop after this many seconds (default: run until interrupted).")
    Double seconds;

    @Option(names = "--seed", defaultValue = "0", description = "Seeds the nodes' choosers and timers (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--trace-dir", paramLabel = "DIR", description = "Write one NDJSON trace per node (DIR/NODE.ndjson).")
    Path traceDir;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ProtocolSource.Resolved resolved = source.resolve("run", format, out, err)) {
            if (resolved == null) return Main.BAD_INPUT;
            return run(resolved.protocol(), out, err);
        }
    }

    private int run(ProtocolDescriptor protocol, PrintWriter out, PrintWriter err) throws Exception {
        ClusterConfig config;
        List<NodeId> local = new ArrayList<>();
        List<String[]> calls = new ArrayList<>();
        try {
            config = RunTransport.choose(cluster == null ? LocalRun.localhost(protocol) : ClusterConfig.read(cluster),
                    cluster != null, tls, insecurePlaintext);
            config.validate(protocol);
            config.checkTransport();
            for (String n : nodes == null ? config.nodes().keySet().stream().map(NodeId::name).toList() : nodes) {
                config.member(NodeId.of(n));
                local.add(NodeId.of(n));
            }
            for (String in : inputs) {
                String[] parts = in.split(":", 2);
                if (parts.length != 2 || !local.contains(NodeId.of(parts[0].isEmpty() ? "?" : parts[0]))) {
                    throw new IllegalArgumentException("--input " + in + ": expected NODE:ACTION with a node this process runs");
                }
                calls.add(parts);
            }
        } catch (ClusterConfigException | IllegalArgumentException | UncheckedIOException e) {
            err.println("lockstep run: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        List<Map<String, Object>> inputResults = new ArrayList<>();
        NettyCluster running;
        try {
            running = NettyCluster.start(protocol, config, local,
                    traceDir == null ? TraceSinks.OFF : TraceSinks.directory(traceDir), NettyOptions.DEFAULTS, seed);
        } catch (ClusterConfigException | UncheckedIOException e) {
            err.println("lockstep run: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        // Ctrl-C: the hook asks the main thread to stop, and waits for it to report and close the nodes.
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stopped.countDown();
            try {
                finished.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "lockstep-run-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            if (format == OutputFormat.text) {
                out.println("Running " + protocol.protocol() + " (model " + protocol.model() + "): nodes " + local
                        + " over " + RunTransport.describe(config, cluster != null)
                        + (traceDir == null ? "" : ", traces in " + traceDir));
                out.flush();
            }
            for (String[] call : calls) {
                InputResult r = running.node(NodeId.of(call[0])).input(call[1]).get(10, TimeUnit.SECONDS);
                inputResults.add(Map.of("node", call[0], "action", call[1], "result", r.name()));
                if (format == OutputFormat.text) out.println("input " + call[0] + ":" + call[1] + " -> " + r);
                out.flush();
            }
            if (seconds != null) stopped.await(Math.round(seconds * 1000), TimeUnit.MILLISECONDS);
            else stopped.await();
            Map<String, Object> states = new TreeMap<>();
            LocalRun.report(running).forEach((n, r) -> states.put(n, r.json()));
            json.put("protocol", protocol.protocol());
            json.put("model", protocol.model());
            json.put("inputs", inputResults);
            json.put("nodes", states);
            running.close();
            if (format == OutputFormat.json) {
                out.println(Json.write(json));
            } else {
                @SuppressWarnings("unchecked")
                Map<String, Map<String, Object>> nodeStates = (Map<String, Map<String, Object>>) json.get("nodes");
                nodeStates.forEach((n, s) -> out.println(n + ": " + s.get("steps") + " steps, state "
                        + Json.write(s.get("state")).replaceAll("\\s+", " ") + "; " + s.get("transport")));
            }
            out.flush();
            return Main.HOLDS;
        } finally {
            running.close();
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running already and waits for finished
            }
        }
    }
}
