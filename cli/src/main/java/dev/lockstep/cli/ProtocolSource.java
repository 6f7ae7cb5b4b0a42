package dev.lockstep.cli;

import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Where {@code simulate} and {@code run} get their protocol (a picocli mixin): a spec FILE and {@code --model}, whose
 * Java is generated and compiled on the spot ({@link GeneratedProtocol}), or a compiled descriptor class
 * ({@code --descriptor CLASS}).
 */
final class ProtocolSource {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "The spec file (.lstep); its Java is generated and compiled in this process.")
    Path file;

    @Option(names = "--model", paramLabel = "NAME", description = "The model of FILE (optional if there is one).")
    String model;

    @Option(names = "--descriptor", paramLabel = "CLASS",
            description = "Instead of FILE: a ProtocolDescriptor class on the classpath (public no-argument constructor).")
    String descriptor;

    /**
     * The protocol to run; {@code spec} is the loaded model when given a FILE (null with --descriptor). Closing it
     * deletes the generated sources and classes.
     */
    record Resolved(ProtocolDescriptor protocol, LoadedModel spec, Path workDir) implements AutoCloseable {
        @Override
        public void close() {
            if (workDir != null) deleteTree(workDir);
        }
    }

    /** The protocol, or null after printing why not (the caller exits with {@link Main#BAD_INPUT}). */
    Resolved resolve(String command, OutputFormat format, PrintWriter out, PrintWriter err) {
        if ((file == null) == (descriptor == null)) {
            return usage(command, "give a spec FILE (with --model NAME) or --descriptor CLASS, not "
                    + (file == null ? "neither" : "both"), format, out, err);
        }
        if (descriptor != null) {
            if (model != null) return usage(command, "--model goes with a spec FILE, not with --descriptor", format, out, err);
            try {
                return new Resolved(RuntimeClasses.descriptor(descriptor), null, null);
            } catch (RuntimeClasses.BadClassException e) {
                return usage(command, e.getMessage(), format, out, err);
            }
        }
        LoadedModel loaded = LoadedModel.load(file, model, format, out, err);
        if (loaded == null) return null;
        Path work = null;
        try {
            work = Files.createTempDirectory("lockstep-" + command + "-");
            GeneratedProtocol.Outcome o = GeneratedProtocol.load(loaded.spec(), loaded.instance().model().name(), work);
            if (!o.ok()) {
                deleteTree(work);
                if (format == OutputFormat.json) {
                    out.println(Json.write(Map.of("status", "bad-input", "diagnostics", Json.diagnostics(o.diagnostics()))));
                    out.flush();
                } else {
                    err.print(DiagnosticPrinter.render(o.diagnostics()));
                    err.flush();
                }
                return null;
            }
            return new Resolved(o.descriptor(), loaded, work);
        } catch (IOException e) {
            if (work != null) deleteTree(work);
            return usage(command, "cannot write the generated Java: " + e.getMessage(), format, out, err);
        }
    }

    /** The protocol arguments of a command line that repeats this run, e.g. {@code specs/x.lstep --model small}. */
    String replayArgs(Resolved r) {
        return r.spec() == null ? "--descriptor " + descriptor : file + " --model " + r.spec().instance().model().name();
    }

    private static Resolved usage(String command, String message, OutputFormat format, PrintWriter out, PrintWriter err) {
        if (format == OutputFormat.json) {
            out.println(Json.write(Map.of("status", "bad-input", "error", message)));
            out.flush();
        } else {
            err.println("lockstep " + command + ": " + message);
            err.flush();
        }
        return null;
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
