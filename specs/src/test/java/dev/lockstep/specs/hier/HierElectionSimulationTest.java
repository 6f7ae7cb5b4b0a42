package dev.lockstep.specs.hier;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.conformance.SpecOnlineCheck;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.node.NodeOptions;
import dev.lockstep.runtime.sim.SimulationOptions;
import dev.lockstep.runtime.trace.TraceEvent;
import dev.lockstep.runtime.trace.TraceSink;
import dev.lockstep.runtime.trace.TraceSinks;
import dev.lockstep.specs.gen.LibraryModels;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The generated machines of specs/hier-election.lstep on the seed's nine nodes (seed 000, acceptance D4), under the
 * simulator with crashes and every step checked against the spec online: every run conforms (invariants and stable
 * decisions included), and a representative is replaced: some node other than its group's first representative
 * (its chief, a1, b1 or c1) reports its group's decision upward.
 */
class HierElectionSimulationTest {
    static final int SEEDS = 15;
    static final int STEPS = 500;

    @Test
    void nineNodesConformAndAReplacedRepresentativeReportsUpward() {
        Path file = Path.of("hier-election.lstep");
        var spec = LibraryModels.load(file);
        ModelInstance model = LibraryModels.bind(spec, "nine");
        ProtocolDescriptor machines = LibraryModels.generatedDescriptor(file, spec, "nine");
        Set<String> reporters = new TreeSet<>();
        long crashes = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            // Delays, duplicates and crashes (no drops: the network is a set, which the spec says never loses).
            SimulationOptions o = new SimulationOptions(seed, STEPS, 0, 0.05, 0.05, 10, 20, 50, new NodeOptions(4096, 1),
                    node -> new TraceSink() {
                        @Override
                        public void write(TraceEvent e) {
                            if ("Up".equals(e.action())) reporters.add(e.node());
                        }
                    });
            SpecOnlineCheck.Outcome out = SpecOnlineCheck.run(model, machines, o);
            assertTrue(out.ok(), "seed " + seed + ": " + out.describe());
            crashes += out.result().crashes();
        }
        assertTrue(crashes > 0, "no crash in " + SEEDS + " seeds");
        Set<String> replacements = new TreeSet<>(reporters);
        replacements.removeAll(Set.of("a1", "b1", "c1"));
        assertTrue(!replacements.isEmpty(), "only the chiefs reported upward: " + reporters);
    }
}
