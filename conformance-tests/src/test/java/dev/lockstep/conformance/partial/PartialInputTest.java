package dev.lockstep.conformance.partial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.conformance.ConformanceHarness;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.eval.ModelInstance;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad mappings (LS940) and bad log lines (LS941) are refused with their file, line and problem. */
class PartialInputTest {
    static ModelInstance model;
    static final String MAPPING = "../specs/partial/two-phase-commit.sends-decisions.json";

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        model = ConformanceHarness.load(Path.of("../specs/two-phase-commit.lstep"), "small");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{'events': {'a': {'action': 'TM.Commit', 'colour': 1}}} | 1 | unknown key 'colour'",
            "{'events': {'a': {'params': {'x': 'y'}}}} | 1 | parameters need the event's action",
            "{'events': {'a': {'observe': true, 'action': 'TM.Commit'}}} | 1 | an observation (\"observe\": true) names no action",
            "{'events': {'a': {'vars': {'colour': 'c'}}}} | 1 | has a (non-ghost) variable colour",
            "{'events': {'a': {'action': 'Nobody.Commit'}}} | 1 | spec TwoPhaseCommit has no role Nobody",
            "{'events': {}} | 1 | declares no logged event",
            "{'events': {'a': {'action': 'TM.Commit'}}, 'hidden': ['TM']} | 1 | name the action as Role.Action",
            "{'events': ~ {'a': ~ {'action': 'TM.Commit',} | 3 | not valid JSON",
    })
    void aBadMappingIsLs940WithItsLine(String json, int line, String problem) throws Exception {
        Path f = Files.writeString(dir.resolve("map.json"), json.replace('\'', '"').replace('~', '\n'));
        PartialInputException e = assertThrows(PartialInputException.class, () -> PartialMapping.load(f, model));
        assertEquals(Code.PARTIAL_MAPPING_INVALID, e.code());
        assertEquals(line, e.line(), e.describe());
        assertTrue(e.getMessage().contains(problem), e.describe());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{'ev': 'hello', 'node': 'tm'} | event 'hello' is not declared in the mapping",
            "{'ev': 'decide', 'node': 'tm'} | missing field 'outcome'",
            "{'ev': 'decide', 'node': 'tm', 'outcome': 'MAYBE'} | outcome",
            "{'ev': 'send', 'node': 'tm', 'msgs': [{'kind': 'COMMIT', 'to': 'r1', 'colour': 1}]} | message Commit has no field colour",
            "{'ev': 'send', 'node': 'tm', 'msgs': [{'to': 'r1'}]} | each logged message needs its type",
            "{'ev': 'send', 'node': 'tm', 'msgs': 3} | must be a list of the messages sent",
            "[1, 2] | expected a JSON object",
            "{'ev': 'send', | not valid JSON",
    })
    void aBadLogLineIsLs941WithItsLine(String line, String problem) throws Exception {
        PartialMapping mapping = PartialMapping.load(Path.of(MAPPING), model);
        // A good line, a blank line (skipped, but counted), the bad line.
        Path log = Files.writeString(dir.resolve("run.log"),
                "{\"ev\":\"send\",\"node\":\"r1\",\"msgs\":[{\"kind\":\"PREPARED\",\"to\":\"tm\",\"rm\":\"r1\"}]}\n\n"
                        + line.replace('\'', '"') + "\n");
        PartialResult r = new PartialTraceChecker(model, mapping, 0).check(log);
        assertEquals(PartialResult.Status.BAD_INPUT, r.status(), PartialReport.text(model, r));
        assertEquals("LS941", r.failure().code());
        assertEquals(3, r.failure().origin().line(), PartialReport.text(model, r));
        assertTrue(r.failure().reason().contains(problem), r.failure().reason());
    }

    @org.junit.jupiter.api.Test
    void aSearchBeyondItsBoundStopsWithLs942AtTheLine() throws Exception {
        PartialMapping mapping = PartialMapping.load(Path.of(MAPPING), model);
        Path log = Files.writeString(dir.resolve("run.log"),
                "{\"ev\":\"send\",\"node\":\"r1\",\"msgs\":[{\"kind\":\"PREPARED\",\"to\":\"tm\",\"rm\":\"r1\"}]}\n"
                        + "{\"ev\":\"decide\",\"node\":\"r2\",\"outcome\":\"ABORTED\"}\n");
        assertTrue(new PartialTraceChecker(model, mapping, 3).check(log).matches());
        // With one unlogged step: line 1's search holds 4 states (the initial one, or one RM aborted), line 2's more
        // (r1's vote received, or r2 or r3 aborted, from each of line 1's three matches).
        assertTrue(new PartialTraceChecker(model, mapping, 1).check(log).matches());
        PartialResult r = new PartialTraceChecker(model, mapping, 1, 4).check(log);
        assertEquals(PartialResult.Status.BAD_INPUT, r.status(), PartialReport.text(model, r));
        assertEquals(Code.PARTIAL_SEARCH_LIMIT.id(), r.failure().code());
        assertEquals(2, r.failure().origin().line());
        assertTrue(r.failure().reason().contains("more than 4 states"), r.failure().reason());
    }
}
