package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** {@code lockstep analyze}: every example of docs/analyses.md exactly, and its refusals of bad input (exit 2). */
class AnalyzeCommandTest {
    static final Path DOC = Path.of("../docs/analyses.md");
    static final String TXS = "../specs/two-phase-commit-txs.lstep";

    /** A {@code ```console} block of the doc: the command after {@code $ lockstep }, then its exact output. */
    record Example(int line, String command, String output) {}

    static List<Example> examples() throws IOException {
        List<String> lines = Files.readAllLines(DOC);
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).equals("```console")) continue;
            int start = i + 1;
            StringBuilder output = new StringBuilder();
            int j = start + 1;
            for (; !lines.get(j).equals("```"); j++) output.append(lines.get(j)).append('\n');
            out.add(new Example(start + 1, lines.get(start).substring("$ lockstep ".length()), output.toString()));
            i = j;
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyDocExampleIsTheCommandsOutput() throws IOException {
        List<Example> examples = examples();
        assertTrue(examples.size() >= 6, "examples not found in " + DOC);
        return examples.stream().map(e -> DynamicTest.dynamicTest("analyses.md:" + e.line(), () -> {
            // The doc's paths are relative to the repository; the tests run in cli/.
            String[] args = Arrays.stream(e.command().split(" ")).map(a -> a.startsWith("specs/") ? "../" + a : a)
                    .toArray(String[]::new);
            CliTest.Run r = CliTest.run(args);
            assertEquals(0, r.exit(), r.err());
            assertEquals(e.output(), r.out().replace("../specs/", "specs/"), e.command());
        }));
    }

    @Test
    void withoutAnAnalysisOrWithBothItIsRefused() {
        for (String[] args : List.of(new String[] {"analyze", TXS}, new String[] {"analyze", TXS, "--monotonicity", "--partition"})) {
            CliTest.Run r = CliTest.run(args);
            assertEquals(2, r.exit());
            assertEquals("lockstep analyze: choose one analysis: --monotonicity, --partition or --placement\n", r.err());
        }
    }

    @Test
    void anUnknownRoleIsRefusedListingTheRoles() throws IOException {
        CliTest.Run r = CliTest.run("analyze", TXS, "--partition", "--role", "Coordinator");
        assertEquals(2, r.exit());
        assertEquals("lockstep analyze: no role Coordinator in " + TXS + "; its roles: TM, ResourceManager\n", r.err());
        CliTest.Run json = CliTest.run("analyze", TXS, "--partition", "--role", "Coordinator", "--format", "json");
        assertEquals(2, json.exit());
        JsonNode doc = new ObjectMapper().readTree(json.out());
        assertEquals("bad-input", doc.get("status").asText());
        assertTrue(doc.get("error").asText().startsWith("no role Coordinator"), json.out());
    }

    @Test
    void roleWithoutPartitionAndAnUnknownModelAreRefused() {
        CliTest.Run role = CliTest.run("analyze", TXS, "--monotonicity", "--role", "TM");
        assertEquals(2, role.exit());
        assertEquals("lockstep analyze: --role applies to --partition only\n", role.err());
        CliTest.Run model = CliTest.run("analyze", TXS, "--monotonicity", "--model", "huge");
        assertEquals(2, model.exit());
        assertTrue(model.err().contains("huge"), model.err());
        CliTest.Run missing = CliTest.run("analyze", "../specs/no-such.lstep", "--monotonicity");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("no-such.lstep"), missing.err());
    }

    @Test
    void aModelThatBindsGivesTheSameReport() {
        CliTest.Run with = CliTest.run("analyze", TXS, "--partition", "--model", "small");
        assertEquals(0, with.exit(), with.err());
        assertEquals(CliTest.run("analyze", TXS, "--partition").out(), with.out());
    }

    @Test
    void placementNeedsAModelAndReportsOneFeederPerGroupInJson() throws IOException {
        CliTest.Run without = CliTest.run("analyze", "../specs/hier-election.lstep", "--placement");
        assertEquals(2, without.exit());
        assertEquals("lockstep analyze: --placement needs --model: it counts the model's nodes\n", without.err());
        CliTest.Run json = CliTest.run("analyze", "../specs/hier-election.lstep", "--placement", "--model", "four",
                "--format", "json");
        assertEquals(0, json.exit(), json.err());
        JsonNode combine = null;
        for (JsonNode c : new ObjectMapper().readTree(json.out()).get("combiners")) {
            if (c.get("name").asText().equals("Member.Combine")) combine = c;
        }
        assertTrue(combine != null && combine.get("stablePerGroup").asBoolean(), json.out());
        assertEquals(2, combine.get("feeders").asInt());
        assertEquals(4, combine.get("of").asInt());
        assertEquals("Groups", combine.get("groups").asText());
    }
}
