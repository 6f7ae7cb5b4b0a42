package dev.lockstep.lang.diag;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every diagnostic code is either produced by main code of some module and exercised by some test (its id, for
 * instance in a golden file, or {@code Code.NAME} in a test source), or carries {@link Reserved} (not produced) or
 * {@link NotProvokedByTests} (produced, but only by a Lockstep bug or a broken environment), each with a reason.
 * A new code added without either fails here. The sources are read from the checkout: the modules are the
 * siblings of this one.
 */
class CodeCoverageTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path CODE_JAVA = Path.of("src/main/java/dev/lockstep/lang/diag/Code.java").toAbsolutePath();

    @Test
    void everyCodeIsProducedAndTestedOrMarked() throws IOException {
        List<String> main = texts(ROOT, "src/main/java", ".java");
        List<String> tests = texts(ROOT, "src/test", "");
        assertTrue(main.size() > 50 && tests.size() > 50, "found too few sources under " + ROOT);
        List<String> problems = new ArrayList<>();
        for (Code code : Code.values()) {
            Reserved reserved = annotation(code, Reserved.class);
            NotProvokedByTests notProvoked = annotation(code, NotProvokedByTests.class);
            boolean produced = main.stream().anyMatch(produces(code));
            boolean tested = tests.stream().anyMatch(mentions(code));
            String name = code.id() + " " + code.name();
            if (reserved != null && notProvoked != null) problems.add(name + " is marked both reserved and not provoked");
            if (reserved != null) {
                if (reserved.value().isBlank()) problems.add(name + " is reserved without a reason");
                if (produced) problems.add(name + " is marked reserved but main code produces it: remove @Reserved");
            } else if (notProvoked != null) {
                if (notProvoked.value().isBlank()) problems.add(name + " is marked not provoked without a reason");
                if (!produced) problems.add(name + " is marked not provoked but no main code produces it");
                if (tested) problems.add(name + " is marked not provoked but a test mentions it: remove the mark");
            } else {
                if (!produced) problems.add(name + " is produced by no main code: produce it or mark it @Reserved");
                if (!tested) problems.add(name + " is exercised by no test: add one or mark it @NotProvokedByTests");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theScanSeesKnownUses() throws IOException {
        // Guards the scan itself: LS201 is produced by the checker and named in the bad-input suite.
        List<String> main = texts(ROOT, "src/main/java", ".java");
        List<String> tests = texts(ROOT, "src/test", "");
        assertTrue(main.stream().anyMatch(produces(Code.UNKNOWN_NAME)));
        assertTrue(tests.stream().anyMatch(mentions(Code.UNKNOWN_NAME)));
        assertTrue(main.stream().noneMatch(produces(Code.UNKNOWN_ROLE)));
    }

    private static <A extends java.lang.annotation.Annotation> A annotation(Code code, Class<A> type) {
        try {
            return Code.class.getField(code.name()).getAnnotation(type);
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
    }

    private static java.util.function.Predicate<String> produces(Code code) {
        Pattern use = Pattern.compile("\\bCode\\." + code.name() + "\\b");
        return text -> use.matcher(text).find();
    }

    private static java.util.function.Predicate<String> mentions(Code code) {
        Pattern use = Pattern.compile("\\bCode\\." + code.name() + "\\b|\\b" + code.id() + "\\b");
        return text -> use.matcher(text).find();
    }

    /** The texts of the files under {@code <module>/<sub>} of every module, except Code.java itself. */
    private static List<String> texts(Path root, String sub, String suffix) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(Files::isDirectory).toList()) {
                Path dir = module.resolve(sub);
                if (!Files.isDirectory(dir)) continue;
                try (Stream<Path> files = Files.walk(dir)) {
                    files.filter(Files::isRegularFile)
                            .filter(p -> p.toString().endsWith(suffix))
                            .filter(p -> !p.toAbsolutePath().normalize().equals(CODE_JAVA))
                            .forEach(p -> out.add(read(p)));
                }
            }
        }
        return out;
    }

    private static String read(Path p) {
        try {
            return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(p.toString(), e);
        }
    }
}
