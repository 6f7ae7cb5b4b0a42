package dev.lockstep.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.modelcheck.CheckResult;
import dev.lockstep.modelcheck.TlaModule;
import dev.lockstep.modelcheck.TlaTranslator;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BiFunction;
import picocli.CommandLine.Option;

/**
 * {@code bench-tlc --overhead-model FILE#NAME} (a picocli mixin): a tiny model whose TLC time is taken as TLC's fixed
 * cost (JVM start, SANY, TLC start-up), so that the benchmark can report TLC's rate net of it.
 */
final class TlcOverhead {
    @Option(names = "--overhead-model", paramLabel = "FILE#NAME",
            description = "A tiny model (spec file#model) whose TLC time is taken as TLC's fixed overhead.")
    String model;

    /**
     * TLC's median time in seconds over {@code runs} runs on the tiny model (0 without --overhead-model), added to
     * {@code json} and printed; {@code tlc} runs TLC as the benchmark does.
     */
    double measure(int runs, BiFunction<LoadedModel, TlaModule, CheckResult> tlc, ObjectNode json, Output output) {
        if (model == null) return 0;
        String[] parts = model.split("#", 2);
        if (parts.length != 2) throw output.fail("--overhead-model expects FILE#MODEL");
        LoadedModel tiny = SpecFile.load(Path.of(parts[0]), parts[1], output);
        long t0 = System.nanoTime();
        TlaModule module = TlaTranslator.translate(tiny.spec());
        double translateMs = (System.nanoTime() - t0) / 1e6;
        double[] seconds = new double[runs];
        CheckResult last = null;
        for (int i = 0; i < runs; i++) {
            last = tlc.apply(tiny, module);
            seconds[i] = last.elapsed().toNanos() / 1e9;
        }
        double overhead = Repetitions.median(seconds);
        json.putObject("overhead").put("model", model).put("distinct", last.distinct())
                .put("tlcMedianSeconds", overhead).put("translationMillis", translateMs);
        if (output.text()) {
            output.out().printf(Locale.ROOT, "TLC fixed overhead: %s (%d distinct states) takes %.2f s median of %d "
                    + "runs (JVM start, SANY, TLC start-up); translation to TLA+ %.1f ms%n", model, last.distinct(),
                    overhead, runs, translateMs);
        }
        return overhead;
    }
}
