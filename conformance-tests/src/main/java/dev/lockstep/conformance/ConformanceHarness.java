package dev.lockstep.conformance;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Runs an implementation's seeded schedules and checks every trace against one model. With files (the default) each
 * run writes {@code <node>.ndjson} files into a fresh directory that is checked by {@link TraceChecker} and deleted
 * when it conforms, or kept (and named in the failure) so that the divergence can be inspected and replayed. Online,
 * every event goes to a {@link ConformanceMonitor} as it is recorded, through a {@link HappensBeforeFeed}, so the
 * implementation's nodes may run on threads of their own. The first diverging seed stops the run.
 */
public final class ConformanceHarness {
    /** The outcome for one seed that diverged. */
    public record Failure(long seed, ConformanceResult result, Path traceDir) {}

    /**
     * What a harness checked: how many seeds ran, how many trace events were replayed through the spec, and how many
     * seeds diverged.
     */
    public record Summary(int seeds, long events, int diverged) {}

    private final ModelInstance model;
    private final long firstSeed;
    private final int seeds;
    private final boolean online;
    private final Path workDir;
    private int seedsChecked;
    private long eventsChecked;
    private int diverged;

    public ConformanceHarness(ModelInstance model, long firstSeed, int seeds, boolean online, Path workDir) {
        this.model = model;
        this.firstSeed = firstSeed;
        this.seeds = seeds;
        this.online = online;
        this.workDir = workDir;
    }

    /** Loads {@code specFile} and binds {@code modelName}; a spec with errors is an {@link IllegalArgumentException}. */
    public static ModelInstance load(Path specFile, String modelName) {
        Frontend.Compilation c = Frontend.load(specFile);
        List<Diagnostic> problems = new ArrayList<>(c.diagnostics());
        Optional<ModelInstance> m = Optional.empty();
        if (c.ok()) {
            var bound = ModelInstance.bind(c.spec().get(), modelName);
            problems.addAll(bound.diagnostics());
            m = bound.toOptional();
        }
        if (m.isEmpty() || problems.stream().anyMatch(Diagnostic::isError)) {
            throw new IllegalArgumentException("cannot load " + specFile + " model " + modelName + ":\n"
                    + DiagnosticPrinter.render(problems));
        }
        return m.get();
    }

    public ModelInstance model() { return model; }

    /** Runs every seed; returns the first failure, or null when every trace conforms. */
    public Failure firstFailure(SeededSchedules implementation) throws Exception {
        if (implementation instanceof SeededSchedules.Simulated sim) checkNodes(sim.protocol());
        for (long seed = firstSeed; seed < firstSeed + seeds; seed++) {
            Failure f = online ? runOnline(implementation, seed) : runWithFiles(implementation, seed);
            seedsChecked++;
            if (f != null) {
                diverged++;
                return f;
            }
        }
        return null;
    }

    /**
     * Runs every seed and throws an {@link AssertionError} naming the seed and the divergence when one fails;
     * otherwise returns how many seeds and events were checked.
     */
    public Summary check(SeededSchedules implementation) throws Exception {
        Failure f = firstFailure(implementation);
        if (f != null) throw new AssertionError(describe(f));
        return summary();
    }

    /** The seeds and events checked so far by this harness, over all its runs. */
    public Summary summary() { return new Summary(seedsChecked, eventsChecked, diverged); }

    public String describe(Failure f) {
        String where = f.traceDir() == null ? "" : "; its traces are kept in " + f.traceDir();
        String again = f.traceDir() == null ? "" : "check them again with: lockstep conform "
                + model.spec().file().name() + " --model " + model.model().name() + " " + f.traceDir() + "\n";
        return modelMismatch(f.result().divergence()) + "seed " + f.seed() + " does not conform to "
                + model.spec().name() + " model " + model.model().name() + where + "\n"
                + ConformanceReport.divergence(f.result().divergence()) + again;
    }

    /** The model's nodes, role by role in the spec's order. */
    private List<String> modelNodes() {
        List<String> nodes = new ArrayList<>();
        for (var role : model.spec().roles()) {
            for (var node : model.nodes(role.index())) nodes.add(node.show());
        }
        return nodes;
    }

    /** A descriptor built for other nodes than the model's (another model) fails before any seed runs. */
    private void checkNodes(ProtocolDescriptor protocol) {
        List<String> runs = protocol.nodes().stream().map(NodeId::name).toList();
        List<String> expected = modelNodes();
        if (Set.copyOf(runs).equals(Set.copyOf(expected))) return;
        throw new AssertionError("model mismatch: the implementation is " + protocol.protocol() + " model "
                + protocol.model() + " with nodes " + runs + ", but the test checks " + model.spec().name() + " model "
                + model.model().name() + " with nodes " + expected + "; name the same model in the test "
                + "(@LockstepConformance(model = ...)) and the descriptor (forModel(...))");
    }

    /**
     * A trace of a node the model does not have means the implementation was set up for another model (other node
     * names or counts), not that it broke the protocol: say so first, so the report does not read like a bug.
     */
    private String modelMismatch(Divergence d) {
        if (d == null || d.reason() != Divergence.Reason.UNKNOWN_NAME || d.node() == null) return "";
        List<String> nodes = modelNodes();
        if (nodes.contains(d.node())) return "";
        return "model mismatch: the implementation runs node " + d.node() + ", which model " + model.model().name()
                + " of " + model.spec().name() + " does not have (its nodes are " + nodes + "); check that the "
                + "model named in the test (@LockstepConformance(model = ...)) is the one the implementation is "
                + "configured for\n";
    }

    private Failure runWithFiles(SeededSchedules implementation, long seed) throws Exception {
        Path dir = Files.createDirectories(workDir.resolve("seed-" + seed));
        try (NdjsonTraceSinks sinks = new NdjsonTraceSinks(dir)) {
            implementation.run(seed, sinks);
        }
        ConformanceResult r = TraceChecker.check(model, List.of(dir));
        eventsChecked += r.events();
        if (r.conforms()) {
            deleteTree(dir);
            return null;
        }
        return new Failure(seed, r, dir);
    }

    private Failure runOnline(SeededSchedules implementation, long seed) throws Exception {
        ConformanceMonitor monitor = new ConformanceMonitor(model);
        HappensBeforeFeed feed = new HappensBeforeFeed(monitor, "seed " + seed + " (online)");
        long start = System.nanoTime();
        implementation.run(seed, node -> feed.sink());
        Divergence d = feed.finish();
        eventsChecked += monitor.eventsChecked();
        if (d == null) return null;
        return new Failure(seed, new ConformanceResult(ConformanceResult.Status.DIVERGES, monitor.eventsChecked(),
                List.of(), d, java.time.Duration.ofNanos(System.nanoTime() - start)), null);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
