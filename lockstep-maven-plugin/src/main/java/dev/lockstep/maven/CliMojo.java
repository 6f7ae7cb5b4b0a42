package dev.lockstep.maven;

import dev.lockstep.cli.Main;
import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.ir.CheckedSpec;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * A goal that runs one {@code lockstep} command in this JVM on every spec and model, so its report is the CLI's,
 * word for word, and its exit code decides the build: 1 (a violation) and 2 (bad input) fail it, 3 (a Lockstep bug)
 * is an execution error. Every model runs before the build fails, so one report shows them all.
 */
abstract class CliMojo extends AbstractSpecMojo {
    /** The models to run; default: every model of each spec. */
    @Parameter
    List<String> models = new ArrayList<>();

    /** More options for the command, as on its command line (e.g. {@code --max-states}, {@code --seeds}). */
    @Parameter
    List<String> arguments = new ArrayList<>();

    @Parameter(property = "lockstep.skip", defaultValue = "false")
    boolean skip;

    /** The command, e.g. {@code explore}. */
    abstract String command();

    /** The command line for one spec and model, before {@link #arguments}. */
    List<String> commandLine(Path spec, String model) throws MojoFailureException {
        return new ArrayList<>(List.of(command(), spec.toString(), "--model", model));
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("lockstep:" + command() + " skipped");
            return;
        }
        List<String> failed = new ArrayList<>();
        for (Path spec : specs()) {
            List<String> names = modelsOf(spec);
            if (names.isEmpty()) {
                // the spec does not compile (or has no model): the command reports that as the CLI does
                run(List.of(command(), spec.toString()), failed);
                continue;
            }
            for (String model : names) {
                List<String> line = commandLine(spec, model);
                line.addAll(arguments);
                run(line, failed);
            }
        }
        if (!failed.isEmpty()) {
            throw new MojoFailureException("lockstep " + command() + " failed (the reports are above); to run it "
                    + "again outside Maven:\n  lockstep " + String.join("\n  lockstep ", failed));
        }
    }

    /** The configured models, or every model of the spec; empty when the spec does not compile. */
    private List<String> modelsOf(Path spec) throws MojoFailureException {
        Frontend.Compilation c = Frontend.load(spec);
        if (!c.ok()) return List.of();
        if (!models.isEmpty()) return models;
        return defaultModels(spec, c.spec().orElseThrow());
    }

    /** The models run when none are configured: all of them. */
    List<String> defaultModels(Path file, CheckedSpec spec) throws MojoFailureException {
        return spec.models().stream().map(CheckedSpec.Model::name).toList();
    }

    private void run(List<String> line, List<String> failed) throws MojoExecutionException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        getLog().info("lockstep " + String.join(" ", line));
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), line.toArray(String[]::new));
        out.toString().lines().forEach(getLog()::info);
        // stderr holds progress lines and warnings on success, the reasons on failure
        err.toString().lines().forEach(exit == 0 ? getLog()::info : getLog()::error);
        if (exit == 3) {
            throw new MojoExecutionException("lockstep " + String.join(" ", line) + ": internal error (exit 3), "
                    + "a bug in Lockstep; please report it");
        }
        if (exit != 0) failed.add(String.join(" ", line));
    }
}
