package dev.lockstep.junit;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where {@code @LockstepConformance(spec = ...)} points: {@code classpath:NAME} is a resource of the test's class
 * loader ({@code src/test/resources} or {@code src/main/resources}, or a jar); {@code file:PATH} a file; a plain
 * string a file relative to the working directory when one is there, else a classpath resource. A resource inside a
 * jar is copied to {@code target/lockstep-conformance/specs} since the spec loader reads files.
 */
final class SpecLocation {
    private SpecLocation() {}

    static Path resolve(String spec, Class<?> testClass) {
        if (spec.startsWith("file:")) return file(Path.of(spec.substring("file:".length())));
        if (spec.startsWith("classpath:")) {
            return resource(spec.substring("classpath:".length()), testClass)
                    .orElseThrow(() -> new IllegalArgumentException("no spec " + spec + " on the test class path"));
        }
        Path asFile = Path.of(spec);
        if (Files.isRegularFile(asFile)) return asFile;
        return resource(spec, testClass).orElseThrow(() -> new IllegalArgumentException("no spec " + spec
                + ": neither a file " + asFile.toAbsolutePath() + " nor a resource on the test class path"));
    }

    private static Path file(Path path) {
        if (!Files.isRegularFile(path)) throw new IllegalArgumentException("no spec file " + path.toAbsolutePath());
        return path;
    }

    private static java.util.Optional<Path> resource(String name, Class<?> testClass) {
        String absolute = name.startsWith("/") ? name.substring(1) : name;
        URL url = testClass.getClassLoader().getResource(absolute);
        if (url == null) return java.util.Optional.empty();
        try {
            if (url.getProtocol().equals("file")) return java.util.Optional.of(Path.of(url.toURI()));
            Path copy = Path.of("target", "lockstep-conformance", "specs").resolve(absolute);
            Files.createDirectories(copy.toAbsolutePath().getParent());
            try (InputStream in = url.openStream()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return java.util.Optional.of(copy);
        } catch (IOException | URISyntaxException e) {
            throw new IllegalArgumentException("cannot read spec " + url + ": " + e.getMessage());
        }
    }
}
