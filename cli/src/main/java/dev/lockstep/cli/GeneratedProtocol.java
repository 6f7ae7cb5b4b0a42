package dev.lockstep.cli;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.diag.Result;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.spectojava.JavaGenerator;
import dev.lockstep.spectojava.JavaPackage;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Turns one model of a checked spec into a running {@link ProtocolDescriptor}, as {@code simulate}, {@code run} and
 * {@code pipeline} need it when they are given the spec file: the spec-to-java generator writes the machines into a
 * work directory, the JDK's compiler compiles them in this process against the runtime, and a fresh class loader
 * (a child of the CLI's, so the runtime API classes are shared) loads the descriptor. Every failure is a
 * {@link Diagnostic} (LS850 unsupported construct, LS851 javac errors, LS852 no compiler), never an exception.
 */
final class GeneratedProtocol {
    /** The package of generated code; each load has its own class loader, so specs never clash. */
    static final JavaPackage PACKAGE = new JavaPackage("lockstep.generated");

    private GeneratedProtocol() {}

    /** The descriptor for {@code model}, or the diagnostics that prevented it. */
    record Outcome(ProtocolDescriptor descriptor, int files, Path sources, List<Diagnostic> diagnostics) {
        boolean ok() { return descriptor != null; }
    }

    static Outcome load(CheckedSpec spec, String model, Path workDir) throws IOException {
        Result<List<JavaGenerator.GeneratedFile>> result = JavaGenerator.generate(spec, PACKAGE);
        if (!(result instanceof Result.Ok<List<JavaGenerator.GeneratedFile>> ok)) return failed(result.diagnostics());
        List<JavaGenerator.GeneratedFile> generated = ok.value();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            return failed(List.of(Diagnostic.error(Code.NO_JAVA_COMPILER, spec.file().span(0, 0),
                    "cannot compile the Java generated for " + spec.name() + ": this JVM (" + System.getProperty("java.home")
                            + ") has no Java compiler", "run Lockstep on a JDK 21 or newer (./lockstep finds one), "
                            + "or pass a compiled descriptor with --descriptor CLASS")));
        }
        Path sources = workDir.resolve("src");
        Path classes = workDir.resolve("classes");
        Files.createDirectories(classes);
        List<Path> written = JavaGenerator.write(generated, sources);
        DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
        boolean compiled;
        try (StandardJavaFileManager files = javac.getStandardFileManager(collector, Locale.ROOT, null)) {
            List<String> options = List.of("--release", "21", "-proc:none", "-nowarn", "-classpath", classpath(),
                    "-d", classes.toString());
            compiled = javac.getTask(null, files, collector, options, null, files.getJavaFileObjectsFromPaths(written)).call();
        }
        if (!compiled) {
            List<String> notes = new ArrayList<>();
            for (var d : collector.getDiagnostics()) {
                if (d.getKind() != javax.tools.Diagnostic.Kind.ERROR || notes.size() == 5) continue;
                String where = d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName() + ":" + d.getLineNumber() + ": ";
                notes.add("javac: " + where + d.getMessage(Locale.ROOT));
            }
            notes.add("the generated sources are kept in " + sources);
            return failed(List.of(Diagnostic.error(Code.JAVA_COMPILE_FAILED, spec.file().span(0, 0),
                    "the Java generated for " + spec.name() + " does not compile (a Lockstep bug, please report it)",
                    notes.toArray(String[]::new))));
        }
        // Not closed: the descriptor's classes (machines, messages) are loaded lazily while the protocol runs.
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, GeneratedProtocol.class.getClassLoader());
        ProtocolDescriptor descriptor = descriptor(loader, generated, model);
        if (descriptor == null) {
            return failed(List.of(Diagnostic.error(Code.JAVA_COMPILE_FAILED, spec.file().span(0, 0),
                    "the Java generated for " + spec.name() + " has no descriptor with forModel(\"" + model + "\")")));
        }
        return new Outcome(descriptor, written.size(), sources, List.of());
    }

    private static Outcome failed(List<Diagnostic> diagnostics) {
        return new Outcome(null, 0, null, diagnostics);
    }

    /** The generated class implementing ProtocolDescriptor, through its static {@code forModel(String)}. */
    private static ProtocolDescriptor descriptor(ClassLoader loader, List<JavaGenerator.GeneratedFile> files, String model) {
        for (JavaGenerator.GeneratedFile f : files) {
            String name = f.path().replace('/', '.').replaceFirst("\\.java$", "");
            try {
                Class<?> c = Class.forName(name, false, loader);
                if (!ProtocolDescriptor.class.isAssignableFrom(c)) continue;
                Method forModel = c.getMethod("forModel", String.class);
                if (!Modifier.isStatic(forModel.getModifiers())) continue;
                return (ProtocolDescriptor) forModel.invoke(null, model);
            } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
                // not the descriptor
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("forModel(\"" + model + "\") of " + name + " failed", e.getCause());
            }
        }
        return null;
    }

    /** The runtime's location (the shaded CLI jar, or runtime/target/classes in a build) and this JVM's class path. */
    private static String classpath() {
        Set<String> entries = new LinkedHashSet<>();
        try {
            entries.add(Path.of(NodeId.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        } catch (URISyntaxException | RuntimeException e) {
            // fall back on java.class.path alone
        }
        for (String e : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!e.isBlank()) entries.add(e);
        }
        return String.join(File.pathSeparator, entries);
    }
}
