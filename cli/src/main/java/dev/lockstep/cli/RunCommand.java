package dev.lockstep.cli;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.netty.ClusterConfig;
import dev.lockstep.runtime.netty.ClusterConfigException;
import dev.lockstep.runtime.durable.DurableStateException;
import dev.lockstep.runtime.netty.NettyCluster;
import dev.lockstep.runtime.netty.NettyOptions;
import dev.lockstep.runtime.node.InputResult;
import dev.lockstep.runtime.trace.TraceSinks;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code lockstep run}: starts nodes of a cluster file (or every node of the model on localhost) in this JVM over TCP,
 * calls the given inputs, runs for a while (or until interrupted), then shuts down cleanly and prints each node's
 * state and transport counters.
 */
@Command(name = "run", description = "Run a protocol's nodes over TCP (Netty), from a cluster file or all on "
        + "localhost, writing traces.")
final class RunCommand implements Callable<Integer> {
    @Mixin
    ProtocolSource source;

    @Mixin
    RunTransport transport;

    @Option(names = "--nodes", split = ",", paramLabel = "NODE,...",
            description = "The nodes this process runs (default: all of the cluster file).")
    List<String> nodes;

    @Option(names = "--input", paramLabel = "NODE:ACTION[(p=v,...)]",
            description = "Call an input action of a node this process runs once the nodes are up, in order; "
                    + "repeatable. Parameters are all given or none (the node chooses): r1:Prepare, "
                    + "r1:Propose(v=2, to=r2); values are integers, TRUE/FALSE, node names, enum labels or \"strings\".")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--seconds", paramLabel = "TIME",
            description = "Stop after TIME, e.g. 10 (seconds), 500ms, 2m (default: run until interrupted).")
    Duration runFor;

    @Option(names = "--seed", defaultValue = "0", description = "Seeds the nodes' choosers and timers (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--trace-dir", paramLabel = "DIR", description = "Write one NDJSON trace per node (DIR/NODE.ndjson).")
    Path traceDir;

    @Option(names = "--trace-deltas",
            description = "With --trace-dir: write a state variable whose sequence extends its value in the node's "
                    + "previous event as {\"#extends\": n, \"#append\": [...]} (docs/runtime.md, \"Sequence deltas\"), "
                    + "so that an event costs what changed, not the sequence's length.")
    boolean traceDeltas;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Keep each node's durable variables in DIR/NODE.durable.json and its journal "
                    + "DIR/NODE.durable.journal, written and synced before a step's messages leave; a node whose "
                    + "files are there recovers from them, as after a crash "
                    + "(docs/runtime.md, \"Durable state\").")
    Path dataDir;

    @Mixin
    LinkFaultsOption linkFaults;

    @Mixin
    Output output;

    @Override
    public Integer call() throws Exception {
        if (traceDeltas && traceDir == null) {
            throw output.fail("--trace-deltas needs --trace-dir (the traces it shapes)");
        }
        output.writableDirectory("--trace-dir", traceDir);
        output.writableDirectory("--data-dir", dataDir);
        try (ProtocolSource.Resolved resolved = source.resolve(output)) {
            RunReport report = run(resolved.protocol());
            output.emit(report);
            // A parameter value outside its domain is the user's input error: the run is reported, then exit 2.
            return report.badValue() ? ExitCodes.BAD_INPUT : ExitCodes.HOLDS;
        }
    }

    /** Calls one input on its node's thread, its parameter values matched against their domains in that state. */
    private static InputResult call(NettyCluster running, ProtocolDescriptor protocol, InputCall call)
            throws Exception {
        var action = InputCall.action(protocol, call.node(), call.action());
        var outcome = running.node(call.node()).inspect(core -> {
            try {
                return core.input(call.action(), call.values(action, core.state()));
            } catch (InputCall.BadInputCall e) {
                return e;
            }
        }).get(10, TimeUnit.SECONDS);
        if (outcome instanceof InputCall.BadInputCall e) throw e;
        return (InputResult) outcome;
    }

    private RunReport run(ProtocolDescriptor protocol) throws Exception {
        ClusterConfig config;
        List<NodeId> local = new ArrayList<>();
        List<InputCall> calls = new ArrayList<>();
        NettyOptions options;
        try {
            config = transport.choose(protocol);
            config.validate(protocol);
            config.checkTransport();
            for (String n : nodes == null ? config.nodes().keySet().stream().map(NodeId::name).toList() : nodes) {
                config.member(NodeId.of(n));
                local.add(NodeId.of(n));
            }
            for (String in : inputs) calls.add(InputCall.parse(in, protocol, local));
            options = NettyOptions.DEFAULTS.withLinkFaults(linkFaults.resolve(protocol, seed));
        } catch (ClusterConfigException | IllegalArgumentException | UncheckedIOException | InputCall.BadInputCall e) {
            throw output.fail(e.getMessage());
        }
        NettyCluster running;
        try {
            running = NettyCluster.start(protocol, config, local,
                    traceDir == null ? TraceSinks.OFF : TraceSinks.directory(traceDir, traceDeltas), options, seed,
                    dataDir);
        } catch (ClusterConfigException | UncheckedIOException | DurableStateException e) {
            throw output.fail(e.getMessage());
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
            output.textLine("Running " + protocol.protocol() + " (model " + protocol.model() + "): nodes " + local
                    + " over " + transport.describe(config)
                    + (traceDir == null ? "" : ", traces in " + traceDir));
            List<RunReport.InputOutcome> outcomes = new ArrayList<>();
            for (InputCall call : calls) {
                RunReport.InputOutcome o;
                try {
                    o = new RunReport.InputOutcome(call, call(running, protocol, call), null);
                } catch (InputCall.BadInputCall e) {
                    o = new RunReport.InputOutcome(call, InputResult.NOT_ENABLED, e.getMessage());
                }
                outcomes.add(o);
                output.textLine(o.text());
            }
            if (runFor != null) stopped.await(runFor.toMillis(), TimeUnit.MILLISECONDS);
            else stopped.await();
            Map<String, LocalRun.NodeReport> reports = LocalRun.report(running);
            running.close();
            return new RunReport(protocol.protocol(), protocol.model(), outcomes, reports);
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
