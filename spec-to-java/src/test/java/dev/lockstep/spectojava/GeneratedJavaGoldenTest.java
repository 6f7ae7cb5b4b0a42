package dev.lockstep.spectojava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.comments.JavadocComment;
import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files of the generated Java for every spec of the library ({@code specs/*.lstep} and {@code specs/buggy}),
 * regenerated with {@code -Dlockstep.updateGolden=true}; the generated code must also compile warning-free.
 */
class GeneratedJavaGoldenTest {
    static final Path LIBRARY = Path.of("../specs");
    static final Path GOLDEN = Path.of("src/test/golden");

    /** Library specs the Java backend refuses (LS850), each with what its diagnostic names. */
    static final java.util.Map<String, String> REFUSED = java.util.Map.of();

    static Stream<Path> allLibrarySpecs() throws IOException {
        try (Stream<Path> top = Files.list(LIBRARY); Stream<Path> buggy = Files.list(LIBRARY.resolve("buggy"))) {
            return Stream.concat(top.toList().stream(), buggy.toList().stream())
                    .filter(p -> p.toString().endsWith(".lstep")).sorted().toList().stream();
        }
    }

    static Stream<Path> librarySpecs() throws IOException {
        return allLibrarySpecs().filter(p -> !REFUSED.containsKey(p.getFileName().toString()));
    }

    /** The refusal is a diagnostic naming the construct, never broken or silently wrong Java. */
    @org.junit.jupiter.api.Test
    void refusedSpecsAreRefusedWithLs850() throws IOException {
        List<Path> refused = allLibrarySpecs().filter(p -> REFUSED.containsKey(p.getFileName().toString())).toList();
        assertEquals(REFUSED.size(), refused.size(), "stale REFUSED: " + refused);
        for (Path file : refused) {
            var result = JavaGenerator.generate(load(file), new JavaPackage("p"));
            assertTrue(!result.ok(), file + " was generated");
            var d = result.diagnostics().get(0);
            assertEquals(dev.lockstep.lang.diag.Code.JAVA_UNSUPPORTED, d.code(), d.toString());
            assertTrue(d.message().contains(REFUSED.get(file.getFileName().toString())), d.message());
        }
    }

    static Stream<Path> exchangeSpecs() throws IOException {
        return librarySpecs().filter(p -> !load(p).exchanges().isEmpty());
    }

    /**
     * The specs with exchanges have their f1/f2/f3 projection on its own too (message records, the pure functions
     * and the runtime's ExchangeSpec): the same files as in the spec's whole package (its golden directory), and
     * compiling warning-free by themselves.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("exchangeSpecs")
    void exchangeProjectionMatchesGoldenAndCompiles(Path file, @TempDir Path tmp) throws IOException {
        CheckedSpec spec = load(file);
        var result = JavaGenerator.projection(spec, new JavaPackage(packageFor(spec)));
        assertTrue(result.ok(), () -> DiagnosticPrinter.render(result.diagnostics()));
        Path dir = goldenDir(file);
        for (JavaGenerator.GeneratedFile f : result.orElseThrow()) {
            Golden.check(dir.resolve(f.path().substring(f.path().lastIndexOf('/') + 1)), f.source());
        }
        assertEquals(List.of(), InMemoryJavac.compile(result.orElseThrow(), tmp).errors());
    }

    /** A library spec's golden directory: its name, under {@code buggy/} for the buggy variants. */
    static Path goldenDir(Path file) {
        String name = file.getFileName().toString().replace(".lstep", "");
        return GOLDEN.resolve(file.getParent().getFileName().toString().equals("buggy") ? "buggy/" + name : name);
    }

    static String packageFor(CheckedSpec spec) { return "gen." + spec.name().toLowerCase(java.util.Locale.ROOT); }

    static CheckedSpec load(Path file) {
        Frontend.Compilation c = Frontend.load(file);
        assertTrue(c.ok(), () -> DiagnosticPrinter.render(c.diagnostics()));
        return c.spec().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("librarySpecs")
    void generatedJavaMatchesGoldenAndCompiles(Path file, @TempDir Path tmp) {
        CheckedSpec spec = load(file);
        var result = JavaGenerator.generate(spec, new JavaPackage(packageFor(spec)));
        assertTrue(result.ok(), () -> DiagnosticPrinter.render(result.diagnostics()));
        Path dir = goldenDir(file);
        for (JavaGenerator.GeneratedFile f : result.orElseThrow()) {
            Golden.check(dir.resolve(f.path().substring(f.path().lastIndexOf('/') + 1)), f.source());
        }
        // No stale golden files: every file in the directory was generated (updating deletes the others).
        List<String> expected = result.orElseThrow().stream()
                .map(f -> f.path().substring(f.path().lastIndexOf('/') + 1))
                .sorted().toList();
        try (Stream<Path> golden = Files.list(dir)) {
            List<Path> present = golden.sorted().toList();
            if (Golden.updating()) {
                for (Path p : present) if (!expected.contains(p.getFileName().toString())) Files.delete(p);
            } else {
                assertEquals(expected, present.stream().map(p -> p.getFileName().toString()).toList());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        InMemoryJavac.Compiled compiled = InMemoryJavac.compile(result.orElseThrow(), tmp);
        assertEquals(List.of(), compiled.errors());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("librarySpecs")
    void everyTypeIsGeneratedAndEveryMethodCitesTheSpec(Path file) {
        CheckedSpec spec = load(file);
        var files = JavaGenerator.generate(spec, new JavaPackage(packageFor(spec))).orElseThrow();
        for (JavaGenerator.GeneratedFile f : files) {
            CompilationUnit cu = new JavaParser(new ParserConfiguration()
                    .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21)).parse(f.source()).getResult().orElseThrow();
            for (TypeDeclaration<?> t : cu.findAll(TypeDeclaration.class)) {
                assertTrue(t.getAnnotationByName("Generated").isPresent(), f.path() + ": " + t.getNameAsString());
                assertTrue(cites(t.getJavadocComment()), f.path() + ": " + t.getNameAsString());
            }
            for (CallableDeclaration<?> m : cu.findAll(CallableDeclaration.class)) {
                assertTrue(cites(m.getJavadocComment()), f.path() + ": " + m.getDeclarationAsString());
            }
        }
    }

    private static boolean cites(java.util.Optional<JavadocComment> doc) {
        return doc.isPresent() && doc.get().getContent().matches("(?s).*\\(spec: [\\w.-]+\\.lstep:\\d+:\\d+\\).*");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("librarySpecs")
    void outputIsDeterministic(Path file) {
        CheckedSpec first = load(file);
        CheckedSpec second = load(file);
        JavaPackage p = new JavaPackage("p");
        assertEquals(JavaGenerator.generate(first, p).orElseThrow(), JavaGenerator.generate(second, p).orElseThrow());
    }
}
