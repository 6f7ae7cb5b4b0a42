package dev.lockstep.maven;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.diag.Result;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.spectojava.JavaGenerator;
import dev.lockstep.spectojava.JavaPackage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * {@code lockstep:generate}: generates the Java state machines of Lockstep specs into
 * {@code target/generated-sources/lockstep} and adds that directory as a compile source root, the way the protobuf
 * and jOOQ plugins do. With one spec the code goes into {@code packageName}; with several, each spec gets
 * {@code packageName.<protocol name in lower case>} so that their classes cannot clash. A spec with errors (or a
 * construct the Java backend does not support, LS850) fails the build with the diagnostics.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {

    /** Spec files to generate. */
    @Parameter
    private List<File> specFiles = new ArrayList<>();

    /** A directory whose {@code *.lstep} files (not those of subdirectories) are generated too. */
    @Parameter
    private File specDirectory;

    /**
     * File names in {@code specDirectory} that are not generated (e.g. a spec using a construct the Java backend
     * refuses, LS850). A name that matches no file fails the build, so the list cannot go stale.
     */
    @Parameter
    private List<String> excludes = new ArrayList<>();

    /** The package of the generated code (the parent package when there are several specs). */
    @Parameter(required = true)
    private String packageName;

    @Parameter(defaultValue = "${project.build.directory}/generated-sources/lockstep", required = true)
    private File outputDirectory;

    @Parameter(property = "lockstep.gen.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("lockstep:generate skipped");
            return;
        }
        if (JavaPackage.parse(packageName).isEmpty()) {
            throw new MojoFailureException("packageName '" + packageName + "' is not a Java package name");
        }
        List<Path> specs = specs();
        if (specs.isEmpty()) throw new MojoFailureException("no spec files: configure specFiles or specDirectory");
        long start = System.nanoTime();
        int files = 0;
        for (Path spec : specs) files += generate(spec, specs.size() > 1);
        getLog().info(String.format(Locale.ROOT, "Lockstep: generated %d Java files from %d specs in %d ms into %s",
                files, specs.size(), (System.nanoTime() - start) / 1_000_000, outputDirectory));
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
    }

    private List<Path> specs() throws MojoExecutionException {
        List<Path> out = new ArrayList<>();
        for (File f : specFiles) out.add(f.toPath());
        if (specDirectory != null) {
            List<Path> listed;
            try (Stream<Path> files = Files.list(specDirectory.toPath())) {
                listed = files.filter(p -> p.getFileName().toString().endsWith(".lstep")).sorted().toList();
            } catch (IOException e) {
                throw new MojoExecutionException("cannot list " + specDirectory + ": " + e.getMessage(), e);
            }
            for (String name : excludes) {
                if (listed.stream().noneMatch(p -> p.getFileName().toString().equals(name))) {
                    throw new MojoExecutionException("excludes: no spec file " + name + " in " + specDirectory);
                }
            }
            listed.stream().filter(p -> !excludes.contains(p.getFileName().toString())).forEach(out::add);
        }
        return out;
    }

    private int generate(Path file, boolean subpackage) throws MojoExecutionException, MojoFailureException {
        Frontend.Compilation c = Frontend.load(file);
        if (!c.ok()) fail(file, DiagnosticPrinter.render(c.diagnostics()));
        CheckedSpec spec = c.spec().orElseThrow();
        JavaPackage base = JavaPackage.parse(packageName).orElseThrow();
        String part = spec.name().toLowerCase(Locale.ROOT);
        Optional<JavaPackage> child = subpackage ? base.child(part) : Optional.of(base);
        if (child.isEmpty()) fail(file, "'" + part + "' (the protocol name) cannot be a Java package name part");
        JavaPackage pkg = child.orElseThrow();
        Result<List<JavaGenerator.GeneratedFile>> result = JavaGenerator.generate(spec, pkg);
        if (!(result instanceof Result.Ok<List<JavaGenerator.GeneratedFile>> ok)) {
            fail(file, DiagnosticPrinter.render(result.diagnostics()));
            return 0;
        }
        List<JavaGenerator.GeneratedFile> files = ok.value();
        try {
            Path dir = outputDirectory.toPath().resolve(pkg.path());
            if (Files.isDirectory(dir)) {
                // Drop files of types the spec no longer has; writing the same bytes again is harmless.
                try (Stream<Path> old = Files.list(dir)) {
                    for (Path p : old.filter(p -> p.toString().endsWith(".java")).toList()) Files.delete(p);
                }
            }
            JavaGenerator.write(files, outputDirectory.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write generated sources for " + file + ": " + e.getMessage(), e);
        }
        return files.size();
    }

    private void fail(Path file, String diagnostics) throws MojoFailureException {
        getLog().error("\n" + diagnostics);
        throw new MojoFailureException("Lockstep cannot generate Java for " + file + " (see the diagnostics above)");
    }
}
