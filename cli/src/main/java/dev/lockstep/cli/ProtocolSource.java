package dev.lockstep.cli;

import dev.lockstep.runtime.api.ProtocolDescriptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
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

    /** The protocol; on a problem, it is reported as {@code output} says and the command exits 2. */
    Resolved resolve(Output output) {
        if ((file == null) == (descriptor == null)) {
            throw output.refuse("give a spec FILE (with --model NAME) or --descriptor CLASS, not "
                    + (file == null ? "neither" : "both"));
        }
        if (descriptor != null) {
            if (model != null) throw output.refuse("--model goes with a spec FILE, not with --descriptor");
            try {
                return new Resolved(RuntimeClasses.descriptor(descriptor), null, null);
            } catch (RuntimeClasses.BadClassException e) {
                throw output.refuse(e.getMessage());
            }
        }
        LoadedModel loaded = SpecFile.load(file, model, output);
        Path work = null;
        try {
            work = Files.createTempDirectory("lockstep-" + output.command.name() + "-");
            GeneratedProtocol.Outcome o = GeneratedProtocol.load(loaded.spec(), loaded.instance().model().name(), work);
            if (!o.ok()) {
                deleteTree(work);
                throw output.badInput(o.diagnostics());
            }
            return new Resolved(o.descriptor(), loaded, work);
        } catch (IOException e) {
            if (work != null) deleteTree(work);
            throw output.refuse("cannot write the generated Java: " + e.getMessage());
        }
    }

    /** The protocol arguments of a command line that repeats this run, e.g. {@code specs/x.lstep --model small}. */
    String replayArgs(Resolved r) {
        return r.spec() == null ? "--descriptor " + descriptor : file + " --model " + r.spec().instance().model().name();
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
