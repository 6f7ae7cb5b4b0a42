package dev.lockstep.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.lockstep.conformance.ConformanceHarness;
import dev.lockstep.conformance.SeededSchedules;
import dev.lockstep.runtime.api.NetworkSpec;
import dev.lockstep.runtime.sim.SimulationOptions;
import dev.lockstep.runtime.testing.TwoPhaseCommit;
import dev.lockstep.conformance.threaded.ThreadedTwoPhaseCommit;
import dev.lockstep.conformance.twopc.TwoPhaseCommitSystem;
import dev.lockstep.conformance.twopc.TwoPhaseCommitSystem.Bug;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** The annotation on a class configures every harness parameter of its tests; seeds run as configured. */
@LockstepConformance(spec = "../specs/two-phase-commit.lstep", model = "small", seeds = 25, firstSeed = 100)
class LockstepConformanceExtensionTest {

    @Test
    void theClassAnnotationConfiguresTheHarness(ConformanceHarness harness) throws Exception {
        assertEquals("small", harness.model().model().name());
        AtomicLong runs = new AtomicLong();
        AtomicLong lowest = new AtomicLong(Long.MAX_VALUE);
        harness.check((seed, sinks) -> {
            runs.incrementAndGet();
            lowest.accumulateAndGet(seed, Math::min);
            TwoPhaseCommitSystem.run(seed, sinks, Bug.NONE);
        });
        assertEquals(25, runs.get());
        assertEquals(100, lowest.get());
    }

    @Test
    void aFailureKeepsTheTracesOfTheFailingSeed(ConformanceHarness harness) throws Exception {
        AssertionError e = assertThrows(AssertionError.class,
                () -> harness.check((seed, sinks) -> TwoPhaseCommitSystem.run(seed, sinks, Bug.SKIP_STATE_CHANGE)));
        String kept = e.getMessage().split("its traces are kept in ")[1].split("\n")[0];
        assertTrue(Files.isRegularFile(Path.of(kept, "tm.ndjson")), kept);
        assertTrue(e.getMessage().contains("wrong-state"), e.getMessage());
        assertTrue(e.getMessage().endsWith("check them again with: lockstep conform ../specs/two-phase-commit.lstep "
                + "--model small " + kept + "\n"), e.getMessage());
    }

    @Test
    void aPassingCheckSaysHowManySeedsAndEventsItChecked(ConformanceHarness harness) throws Exception {
        ConformanceHarness.Summary s = harness.check((seed, sinks) -> TwoPhaseCommitSystem.run(seed, sinks, Bug.NONE));
        assertEquals(25, s.seeds());
        assertTrue(s.events() >= 25 * 4, "every seed has at least the four nodes' init events: " + s);
    }

    @Test
    @LockstepConformance(spec = "classpath:two-phase-commit.lstep", model = "small", seeds = 3)
    void aSpecOnTheClassPathIsFound(ConformanceHarness harness) throws Exception {
        assertEquals("TwoPhaseCommit", harness.model().spec().name());
        assertEquals(3, harness.check((seed, sinks) -> TwoPhaseCommitSystem.run(seed, sinks, Bug.NONE)).seeds());
    }

    @Test
    void aMissingSpecNamesBothPlacesThatWereTried() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SpecLocation.resolve("nowhere/x.lstep", getClass()));
        assertTrue(e.getMessage().contains("neither a file") && e.getMessage().contains("class path"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SpecLocation.resolve("file:two-phase-commit.lstep", getClass()));
        assertThrows(IllegalArgumentException.class, () -> SpecLocation.resolve("classpath:nowhere.lstep", getClass()));
    }

    @Test
    @LockstepConformance(spec = "../specs/two-phase-commit.lstep", model = "small", seeds = 1, online = true)
    void anImplementationBuiltForAnotherModelIsReportedAsAModelMismatch(ConformanceHarness harness) throws Exception {
        // five resource managers against model small (three): a configuration error, not a protocol bug
        ConformanceHarness.Failure f = harness.firstFailure((seed, sinks) -> ThreadedTwoPhaseCommit.run(seed, 5, sinks, false));
        assertNotNull(f);
        String report = harness.describe(f);
        assertTrue(report.startsWith("model mismatch: the implementation runs node r"), report);
        assertTrue(report.contains("its nodes are [r1, r2, r3, tm]") || report.contains("[tm, r1, r2, r3]"), report);
    }

    @Test
    @LockstepConformance(spec = "../specs/two-phase-commit.lstep", model = "rm5", seeds = 1)
    void aDescriptorOfAnotherModelIsAMismatchBeforeAnySeedRuns(ConformanceHarness harness) {
        // three RMs against model rm5: no trace would show a foreign node, the TM would just look broken
        SeededSchedules threeRms = SeededSchedules.simulated(
                new TwoPhaseCommit(3, new NetworkSpec(NetworkSpec.Kind.SET, false, false), false),
                SimulationOptions.of(0, 60));
        AssertionError e = assertThrows(AssertionError.class, () -> harness.check(threeRms));
        assertTrue(e.getMessage().startsWith("model mismatch: the implementation is "), e.getMessage());
        assertTrue(e.getMessage().contains("but the test checks TwoPhaseCommit model rm5 with nodes "
                + "[tm, r1, r2, r3, r4, r5]"), e.getMessage());
        assertEquals(0, harness.summary().seeds(), "the nodes are compared before any seed runs");
    }

    @Test
    void aPassingTestPublishesTheSeedsAndEventsItChecked() {
        List<String> entries = new ArrayList<>();
        List<TestExecutionResult> results = new ArrayList<>();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(PassingAndFailing.class)).build(), new TestExecutionListener() {
                    @Override
                    public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
                        entries.add(id.getDisplayName() + " " + entry.getKeyValuePairs().get("lockstep"));
                    }

                    @Override
                    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                        if (id.isTest()) results.add(result);
                    }
                });
        assertEquals(3, results.size());
        // neither the failing test nor the one that found the divergence it expected reports a success
        assertEquals(1, entries.size(), entries.toString());
        assertTrue(entries.get(0).matches("passes\\(ConformanceHarness\\) lockstep: 4 seeds, \\d+ events checked "
                + "against TwoPhaseCommit model small: all conform"), entries.get(0));
    }

    /** Run by the launcher above, not by Surefire (a nested class). */
    @LockstepConformance(spec = "../specs/two-phase-commit.lstep", model = "small", seeds = 4)
    static class PassingAndFailing {
        @Test
        void passes(ConformanceHarness harness) throws Exception {
            harness.check((seed, sinks) -> TwoPhaseCommitSystem.run(seed, sinks, Bug.NONE));
        }

        @Test
        void fails(ConformanceHarness harness) throws Exception {
            harness.check((seed, sinks) -> TwoPhaseCommitSystem.run(seed, sinks, Bug.SKIP_STATE_CHANGE));
        }

        @Test
        void expectsADivergence(ConformanceHarness harness) throws Exception {
            assertNotNull(harness.firstFailure((seed, sinks) -> TwoPhaseCommitSystem.run(seed, sinks, Bug.SKIP_STATE_CHANGE)));
        }
    }

    @Test
    void anImplementationThatThrowsFailsTheTest(ConformanceHarness harness) {
        assertThrows(IllegalStateException.class, () -> harness.check((seed, sinks) -> {
            throw new IllegalStateException("boom");
        }));
    }
}
