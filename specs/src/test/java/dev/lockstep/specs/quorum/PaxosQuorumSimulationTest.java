package dev.lockstep.specs.quorum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.conformance.Divergence;
import dev.lockstep.conformance.SpecOnlineCheck;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.runtime.api.Itf;
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
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The generated Paxos-quorum machines (spec {@code paxos-quorum.lstep}, model {@code small}: 2 proposers, 3
 * acceptors) on the simulator with fixed seeds: the proposers' quorum receive fires on a majority of promises, the
 * acceptors reach a decision (a majority voted for one value in one ballot), and every step conforms to the spec,
 * checked online. The machines generated from the buggy variant, which proposes on the promises of any non-empty set
 * of acceptors, are caught by the same check against the correct spec.
 */
class PaxosQuorumSimulationTest {
    static final Path SPEC = Path.of("paxos-quorum.lstep");
    static final Path MINORITY = Path.of("buggy/paxos-quorum-minority.lstep");
    static final int SEEDS = 20;
    static final long STEPS = 600;

    /**
     * Redeliveries (the set network allows them) and crashes; one step per node event, so that the proposers'
     * always-enabled {@code Prepare} interleaves with the deliveries instead of filling the run.
     */
    static SimulationOptions options(long seed) {
        return new SimulationOptions(seed, STEPS, 0, 0.1, 0.01, 10, 20, 50, new NodeOptions(4096, 1), TraceSinks.OFF);
    }

    /** The value a majority of the acceptors last voted for in one ballot, if any: the decision. */
    static Optional<Long> decided(Map<NodeId, ItfEncodable> states) {
        Map<List<Long>, Integer> votes = new HashMap<>();
        int acceptors = 0;
        for (Map.Entry<NodeId, ItfEncodable> e : states.entrySet()) {
            if (e.getValue() == null || !(e.getValue().toItf() instanceof Map<?, ?> s) || !s.containsKey("vBal")) continue;
            acceptors++;
            long bal = Itf.asLong(s.get("vBal"));
            if (bal >= 0) votes.merge(List.of(bal, Itf.asLong(s.get("vVal"))), 1, Integer::sum);
        }
        int majority = acceptors / 2 + 1;
        return votes.entrySet().stream().filter(v -> v.getValue() >= majority).map(v -> v.getKey().get(1)).findFirst();
    }

    static ProtocolDescriptor machines(Path file) {
        return LibraryModels.generatedDescriptor(file, LibraryModels.load(file), "small");
    }

    @Test
    void theGeneratedNodesDecideAndConformOnEverySeed() {
        CheckedSpec spec = LibraryModels.load(SPEC);
        ModelInstance model = LibraryModels.bind(spec, "small");
        for (long seed = 1; seed <= SEEDS; seed++) {
            SpecOnlineCheck check = new SpecOnlineCheck(model, "seed " + seed);
            AtomicReference<Long> decision = new AtomicReference<>();
            SimulationOptions options = options(seed).withTraces(check.sinks(TraceSinks.OFF));
            SimulationResult r = Simulation.run(machines(SPEC), options, view -> {
                decided(view.states()).ifPresent(decision::set);
                return check.check(view);
            });
            check.finish();
            long s = seed;
            assertTrue(r.ok(), () -> "seed " + s + ": " + r.failure());
            assertEquals(Optional.empty(), check.divergence(), "seed " + seed);
            assertTrue(decision.get() != null, "seed " + seed + ": no decision in " + r.steps() + " steps");
            assertTrue(check.monitor().eventsChecked() > 10, "seed " + seed);
        }
    }

    @Test
    void theMinorityVariantsGeneratedCodeIsCaughtAgainstTheCorrectSpec() {
        ModelInstance correct = LibraryModels.bind(LibraryModels.load(SPEC), "small");
        ProtocolDescriptor buggy = machines(MINORITY);
        int caught = SeededBugs.caughtSeeds(correct, buggy, SEEDS, PaxosQuorumSimulationTest::options, (d, what) -> {
            // A proposal on the promises of a set that is no majority: Q outside the spec's Quorums.
            assertEquals(Divergence.Reason.BAD_PARAMS, d.reason(), what);
            assertTrue(d.message().contains("parameter Q = ") && d.message().contains("Proposer.Propose"),
                    d.message());
        });
        assertTrue(caught > SEEDS / 2, "caught on " + caught + " of " + SEEDS + " seeds");
    }
}
