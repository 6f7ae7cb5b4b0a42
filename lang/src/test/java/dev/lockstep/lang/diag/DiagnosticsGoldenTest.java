package dev.lockstep.lang.diag;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.testing.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The bad-input suite: every {@code src/test/resources/diagnostics/NN-name.lstep} is a malformed spec whose first
 * line {@code \* expect: LS201 12:5} names the diagnostic it exists to test. Its rendered diagnostics must match
 * {@code NN-name.expected}; run with {@code -Dlockstep.updateGolden=true} to rewrite those files.
 */
class DiagnosticsGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/diagnostics");
    private static final Pattern HEADER = Pattern.compile("^\\\\\\* expect: (LS\\d{3}) (\\d+):(\\d+)\\s*$");

    static List<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".lstep")).sorted().toList();
        }
    }

    @Test
    void suiteIsLargeEnoughAndEveryCaseHasAHeader() throws IOException {
        List<Path> cases = cases();
        assertTrue(cases.size() >= 45, "only " + cases.size() + " cases in " + DIR.toAbsolutePath());
        for (Path p : cases) {
            String first = Files.readString(p, StandardCharsets.UTF_8).lines().findFirst().orElse("");
            assertTrue(HEADER.matcher(first).matches(), p + ": first line must be  \\* expect: LSnnn line:col");
        }
    }

    @TestFactory
    Stream<DynamicTest> goldenDiagnostics() throws IOException {
        return cases().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> runCase(p)));
    }

    private static void runCase(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Matcher header = HEADER.matcher(text.lines().findFirst().orElse(""));
        if (!header.matches()) fail(fileName + ": first line must be  \\* expect: LSnnn line:col");
        String code = header.group(1);
        int line = Integer.parseInt(header.group(2));
        int column = Integer.parseInt(header.group(3));

        Frontend.Compilation c = assertDoesNotThrow(() -> Frontend.compile("diagnostics/" + fileName, text),
                fileName + ": the front end threw");
        String rendered = assertDoesNotThrow(() -> DiagnosticPrinter.render(c.diagnostics()),
                fileName + ": rendering threw");

        assertFalse(c.ok(), fileName + ": a malformed spec compiled without errors");
        assertTrue(c.spec().isEmpty(), fileName + ": a spec with errors must not yield a checked spec");
        boolean found = c.diagnostics().stream().anyMatch(d -> d.isError() && d.code().id().equals(code)
                && d.span().line() == line && d.span().column() == column);
        assertTrue(found, fileName + ": expected " + code + " at " + line + ":" + column + ", got:\n" + rendered);

        for (int i = 1; i < c.diagnostics().size(); i++) {
            assertTrue(c.diagnostics().get(i - 1).span().start() <= c.diagnostics().get(i).span().start(),
                    fileName + ": diagnostics are not sorted by position:\n" + rendered);
        }

        Golden.check(DIR.resolve(fileName.replaceFirst("\\.lstep$", ".expected")), rendered);
    }
}
