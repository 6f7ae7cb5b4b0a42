package dev.lockstep.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.eval.ModelInstance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conformance with ghost variables (derived from the trace: the traces do not log them), init predicates (checked
 * on the nodes' initial states) and transition properties (checked on every step), docs/language.md section 12.1.
 */
class StepPropertiesConformanceTest {
    private static final String BALLOT = """
            protocol Ballot
            const Voters: set<node>
            const Box: node
            message Vote { v: node }
            network set
            role Voter at Voters {
              var voted: bool = FALSE
              var token: int \\in {0, 1}
              input action Cast when ~voted do voted' = TRUE  send Vote { v: self } to Box
            }
            role Counter at Box {
              var tally: set<node> = {}
              ghost var counted: int = 0
              on receive m: Vote as Count when m.v \\notin tally do tally' = tally \\cup {m.v}  counted' = counted + 1
            }
            init SameTokens == \\A a, b \\in Voters : Voter[a].token = Voter[b].token
            invariant CountMatches == Cardinality(Counter[Box].tally) = Counter[Box].counted
            invariant Sound == CountMatches /\\ \\A n \\in Counter[Box].tally : Voter[n].voted
            property NoUnvote == [](\\A n \\in Voters : Voter[n].voted => Voter[n].voted')
            model safety { Voters = {a, b}  Box = x  check Sound, NoUnvote }
            """;

    @TempDir
    Path dir;

    private ModelInstance load(String name, String text) throws Exception {
        Path file = dir.resolve(name + ".lstep");
        Files.writeString(file, text);
        return ConformanceHarness.load(file, "safety");
    }

    /** Walks of {@code walked}'s model recorded as traces, checked against {@code checked}; one result per seed. */
    private List<ConformanceResult> walks(ModelInstance walked, ModelInstance checked, int seeds) throws Exception {
        SpecWalkTraces walks = new SpecWalkTraces(walked);
        List<ConformanceResult> out = new java.util.ArrayList<>();
        for (long seed = 0; seed < seeds; seed++) {
            Path run = Files.createDirectories(dir.resolve("run-" + walked.spec().name() + "-" + seed + "-"
                    + System.nanoTime()));
            try (NdjsonTraceSinks sinks = new NdjsonTraceSinks(run)) {
                // Spread seeds: java.util.Random's first draw barely differs between consecutive small seeds.
                walks.walk(seed * 0x9E3779B97F4A7C15L, 12, sinks);
            }
            try (Stream<Path> files = Files.list(run)) {
                for (Path f : files.toList()) {
                    assertFalse(Files.readString(f).contains("counted"), "a ghost variable is not in the trace: " + f);
                }
            }
            out.add(TraceChecker.check(checked, List.of(run)));
        }
        return out;
    }

    @Test
    void tracesWithoutTheGhostVariableConformAndItsInvariantIsChecked() throws Exception {
        ModelInstance m = load("ballot", BALLOT);
        for (ConformanceResult r : walks(m, m, 30)) {
            assertTrue(r.conforms(), () -> ConformanceReport.divergence(r.divergence()));
        }
        // The ghost is derived from the spec's successor: a spec whose ghost counts wrong breaks CountMatches.
        ModelInstance wrongGhost = load("wrong", BALLOT.replace("counted' = counted + 1", "counted' = counted + 2"));
        long broken = walks(m, wrongGhost, 30).stream().filter(r -> !r.conforms())
                .peek(r -> assertEquals(Divergence.Reason.INVARIANT_VIOLATED, r.divergence().reason()))
                .count();
        assertTrue(broken > 0, "no walk counted a vote");
    }

    @Test
    void aStartThatBreaksTheInitPredicateDiverges() throws Exception {
        ModelInstance free = load("free", BALLOT.replace("init SameTokens", "invariant SameTokensFree"));
        ModelInstance m = load("ballot", BALLOT);
        List<ConformanceResult> results = walks(free, m, 30);
        List<ConformanceResult> bad = results.stream().filter(r -> !r.conforms()).toList();
        assertFalse(bad.isEmpty(), "no walk started with different tokens");
        assertTrue(bad.size() < results.size(), () -> "no walk started with equal tokens: "
                + bad.get(0).divergence().reason() + " " + bad.get(0).divergence().message());
        for (ConformanceResult r : bad) {
            assertEquals(Divergence.Reason.BAD_INIT, r.divergence().reason());
            assertTrue(r.divergence().message().contains("SameTokens"), r.divergence().message());
        }
    }

    @Test
    void theSeededRetractBreaksTheTransitionProperty() throws Exception {
        String retract = BALLOT.replace("input action Cast when ~voted do",
                "input action Retract when voted do voted' = FALSE\n  input action Cast when ~voted do");
        ModelInstance buggy = load("retract", retract);
        List<ConformanceResult> results = walks(buggy, buggy, 30);
        List<ConformanceResult> bad = results.stream().filter(r -> !r.conforms()).toList();
        assertFalse(bad.isEmpty(), "no walk retracted a vote");
        for (ConformanceResult r : bad) {
            assertEquals(Divergence.Reason.PROPERTY_VIOLATED, r.divergence().reason(), r.divergence().message());
            assertTrue(r.divergence().message().contains("NoUnvote"), r.divergence().message());
        }
    }
}
