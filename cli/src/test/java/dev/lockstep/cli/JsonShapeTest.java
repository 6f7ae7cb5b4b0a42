package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The shape of every command's {@code --format json} document (field names in order, the kind of each value, the
 * shapes an array's elements take), pinned in {@code src/test/resources/golden/json-shape/*.txt}: scripts read
 * these documents, so a field that is renamed, moved, dropped or turned from a number into a string is a change of
 * interface. Values are not pinned (times differ run to run); other tests pin the figures. Rewrite the files with
 * {@code -Dlockstep.updateGolden=true} and review the diff.
 */
class JsonShapeTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/json-shape");
    static final String SPEC = CliTest.TWO_PHASE.toString();
    static final String EAGER = "../specs/buggy/two-phase-commit-eager.lstep";
    static final String TPC = RuntimeCommandsTest.TPC;

    static final Set<String> STATES = Set.of("state", "finalStates", "before", "after", "initialState");

    static Path work;

    @BeforeAll
    static void setUp() throws IOException {
        work = Files.createTempDirectory("lockstep-json-shape");
    }

    @AfterAll
    static void tearDown() {
        ProtocolSource.deleteTree(work);
    }

    @TestFactory
    Stream<DynamicTest> everyCommandsJsonKeepsItsShape() {
        String traces = work.resolve("traces").toString();
        String bad = "src/test/resources/bad-input/spec/lex-backtick.lstep";
        Map<String, String[]> cases = new java.util.LinkedHashMap<>();
        cases.put("lint", new String[] {"lint", SPEC, bad});
        cases.put("explore-holds", new String[] {"explore", SPEC, "--model", "small"});
        cases.put("explore-violated", new String[] {"explore", EAGER, "--model", "small"});
        cases.put("explore-random-walks", new String[] {"explore", EAGER, "--model", "small", "--random-walks", "50",
                "--depth", "30"});
        cases.put("explore-bad-input", new String[] {"explore", SPEC, "--model", "huge"});
        cases.put("check-holds", new String[] {"check", SPEC, "--model", "small"});
        cases.put("check-violated", new String[] {"check", EAGER, "--model", "small"});
        cases.put("prove-bmc", new String[] {"prove", SPEC, "--model", "small", "--bmc", "2"});
        cases.put("prove-cti", new String[] {"prove", EAGER, "--model", "small"});
        cases.put("gen", new String[] {"gen", SPEC, "--model", "small", "--out", work.resolve("gen").toString(),
                "--package", "p.q"});
        cases.put("gen-bad-package", new String[] {"gen", SPEC, "--out", work.resolve("gen").toString(),
                "--package", "p.1"});
        cases.put("simulate-holds", new String[] {"simulate", "--descriptor", TPC, "--seed", "3", "--trace-dir", traces});
        cases.put("simulate-violation", new String[] {"simulate", "--descriptor", RuntimeCommandsTest.EAGER, "--check",
                RuntimeCommandsTest.CONSISTENT, "--seeds", "1000"});
        cases.put("simulate-usage", new String[] {"simulate", "--seeds", "1"});
        cases.put("simulate-convergence", new String[] {"simulate", "../specs/minfinder-composed.lstep", "--model", "sim",
                "--report", "convergence", "--seeds", "2", "--rounds", "30", "--schedule", "clobber Node.minAddr @15"});
        cases.put("conform-one", new String[] {"conform", SPEC, "--model", "small", traces + "/seed-3"});
        cases.put("conform-seeds", new String[] {"conform", SPEC, "--model", "small", traces});
        String specTraces = work.resolve("spec-traces").toString();
        cases.put("simulate-spec", new String[] {"simulate", SPEC, "--model", "small", "--seed", "24", "--steps", "200",
                "--trace-dir", specTraces});
        cases.put("replay-what-if", new String[] {"replay", SPEC, "--model", "small", specTraces + "/seed-24", "--edit",
                "swap:tm#3", "--out", work.resolve("replayed").toString()});
        cases.put("run", new String[] {"run", "--descriptor", TPC, "--input", "r1:Prepare", "--seconds", "1"});
        cases.put("bench", new String[] {"bench", SPEC, "--models", "small", "--runs", "1", "--warmup", "0"});
        // Without --overhead-model: with it, whether TLC's net rate is a number or null depends on the timing.
        cases.put("bench-tlc", new String[] {"bench-tlc", SPEC, "--models", "small", "--runs", "1", "--warmup", "0"});
        cases.put("bench-conform", new String[] {"bench-conform", SPEC, "--model", "small", "--steps", "200",
                "--short-traces", "3", "--short-steps", "5", "--runs", "1", "--warmup", "0"});
        cases.put("pipeline", new String[] {"pipeline", SPEC, "--model", "small", "--skip", "check,prove"});
        cases.put("analyze-monotonicity", new String[] {"analyze", SPEC, "--monotonicity"});
        cases.put("analyze-partition", new String[] {"analyze", "../specs/analysis/two-phase-commit-txs-batch.lstep",
                "--partition"});
        cases.put("analyze-placement", new String[] {"analyze", "../specs/hier-election.lstep", "--placement",
                "--model", "three"});
        cases.put("analyze-bad-input", new String[] {"analyze", SPEC, "--partition", "--role", "Nobody"});
        List<DynamicTest> tests = new ArrayList<>();
        // In order: conform reads the traces simulate-holds writes, replay those of simulate-spec.
        cases.forEach((name, args) -> tests.add(DynamicTest.dynamicTest(name, () -> check(name, args))));
        return tests.stream();
    }

    private static void check(String name, String[] args) throws IOException {
        String[] withJson = Stream.concat(Stream.of(args), Stream.of("--format", "json")).toArray(String[]::new);
        CliTest.Run r = CliTest.run(withJson);
        JsonNode json = new ObjectMapper().readTree(r.out());
        String actual = "exit " + r.exit() + "\n" + shape(json, "");
        Path file = GOLDEN.resolve(name + ".txt");
        if (Boolean.getBoolean("lockstep.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual);
        }
        assertEquals(Files.readString(file), actual, String.join(" ", withJson) + "\n" + r.out() + r.err());
    }

    /** The shape of {@code n}: an object's keys in order, an array's distinct element shapes, a scalar's kind. */
    static String shape(JsonNode n, String indent) {
        if (n.isObject()) {
            if (n.isEmpty()) return "{}";
            StringBuilder s = new StringBuilder("{\n");
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                // A node's state is the spec's, not the CLI's, and how far a run got decides which sets are empty.
                String value = STATES.contains(e.getKey()) && e.getValue().isObject() ? "states of the spec (ITF)"
                        : shape(e.getValue(), indent + "  ");
                s.append(indent).append("  ").append(e.getKey()).append(": ").append(value).append('\n');
            }
            return s.append(indent).append('}').toString();
        }
        if (n.isArray()) {
            if (n.isEmpty()) return "[]";
            Set<String> elements = new LinkedHashSet<>();
            for (JsonNode e : n) elements.add(shape(e, indent + "  "));
            StringBuilder s = new StringBuilder("[\n");
            for (String e : elements) s.append(indent).append("  ").append(e).append('\n');
            return s.append(indent).append(']').toString();
        }
        if (n.isNull()) return "null";
        if (n.isBoolean()) return "boolean";
        if (n.isIntegralNumber()) return "integer";
        if (n.isNumber()) return "decimal";
        return "string";
    }
}
