package dev.lockstep.conformance.partial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.conformance.ConformanceHarness;
import dev.lockstep.conformance.SpecWalkTraces;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.runtime.trace.TraceEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paxos (model small: two proposers, three acceptors) logging only its ballots, proposals, votes and what its learner
 * learned ({@code specs/partial/paxos.phases-votes.json}); the promises (both phase-1 receives) and the learner's
 * receives are unlogged internal steps that the search fills in. Random walks over the spec validate; a log whose
 * learner learns a value nobody voted for does not, and the report names that line.
 */
class PartialPaxosTest {
    @TempDir
    Path dir;

    /** Logs a walk's ballots, proposals, votes and learned values; counts the unlogged steps between log lines. */
    static final class PaxosLogs implements ProjectedLog.Projection {
        final Map<String, Object> learned = new HashMap<>();
        int gap;
        int maxGap;

        @Override
        public List<Map<String, Object>> lines(TraceEvent e) {
            List<Map<String, Object>> out = new ArrayList<>();
            Map<?, ?> state = (Map<?, ?>) ProjectedLog.plain(e.state());
            if (e.kind() == TraceEvent.Kind.STEP) {
                switch (e.action()) {
                    case "Prepare" -> out.add(line("start-ballot", e, "ballot", ProjectedLog.plain(e.params().get("b"))));
                    case "Propose" -> {
                        Map<String, Object> l = line("propose", e, "value", ProjectedLog.plain(e.params().get("v")));
                        l.put("ballot", state.get("bal"));
                        out.add(l);
                    }
                    case "Accept" -> {
                        Map<String, Object> l = line("vote", e, "ballot", state.get("vBal"));
                        l.put("value", state.get("vVal"));
                        out.add(l);
                    }
                    default -> { }
                }
            }
            if (state.containsKey("learned") && !state.get("learned").equals(learned.put(e.node(), state.get("learned")))
                    && e.kind() == TraceEvent.Kind.STEP) {
                out.add(line("learned", e, "values", state.get("learned")));
            }
            if (e.kind() == TraceEvent.Kind.STEP && out.isEmpty()) maxGap = Math.max(maxGap, ++gap);
            if (!out.isEmpty()) gap = 0;
            return out;
        }

        private static Map<String, Object> line(String event, TraceEvent e, String field, Object value) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("event", event);
            l.put("node", e.node());
            l.put(field, value);
            return l;
        }
    }

    @Test
    void walksWithUnloggedPromisesAndReceivesValidate() throws Exception {
        ModelInstance model = ConformanceHarness.load(Path.of("../specs/paxos.lstep"), "small");
        PartialMapping mapping = PartialMapping.load(Path.of("../specs/partial/paxos.phases-votes.json"), model);
        int maxGap = 0;
        long lines = 0;
        for (long seed = 0; seed < 8; seed++) {
            Path log = dir.resolve("paxos-" + seed + ".log");
            PaxosLogs logs = new PaxosLogs();
            try (ProjectedLog sinks = new ProjectedLog(log, logs)) {
                new SpecWalkTraces(model).walk(seed, 40, sinks);
                lines += sinks.lines();
            }
            maxGap = Math.max(maxGap, logs.maxGap);
            // The bound: the longest run of unlogged steps this walk took (re-reads that change nothing included).
            PartialResult r = new PartialTraceChecker(model, mapping, Math.max(1, logs.maxGap)).check(log);
            assertTrue(r.matches(), () -> PartialReport.text(model, r));
        }
        assertTrue(maxGap >= 3, "the walks should leave several internal steps unlogged in a row: " + maxGap);
        assertTrue(lines > 8 * 5, "too few log lines to test anything: " + lines);
    }

    @Test
    void aValueLearnedWithoutAQuorumOfVotesIsCaught() throws Exception {
        ModelInstance model = ConformanceHarness.load(Path.of("../specs/paxos.lstep"), "small");
        PartialMapping mapping = PartialMapping.load(Path.of("../specs/partial/paxos.phases-votes.json"), model);
        Path log = Files.writeString(dir.resolve("bad.log"), """
                {"event":"start-ballot","node":"p1","ballot":1}
                {"event":"propose","node":"p1","ballot":1,"value":2}
                {"event":"vote","node":"a1","ballot":1,"value":2}
                {"event":"learned","node":"l1","values":[2]}
                """);
        PartialResult r = new PartialTraceChecker(model, mapping, 6).check(log);
        assertEquals(PartialResult.Status.NO_MATCH, r.status(), PartialReport.text(model, r));
        assertEquals(3, r.matched());
        assertEquals(4, r.failure().origin().line());
        String text = PartialReport.text(model, r);
        assertTrue(text.contains("a candidate's learned is {}, the log says {2}"), text);
        // With a second vote logged, the same learning matches.
        Files.writeString(log, """
                {"event":"start-ballot","node":"p1","ballot":1}
                {"event":"propose","node":"p1","ballot":1,"value":2}
                {"event":"vote","node":"a1","ballot":1,"value":2}
                {"event":"vote","node":"a3","ballot":1,"value":2}
                {"event":"learned","node":"l1","values":[2]}
                """);
        PartialResult ok = new PartialTraceChecker(model, mapping, 6).check(log);
        assertTrue(ok.matches(), PartialReport.text(model, ok));
    }
}
