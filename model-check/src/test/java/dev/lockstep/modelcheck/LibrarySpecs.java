package dev.lockstep.modelcheck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.ir.CheckedSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The spec library ({@code specs/*.lstep} and {@code specs/buggy/*.lstep}), seen from this module's tests. */
final class LibrarySpecs {
    static final Path ROOT = Path.of("..", "specs");

    private LibrarySpecs() {}

    /** Paths relative to {@code specs/}, with '/' separators, sorted. */
    static List<String> files() {
        List<String> files = new ArrayList<>();
        for (String dir : List.of("", "buggy/")) {
            try (Stream<Path> s = Files.list(ROOT.resolve(dir))) {
                s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".lstep")).sorted()
                        .forEach(n -> files.add(dir + n));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertTrue(files.contains("two-phase-commit.lstep"), "spec library not found under " + ROOT.toAbsolutePath());
        return files;
    }

    static CheckedSpec compile(String file) {
        Frontend.Compilation c = Frontend.load(ROOT.resolve(file));
        assertTrue(c.ok(), () -> file + " does not compile: " + c.diagnostics());
        return c.spec().orElseThrow();
    }
}
