package dev.lockstep.maven;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.diag.Result;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.spectojava.JavaGenerator;
import dev.lockstep.spectojava.JavaPackage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code lockstep:generate}: generates the Java state machines of Lockstep specs into
 * {@code target/generated-sources/lockstep} and adds that directory as a compile source root, the way the protobuf
 * and jOOQ plugins do. With one spec the code goes into {@code packageName} (the project's groupId unless
 * configured); with several, each spec gets {@code packageName.<protocol name in lower case>} so that their classes
 * cannot clash. Only files whose content changed are written. A spec with errors (or a construct the Java backend
 * does not support, LS850) fails the build with the diagnostics.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractSpecMojo {

    /** The package of the generated code (the parent package when there are several specs); default: the groupId. */
    @Parameter
    String packageName;

    @Parameter(defaultValue = "${project.build.directory}/generated-sources/lockstep", required = true)
    File outputDirectory;

    @Parameter(property = "lockstep.gen.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("lockstep:generate skipped");
            return;
        }
        JavaPackage base = basePackage();
        List<Path> specs = specs();
        long start = System.nanoTime();
        IncrementalWriter.Outcome total = new IncrementalWriter.Outcome(0, 0, 0);
        for (Path spec : specs) {
            IncrementalWriter.Outcome o = generate(spec, base, specs.size() > 1);
            total = new IncrementalWriter.Outcome(total.written() + o.written(), total.unchanged() + o.unchanged(),
                    total.deleted() + o.deleted());
        }
        getLog().info(String.format(Locale.ROOT, "Lockstep: %d Java files from %d specs in package %s (%d written, "
                        + "%d unchanged, %d stale deleted) in %d ms into %s", total.written() + total.unchanged(),
                specs.size(), base, total.written(), total.unchanged(), total.deleted(),
                (System.nanoTime() - start) / 1_000_000, outputDirectory));
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
    }

    private JavaPackage basePackage() throws MojoFailureException {
        if (packageName != null) {
            return JavaPackage.parse(packageName).orElseThrow(() ->
                    new MojoFailureException("packageName '" + packageName + "' is not a Java package name"));
        }
        return DefaultPackage.fromGroupId(project.getGroupId()).orElseThrow(() -> new MojoFailureException(
                "the groupId '" + project.getGroupId() + "' gives no Java package name: configure packageName"));
    }

    private IncrementalWriter.Outcome generate(Path file, JavaPackage base, boolean subpackage)
            throws MojoExecutionException, MojoFailureException {
        Frontend.Compilation c = Frontend.load(file);
        if (!c.ok()) fail(file, DiagnosticPrinter.render(c.diagnostics()));
        CheckedSpec spec = c.spec().orElseThrow();
        String part = spec.name().toLowerCase(Locale.ROOT);
        Optional<JavaPackage> child = subpackage ? base.child(part) : Optional.of(base);
        if (child.isEmpty()) fail(file, "'" + part + "' (the protocol name) cannot be a Java package name part");
        JavaPackage pkg = child.orElseThrow();
        Result<List<JavaGenerator.GeneratedFile>> result = JavaGenerator.generate(spec, pkg);
        if (!(result instanceof Result.Ok<List<JavaGenerator.GeneratedFile>> ok)) {
            fail(file, DiagnosticPrinter.render(result.diagnostics()));
            return null;
        }
        try {
            return IncrementalWriter.write(ok.value(), outputDirectory.toPath(), pkg.path());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write generated sources for " + file + ": " + e.getMessage(), e);
        }
    }

    private void fail(Path file, String diagnostics) throws MojoFailureException {
        getLog().error("\n" + diagnostics);
        throw new MojoFailureException("Lockstep cannot generate Java for " + file + " (see the diagnostics above)");
    }
}
