package dev.lockstep.spectojava;

import dev.lockstep.runtime.api.NodeId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles generated sources with the JDK's compiler, in-process, against the runtime only, and loads them. */
public final class InMemoryJavac {
    private InMemoryJavac() {}

    /** The compiled classes, loadable through {@link #loader}; {@code errors} lists compiler errors, if any. */
    public record Compiled(URLClassLoader loader, List<String> errors) {
        public Class<?> load(String name) {
            try {
                return Class.forName(name, true, loader);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public static Compiled compile(List<JavaGenerator.GeneratedFile> files, Path workDir) {
        try {
            Path src = workDir.resolve("src");
            Path out = workDir.resolve("classes");
            Files.createDirectories(out);
            List<Path> written = JavaGenerator.write(files, src);
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
            try (StandardJavaFileManager fm = javac.getStandardFileManager(diags, Locale.ROOT, null)) {
                String runtime = Path.of(NodeId.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
                List<String> options = List.of("--release", "21", "-classpath", runtime, "-d", out.toString(),
                        "-Xlint:all,-processing", "-Werror");
                boolean ok = javac.getTask(null, fm, diags, options, null, fm.getJavaFileObjectsFromPaths(written)).call();
                List<String> errors = new ArrayList<>();
                for (Diagnostic<? extends JavaFileObject> d : diags.getDiagnostics()) {
                    errors.add(d.getKind() + " " + (d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName()
                            + ":" + d.getLineNumber() + ": ") + d.getMessage(Locale.ROOT));
                }
                if (!ok && errors.isEmpty()) errors.add("javac failed");
                URLClassLoader loader = new URLClassLoader(new java.net.URL[] {out.toUri().toURL()},
                        InMemoryJavac.class.getClassLoader());
                return new Compiled(loader, ok ? List.of() : errors);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
