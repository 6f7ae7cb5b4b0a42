package dev.lockstep.maven;

import dev.lockstep.spectojava.JavaGenerator.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes generated files only when their bytes changed, so that an unchanged spec leaves the sources' timestamps
 * alone and the compiler's incremental build has nothing to recompile; {@code .java} files left in a package folder
 * by types the spec no longer has are deleted.
 */
final class IncrementalWriter {
    /** What one call did. */
    record Outcome(int written, int unchanged, int deleted) {}

    private IncrementalWriter() {}

    /** Writes {@code files} under {@code root}; {@code packageDir} (relative to root) is the folder cleaned of stale files. */
    static Outcome write(List<GeneratedFile> files, Path root, String packageDir) throws IOException {
        int written = 0;
        int unchanged = 0;
        Set<Path> current = new HashSet<>();
        for (GeneratedFile f : files) {
            Path p = root.resolve(f.path());
            current.add(p.toAbsolutePath().normalize());
            byte[] bytes = f.source().getBytes(StandardCharsets.UTF_8);
            if (Files.isRegularFile(p) && Arrays.equals(Files.readAllBytes(p), bytes)) {
                unchanged++;
                continue;
            }
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
            written++;
        }
        int deleted = 0;
        Path dir = root.resolve(packageDir);
        if (Files.isDirectory(dir)) {
            try (Stream<Path> old = Files.list(dir)) {
                for (Path p : old.filter(p -> p.toString().endsWith(".java")).toList()) {
                    if (!current.contains(p.toAbsolutePath().normalize())) {
                        Files.delete(p);
                        deleted++;
                    }
                }
            }
        }
        return new Outcome(written, unchanged, deleted);
    }
}
