package dev.lockstep.conformance.partial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.conformance.ConformanceHarness;
import dev.lockstep.conformance.SpecWalkTraces;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.ExploreOptions;
import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.lang.explore.Explorer;
import dev.lockstep.lang.explore.State;
import dev.lockstep.lang.explore.Trace;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.value.Itf;
import dev.lockstep.lang.value.Value;
import dev.lockstep.runtime.trace.TraceEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Raft ({@code specs/raft.lstep}) logging only what a Raft implementation typically logs
 * ({@code specs/partial/raft.elections-commits.json}): elections started (the Timeout that sends RequestVote),
 * leaders elected, client requests and the leader's commits, each with the node's term. Votes, AppendEntries and
 * their receipt, acknowledgements, a follower learning the commit index, crashes: all unlogged internal steps that
 * the search fills in. Random walks over model tiny validate; the explorer's counterexample of
 * {@code specs/buggy/raft-vote-not-persisted.lstep} (a voter forgets its vote in a crash and votes twice in one term),
 * logged the same way, is a behaviour of the buggy spec and is rejected by the correct one at its second leader.
 */
class PartialRaftTest {
    static final Path MAPPING = Path.of("../specs/partial/raft.elections-commits.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The log line of a Raft step, as the mapping reads it; null for a step the implementation does not log. */
    static Map<String, Object> line(String action, String node, Object term, Object param) {
        Map<String, Object> l = new LinkedHashMap<>();
        switch (action) {
            case "Timeout" -> l.put("event", "request-vote");
            case "BecomeLeader" -> l.put("event", "become-leader");
            case "ClientRequest" -> l.put("event", "client-request");
            case "AdvanceCommit" -> l.put("event", "commit");
            default -> { return null; }
        }
        l.put("node", node);
        l.put("term", term);
        if (action.equals("ClientRequest")) l.put("value", param);
        if (action.equals("AdvanceCommit")) l.put("index", param);
        return l;
    }

    /** Projects a walk's trace events to the log lines; counts the longest run of unlogged steps. */
    static final class RaftLogs implements ProjectedLog.Projection {
        int gap;
        int maxGap;
        final Map<String, Integer> logged = new LinkedHashMap<>();

        @Override
        public List<Map<String, Object>> lines(TraceEvent e) {
            if (e.kind() != TraceEvent.Kind.STEP) return List.of();
            Map<?, ?> state = (Map<?, ?>) ProjectedLog.plain(e.state());
            Object param = e.action().equals("ClientRequest") ? e.params().get("v") : e.params().get("i");
            Map<String, Object> l = line(e.action(), e.node(), state.get("currentTerm"), ProjectedLog.plain(param));
            if (l == null) {
                maxGap = Math.max(maxGap, ++gap);
                return List.of();
            }
            gap = 0;
            logged.merge((String) l.get("event"), 1, Integer::sum);
            return List.of(l);
        }
    }

    @Test
    void walksWithUnloggedVotesAndReplicationValidate() throws Exception {
        ModelInstance model = ConformanceHarness.load(Path.of("../specs/raft.lstep"), "tiny");
        PartialMapping mapping = PartialMapping.load(MAPPING, model);
        Map<String, Integer> logged = new LinkedHashMap<>();
        int maxGap = 0;
        boolean zeroBoundTried = false;
        for (long seed = 0; seed < 8; seed++) {
            Path log = dir.resolve("raft-" + seed + ".log");
            RaftLogs logs = new RaftLogs();
            try (ProjectedLog sinks = new ProjectedLog(log, logs)) {
                new SpecWalkTraces(model).walk(seed, 60, sinks);
            }
            logs.logged.forEach((k, v) -> logged.merge(k, v, Integer::sum));
            maxGap = Math.max(maxGap, logs.maxGap);
            // The bound: the longest run of unlogged steps this walk took.
            PartialResult r = new PartialTraceChecker(model, mapping, Math.max(1, logs.maxGap)).check(log);
            assertTrue(r.matches(), () -> PartialReport.text(model, r));
            if (!zeroBoundTried && logs.logged.containsKey("become-leader")) {
                // Without unlogged steps no leader is elected: its votes were never logged.
                zeroBoundTried = true;
                PartialResult none = new PartialTraceChecker(model, mapping, 0).check(log);
                assertEquals(PartialResult.Status.NO_MATCH, none.status(), PartialReport.text(model, none));
            }
        }
        assertTrue(zeroBoundTried, "no walk elected a leader");
        System.out.println("partial Raft walks: logged " + logged + ", longest silence " + maxGap);
        assertTrue(maxGap >= 3, "the walks should leave several internal steps unlogged in a row: " + maxGap);
        assertTrue(logged.getOrDefault("become-leader", 0) > 0 && logged.getOrDefault("commit", 0) > 0,
                "the walks should elect a leader and commit: " + logged);
    }

    /** The explorer's counterexample of the buggy spec, logged as the implementation would log it. */
    static List<String> counterexampleLog(ModelInstance buggy, int[] maxGap) throws Exception {
        ExploreResult found = new Explorer(buggy).run(ExploreOptions.defaults());
        assertEquals(ExploreResult.Status.INVARIANT_VIOLATED, found.status());
        CheckedSpec.Role server = buggy.spec().roles().get(0);
        int term = server.vars().stream().filter(v -> v.name().equals("currentTerm")).findFirst().orElseThrow().index();
        List<String> lines = new ArrayList<>();
        int gap = 0;
        for (Trace.Step step : found.counterexample()) {
            if (step.label() == null) continue;
            Map<String, Object> l = null;
            if (step.label().action() != null) {
                State s = step.state();
                int base = buggy.nodeBase(server.index(), buggy.nodeIndex(server.index(), step.label().node()));
                List<Value> params = step.label().params();
                l = line(step.label().action().name(), step.label().node().show(),
                        plain(s.slot(base + term)), params.isEmpty() ? null : plain(params.get(0)));
            }
            if (l == null) {
                maxGap[0] = Math.max(maxGap[0], ++gap);
            } else {
                gap = 0;
                lines.add(JSON.writeValueAsString(l));
            }
        }
        return lines;
    }

    private static Object plain(Value v) { return ProjectedLog.plain(Itf.encode(v)); }

    @Test
    void aVoterThatForgetsItsVoteInACrashIsCaughtAtTheSecondLeader() throws Exception {
        ModelInstance buggy = ConformanceHarness.load(Path.of("../specs/buggy/raft-vote-not-persisted.lstep"), "small");
        int[] maxGap = {0};
        List<String> lines = counterexampleLog(buggy, maxGap);
        Path log = Files.write(dir.resolve("double-vote.log"), lines);
        int k = Math.max(3, maxGap[0]);
        // The log is a behaviour of the buggy Raft ...
        PartialResult asBuggy = new PartialTraceChecker(buggy, PartialMapping.load(MAPPING, buggy), k).check(log);
        assertTrue(asBuggy.matches(), () -> PartialReport.text(buggy, asBuggy));
        // ... and of no Raft: the correct spec, with as many crashes as the cluster's, rejects its last line, the
        // second leader of term 1.
        ModelInstance raft = ConformanceHarness.load(Path.of("../specs/raft.lstep"), "cluster");
        PartialResult r = new PartialTraceChecker(raft, PartialMapping.load(MAPPING, raft), k).check(log);
        String text = PartialReport.text(raft, r);
        assertEquals(PartialResult.Status.NO_MATCH, r.status(), text);
        assertEquals(lines.size() - 1, r.matched(), text);
        assertEquals(lines.size(), r.failure().origin().line(), text);
        assertTrue(lines.get(lines.size() - 1).contains("become-leader"), lines.toString());
        assertTrue(text.contains("Server.BecomeLeader"), text);
        assertTrue(r.failure().candidateCount() > 0 && !r.failure().candidates().isEmpty(), text);
        System.out.println(text);
    }
}
