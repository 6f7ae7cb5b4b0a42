package dev.lockstep.maven;

import dev.lockstep.lang.ir.CheckedSpec;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code lockstep:conform}: the {@code lockstep conform} command, replaying recorded NDJSON traces (files, folders of
 * node traces, or a folder of {@code seed-N/} folders) against each spec and model.
 */
@Mojo(name = "conform", defaultPhase = LifecyclePhase.VERIFY)
public final class ConformMojo extends CliMojo {
    /** The traces to check; default: {@code target/lockstep-traces}. */
    @Parameter
    List<File> traces = new ArrayList<>();

    @Parameter(defaultValue = "${project.build.directory}/lockstep-traces", readonly = true)
    File defaultTraces;

    @Override
    String command() { return "conform"; }

    /** Traces come from one model: without {@code models}, the spec must have only one. */
    @Override
    List<String> defaultModels(Path file, CheckedSpec spec) throws MojoFailureException {
        List<String> all = super.defaultModels(file, spec);
        if (all.size() == 1) return all;
        throw new MojoFailureException("lockstep:conform: " + file + " has models " + all + "; name the one the "
                + "traces were recorded with in <models>");
    }

    @Override
    List<String> commandLine(Path spec, String model) throws MojoFailureException {
        List<File> given = traces.isEmpty() ? List.of(defaultTraces) : traces;
        List<String> line = super.commandLine(spec, model);
        for (File t : given) {
            if (!Files.exists(t.toPath())) {
                throw new MojoFailureException("lockstep:conform: no traces at " + t + " (configure traces, or "
                        + "record them there, e.g. with lockstep:simulate and <arguments>--trace-dir</arguments>)");
            }
            line.add(t.toString());
        }
        return line;
    }
}
