package dev.lockstep.cli;

import dev.lockstep.lang.Frontend;
import dev.lockstep.invariants.calm.UpwardClosure;
import dev.lockstep.lang.analysis.Monotonicity;
import dev.lockstep.lang.analysis.MonotonicityReport;
import dev.lockstep.lang.analysis.Partitioning;
import dev.lockstep.lang.analysis.Placement;
import dev.lockstep.lang.ir.CheckedSpec;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "analyze", description = "Analyse a spec's structure (docs/analyses.md): --monotonicity classifies "
        + "every action and role as monotone or not (CALM) and names each coordination point; --partition finds the "
        + "key each role can be sharded by, or the spec lines that prevent it; --placement (with --model) says which "
        + "nodes must feed each combiner (one per group when its input is stable per group). Exit 0 when the analysis ran, "
        + "whatever it found; 2 on bad input.")
final class AnalyzeCommand implements Callable<Integer> {
    @Mixin
    SpecFile file;

    @Option(names = "--model", paramLabel = "NAME", description = "With --monotonicity: check with Z3, on this "
            + "model, the guards the syntactic test does not show upward-closed. With --partition: checked to bind.")
    String model;

    @Option(names = "--monotonicity", description = "Which actions and roles are monotone; the coordination points.")
    boolean monotonicity;

    @Option(names = "--partition", description = "By which key each role can be sharded, or why not.")
    boolean partition;

    @Option(names = "--placement", description = "With --model: which nodes must feed each combiner (seed 000).")
    boolean placement;

    @Option(names = "--role", paramLabel = "ROLE", description = "With --partition: only this role.")
    String role;

    @Mixin
    Output output;

    @Override
    public Integer call() {
        if ((monotonicity ? 1 : 0) + (partition ? 1 : 0) + (placement ? 1 : 0) != 1) {
            throw output.refuse("choose one analysis: --monotonicity, --partition or --placement");
        }
        if (placement && model == null) throw output.refuse("--placement needs --model: it counts the model's nodes");
        if (role != null && !partition) throw output.refuse("--role applies to --partition only");
        LoadedModel loaded = model == null ? null : file.load(model, output);
        if (loaded != null) output.warnings(loaded.warnings());
        CheckedSpec spec = loaded == null ? compile() : loaded.spec();
        if (placement) {
            output.emit(AnalysisReports.placements(file.toString(), Placement.analyze(loaded.instance())));
            return ExitCodes.HOLDS;
        }
        if (monotonicity) {
            MonotonicityReport report = Monotonicity.analyze(spec);
            // With a model, Z3 re-decides the guards the syntactic test could not show upward-closed.
            if (loaded != null) report = new UpwardClosure(loaded.instance(), Z3_TIMEOUT).refine(report);
            output.emit(AnalysisReports.monotone(file.toString(), report));
            return ExitCodes.HOLDS;
        }
        List<CheckedSpec.Role> roles = spec.roles();
        if (role != null) {
            List<String> names = spec.roles().stream().map(CheckedSpec.Role::name).toList();
            roles = spec.role(role).map(List::of).orElseThrow(() -> output.refuse("no role " + role + " in "
                    + file + "; its roles: " + String.join(", ", names)));
        }
        output.emit(AnalysisReports.partitions(file.toString(), Partitioning.analyze(spec, roles)));
        return ExitCodes.HOLDS;
    }

    /** Each Z3 query's limit: past it the syntactic verdict stands. */
    private static final Duration Z3_TIMEOUT = Duration.ofSeconds(10);

    /** The checked spec. On a problem, its diagnostics and exit 2. */
    private CheckedSpec compile() {
        Frontend.Compilation c = Frontend.load(file.path);
        if (!c.ok()) throw output.badInput(c.diagnostics());
        output.warnings(c.diagnostics());
        return c.spec().orElseThrow();
    }
}
