package dev.lockstep.specs.announce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.conformance.Divergence;
import dev.lockstep.conformance.SpecOnlineCheck;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.node.NodeOptions;
import dev.lockstep.runtime.sim.Simulation;
import dev.lockstep.runtime.sim.SimulationOptions;
import dev.lockstep.runtime.sim.SimulationResult;
import dev.lockstep.runtime.trace.TraceSinks;
import dev.lockstep.specs.gen.LibraryModels;
import dev.lockstep.specs.gen.SeededBugs;
import dev.lockstep.specs.generated.leaderannounce.CoordinatorState;
import dev.lockstep.specs.generated.leaderannounce.NodeState;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The generated leader-announce machines (model {@code small}: a coordinator, nodes n1 and n2) on the simulator with
 * fixed seeds and the faults of {@code fifo lossy any}: messages dropped anywhere in a channel, redelivered, and
 * nodes crashing. The nodes learn the coordinator's leader despite the losses (the announcements repeat), and every
 * step conforms to the spec, checked online: the node's {@code ghost} counter is not in the generated state, so the
 * monitor derives it, and the invariant {@code LearnedOnce}, which reads it, is checked on every event. The machines
 * generated from the buggy variant, whose coordinator picks again, are caught by the same check against the correct
 * spec.
 */
class LeaderAnnounceSimulationTest {
    static final Path SPEC = Path.of("leader-announce.lstep");
    static final Path REPICK = Path.of("buggy/leader-announce-repick.lstep");
    static final int SEEDS = 20;
    static final long STEPS = 300;

    /** Drops (10%), redeliveries (5%) and crashes (1%); one step per node event. */
    static SimulationOptions options(long seed) {
        return new SimulationOptions(seed, STEPS, 0.1, 0.05, 0.01, 10, 20, 50, new NodeOptions(4096, 1), TraceSinks.OFF);
    }

    static ProtocolDescriptor machines(Path file) {
        return LibraryModels.generatedDescriptor(file, LibraryModels.load(file), "small");
    }

    /** The coordinator's leader if it has picked one and every node has learned that one. */
    static Optional<List<NodeId>> everyNodeKnowsTheLeader(Map<NodeId, ItfEncodable> states) {
        List<NodeId> leader = null;
        int nodes = 0;
        for (ItfEncodable s : states.values()) {
            if (s instanceof CoordinatorState c) leader = c.leader();
        }
        if (leader == null || leader.isEmpty()) return Optional.empty();
        for (ItfEncodable s : states.values()) {
            if (!(s instanceof NodeState n)) continue;
            if (!n.leader().equals(leader)) return Optional.empty();
            nodes++;
        }
        return nodes == 2 ? Optional.of(leader) : Optional.empty();
    }

    @Test
    void theNodesLearnTheLeaderDespiteLossesAndConformOnEverySeed() {
        ModelInstance model = LibraryModels.bind(LibraryModels.load(SPEC), "small");
        long dropped = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            SpecOnlineCheck check = new SpecOnlineCheck(model, "seed " + seed);
            AtomicBoolean learned = new AtomicBoolean();
            SimulationResult r = Simulation.run(machines(SPEC), options(seed).withTraces(check.sinks(TraceSinks.OFF)),
                    view -> {
                        if (everyNodeKnowsTheLeader(view.states()).isPresent()) learned.set(true);
                        return check.check(view);
                    });
            check.finish();
            long s = seed;
            assertTrue(r.ok(), () -> "seed " + s + ": " + r.failure());
            assertEquals(Optional.empty(), check.divergence(), "seed " + seed);
            assertTrue(learned.get(), "seed " + seed + ": not every node learned the leader in " + r.steps() + " steps");
            assertTrue(check.monitor().eventsChecked() > 20, "seed " + seed);
            dropped += r.dropped();
        }
        System.out.println("leader-announce under simulation: " + SEEDS + " seeds conform, " + dropped + " drops");
        assertTrue(dropped > SEEDS, "the lossy network dropped only " + dropped + " messages");
    }

    @Test
    void theRepickVariantsGeneratedCodeIsCaughtAgainstTheCorrectSpec() {
        ModelInstance correct = LibraryModels.bind(LibraryModels.load(SPEC), "small");
        ProtocolDescriptor buggy = machines(REPICK);
        int caught = SeededBugs.caughtSeeds(correct, buggy, SEEDS, LeaderAnnounceSimulationTest::options, (d, what) -> {
            // The second Pick, after the leader was set: the correct spec's Pick is not enabled then.
            assertEquals(Divergence.Reason.NOT_ENABLED, d.reason(), what);
            assertTrue(d.message().contains("Coordinator.Pick"), d.message());
        });
        System.out.println("leader-announce-repick machines caught on " + caught + " of " + SEEDS + " seeds");
        assertTrue(caught > SEEDS / 2, "caught on " + caught + " of " + SEEDS + " seeds");
    }
}
