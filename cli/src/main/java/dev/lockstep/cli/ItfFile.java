package dev.lockstep.cli;

import dev.lockstep.modelcheck.CheckResult;
import dev.lockstep.modelcheck.Counterexamples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code check --itf FILE} (a picocli mixin): TLC's counterexample also written as ITF JSON. */
final class ItfFile {
    @Option(names = "--itf", paramLabel = "FILE",
            description = "Also write the counterexample as ITF JSON to FILE (its folder is created if missing).")
    Path file;

    /** Refuses (exit 2) a FILE that cannot be written: checked before TLC runs, so no counterexample is lost to it. */
    void prepare(Output output) { output.writableFile("--itf", file); }

    /** Writes the counterexample of {@code result}, if any, when --itf was given ({@code spec}: the spec file). */
    void write(LoadedModel loaded, CheckResult result, Path spec, Output output) {
        if (file == null || result.counterexample().isEmpty()) return;
        try {
            Files.writeString(file, Json.write(Counterexamples.itf(loaded.instance(), result, spec)) + "\n");
            output.textLine("\nITF trace written to " + file);
        } catch (IOException e) {
            throw output.fail("--itf: " + IoErrors.describe(e));
        }
    }
}
