package dev.lockstep.lang;

import dev.lockstep.lang.source.SourceFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.ExploreOptions;
import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.lang.explore.Explorer;
import dev.lockstep.lang.ir.CheckedSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the examples of {@code docs/language.md} honest. Conventions for fenced blocks in that file:
 * <ul>
 *   <li>{@code ```lstep}: a complete spec (it starts with {@code protocol}, after comments). It must compile with no
 *       errors (warnings are allowed), and every model in it is explored (at most 50,000 distinct states, deadlock
 *       not checked); the search must not find an invariant violation or an evaluation fault.</li>
 *   <li>{@code ```lstep-error LSnnn}: a complete spec that must fail to compile with an error of code LSnnn.</li>
 *   <li>{@code ```lstep-fragment}: part of a spec, shown for illustration; not compiled.</li>
 * </ul>
 * A second test checks that the diagnostics table lists exactly the ids of {@link Code}.
 */
class DocsExamplesTest {
    private static final Path DOC = Path.of("../docs/language.md");
    private static final Pattern FENCE = Pattern.compile("^```(lstep(?:-error|-fragment)?)(?:[ \\t]+(\\S+))?[ \\t]*$");
    private static final long MAX_STATES = 50_000;

    /** One fenced example: its info string, optional argument (an expected code), first line, and text. */
    record Example(String kind, String argument, int line, String text) {
        String name() { return "language.md:" + line; }
    }

    static List<Example> examples() throws IOException {
        List<String> lines = Files.readAllLines(DOC);
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = FENCE.matcher(lines.get(i));
            if (!m.matches()) continue;
            int start = i + 1;
            StringBuilder text = new StringBuilder();
            int j = start;
            while (j < lines.size() && !lines.get(j).startsWith("```")) text.append(lines.get(j++)).append('\n');
            if (j == lines.size()) fail("unclosed ```" + m.group(1) + " block at language.md:" + (start));
            out.add(new Example(m.group(1), m.group(2), start + 1, text.toString()));
            i = j;
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> completeExamplesCompileAndHold() throws IOException {
        List<Example> complete = examples().stream().filter(e -> e.kind().equals("lstep")).toList();
        assertTrue(complete.size() >= 8, "expected the reference to have complete examples, found " + complete.size());
        return complete.stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> {
            assertTrue(startsWithProtocol(e.text()), e.name() + ": a ```lstep block must be a complete spec starting"
                    + " with 'protocol'; fence fragments as ```lstep-fragment");
            Frontend.Compilation c = Frontend.compile(new SourceFile(e.name(), e.text()), DOC.getParent());
            if (!c.ok()) fail(e.name() + " does not compile:\n" + DiagnosticPrinter.render(c.diagnostics()));
            CheckedSpec spec = c.spec().orElseThrow();
            for (CheckedSpec.Model model : spec.models()) {
                ModelInstance instance = ModelInstance.bind(spec, model.name()).orElseThrow();
                ExploreResult r = new Explorer(instance).run(ExploreOptions.defaults().withDeadlock(false)
                        .withMaxStates(MAX_STATES));
                if (r.status() != ExploreResult.Status.HOLDS && r.status() != ExploreResult.Status.LIMIT_REACHED) {
                    fail(e.name() + " model " + model.name() + ": " + r.status()
                            + (r.violated() != null ? " (" + r.violated() + ")" : "")
                            + (r.fault() != null ? "\n" + DiagnosticPrinter.render(r.fault()) : "")
                            + "\ntrace: " + r.counterexample().stream().map(s -> String.valueOf(s.label()))
                                    .collect(Collectors.joining(" -> ")));
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> errorExamplesReportTheirCode() throws IOException {
        List<Example> errors = examples().stream().filter(e -> e.kind().equals("lstep-error")).toList();
        assertFalse(errors.isEmpty(), "expected ```lstep-error examples");
        return errors.stream().map(e -> DynamicTest.dynamicTest(e.name() + " " + e.argument(), () -> {
            assertTrue(e.argument() != null && e.argument().matches("LS\\d{3}"),
                    e.name() + ": write the expected code after the fence, as in ```lstep-error LS402");
            Frontend.Compilation c = Frontend.compile(new SourceFile(e.name(), e.text()), DOC.getParent());
            boolean found = c.diagnostics().stream().anyMatch(d -> d.isError() && d.code().id().equals(e.argument()));
            assertTrue(found, e.name() + " should report " + e.argument() + " but reports:\n"
                    + (c.diagnostics().isEmpty() ? "nothing" : DiagnosticPrinter.render(c.diagnostics())));
        }));
    }

    @Test
    void diagnosticsTableListsEveryCode() throws IOException {
        String doc = Files.readString(DOC);
        int section = doc.indexOf("## 18. Diagnostic codes");
        assertTrue(section >= 0, "the reference needs a '## 18. Diagnostic codes' section");
        Set<String> listed = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `(LS\\d{3})` \\| `(\\w+)` \\|").matcher(doc.substring(section));
        while (row.find()) {
            listed.add(row.group(1));
            Code code = Arrays.stream(Code.values()).filter(c -> c.id().equals(row.group(1))).findFirst().orElse(null);
            if (code != null) assertEquals(code.name(), row.group(2), "name of " + row.group(1) + " in the table");
        }
        Set<String> ids = Arrays.stream(Code.values()).map(Code::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(ids);
        missing.removeAll(listed);
        Set<String> stale = new TreeSet<>(listed);
        stale.removeAll(ids);
        assertTrue(missing.isEmpty(), "codes missing from the diagnostics table of docs/language.md: " + missing);
        assertTrue(stale.isEmpty(), "the diagnostics table lists codes that Code.java does not have: " + stale);
    }

    private static boolean startsWithProtocol(String text) {
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("\\*")) continue;
            return t.startsWith("protocol ");
        }
        return false;
    }
}
