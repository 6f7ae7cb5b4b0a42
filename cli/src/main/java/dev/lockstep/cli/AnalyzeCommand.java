package dev.lockstep.cli;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.analysis.Monotonicity;
import dev.lockstep.lang.analysis.Partitioning;
import dev.lockstep.lang.ir.CheckedSpec;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "analyze", description = "Analyse a spec's structure (docs/analyses.md): --monotonicity classifies "
        + "every action and role as monotone or not (CALM) and names each coordination point; --partition finds the "
        + "key each role can be sharded by, or the spec lines that prevent it. Exit 0 when the analysis ran, "
        + "whatever it found; 2 on bad input.")
final class AnalyzeCommand implements Callable<Integer> {
    @Mixin
    SpecFile file;

    @Option(names = "--model", paramLabel = "NAME",
            description = "A model of the spec, checked to bind (the analyses are of the spec, not of a model).")
    String model;

    @Option(names = "--monotonicity", description = "Which actions and roles are monotone; the coordination points.")
    boolean monotonicity;

    @Option(names = "--partition", description = "By which key each role can be sharded, or why not.")
    boolean partition;

    @Option(names = "--role", paramLabel = "ROLE", description = "With --partition: only this role.")
    String role;

    @Mixin
    Output output;

    @Override
    public Integer call() {
        if (monotonicity == partition) throw output.refuse("choose one analysis: --monotonicity or --partition");
        if (role != null && !partition) throw output.refuse("--role applies to --partition only");
        CheckedSpec spec = compile();
        if (monotonicity) {
            output.emit(new AnalysisReports.Monotone(file.toString(), Monotonicity.analyze(spec)));
            return ExitCodes.HOLDS;
        }
        List<CheckedSpec.Role> roles = spec.roles();
        if (role != null) {
            List<String> names = spec.roles().stream().map(CheckedSpec.Role::name).toList();
            roles = spec.role(role).map(List::of).orElseThrow(() -> output.refuse("no role " + role + " in "
                    + file + "; its roles: " + String.join(", ", names)));
        }
        output.emit(new AnalysisReports.Partitions(file.toString(), Partitioning.analyze(spec, roles)));
        return ExitCodes.HOLDS;
    }

    /** The checked spec; with --model, the model must bind. On a problem, its diagnostics and exit 2. */
    private CheckedSpec compile() {
        if (model != null) return file.load(model, output).spec();
        Frontend.Compilation c = Frontend.load(file.path);
        if (!c.ok()) throw output.badInput(c.diagnostics());
        output.warnings(c.diagnostics());
        return c.spec().orElseThrow();
    }
}
