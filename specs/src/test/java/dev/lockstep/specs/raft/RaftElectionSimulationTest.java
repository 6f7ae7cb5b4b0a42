package dev.lockstep.specs.raft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.conformance.SpecOnlineCheck;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.runtime.api.ActionSpec;
import dev.lockstep.runtime.api.Command;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.api.Step;
import dev.lockstep.runtime.sim.Simulation;
import dev.lockstep.runtime.sim.SimulationOptions;
import dev.lockstep.runtime.sim.SimulationResult;
import dev.lockstep.runtime.trace.TraceSinks;
import dev.lockstep.specs.conformance.MachineMutants;
import dev.lockstep.specs.gen.LibraryModels;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The acceptance test of resettable timers in the simulator: the generated Raft election machines (model
 * {@code cluster}: 3 servers, no practical term bound) on a healthy network elect one leader and keep it for 10 s of
 * simulated time, with no new term, on each of {@value #SEEDS} fixed seeds; every step is checked online against
 * the spec. The same runs with the followers' {@code restart Timeout} removed from the machines do start new terms,
 * so it is the restart that keeps the leader in place.
 */
class RaftElectionSimulationTest {
    static final int SEEDS = 10;
    static final Path SPEC = Path.of("raft-election.lstep");
    /** About 3 steps per 50 ms heartbeat (the leader's, two followers'): 10 s and the election fit in 1,000. */
    static final long STEPS = 1000;

    static ProtocolDescriptor machines(CheckedSpec spec) {
        return LibraryModels.generatedDescriptor(SPEC, spec, "cluster");
    }

    /** One run: the leader watch, and the online conformance check of the same run. */
    static Leaders run(ModelInstance model, ProtocolDescriptor machines, long seed) {
        Leaders leaders = new Leaders();
        SpecOnlineCheck spec = new SpecOnlineCheck(model, "seed " + seed);
        SimulationOptions options = SimulationOptions.of(seed, STEPS).withTraces(spec.sinks(TraceSinks.OFF));
        SimulationResult r = Simulation.run(machines, options, view -> {
            leaders.observe(view.timeMillis(), view.states());
            return spec.check(view);
        });
        spec.finish();
        assertTrue(r.ok(), () -> "seed " + seed + ": " + r.failure());
        assertEquals(Optional.empty(), spec.divergence(), "seed " + seed);
        return leaders;
    }

    @Test
    void oneLeaderIsElectedAndKeptForTenSecondsOnEverySeed() {
        CheckedSpec spec = LibraryModels.load(SPEC);
        ModelInstance model = LibraryModels.bind(spec, "cluster");
        for (long seed = 1; seed <= SEEDS; seed++) {
            Leaders leaders = run(model, machines(spec), seed);
            long s = seed;
            assertTrue(leaders.elected(), () -> "seed " + s + ": no leader");
            assertTrue(leaders.heldMillis() >= 10_000, () -> "seed " + s + ": watched only " + leaders);
            assertEquals(List.of(), leaders.changes(), () -> "seed " + s + ": " + leaders);
            System.out.println("raft-election cluster, simulated, seed " + seed + ": " + leaders);
        }
    }

    @Test
    void withoutRestartingTheElectionTimerTheFollowersStartNewTerms() {
        CheckedSpec spec = LibraryModels.load(SPEC);
        ModelInstance model = LibraryModels.bind(spec, "cluster");
        ProtocolDescriptor noRestart = withoutRestarts(machines(spec));
        for (long seed = 1; seed <= SEEDS; seed++) {
            Leaders leaders = run(model, noRestart, seed); // still a behaviour of the spec: time is abstracted
            long s = seed;
            assertTrue(leaders.changeCount() > 0, () -> "seed " + s + ": the leader stayed without restarts: " + leaders);
            System.out.println("raft-election cluster without restart, seed " + seed + ": " + leaders);
        }
    }

    /** {@code generated} with every RestartTimer command left out of its machines' steps. */
    static ProtocolDescriptor withoutRestarts(ProtocolDescriptor generated) {
        return MachineMutants.altered(generated, "Server", new MachineMutants.Alteration() {
            public <S> ActionSpec<S> apply(ActionSpec<S> a) {
                return new ActionSpec<>(a.name(), a.trigger(), a.messageType(), a.timerLowMillis(), a.timerHighMillis(),
                        a.params(), a.guard(), (s, p, msg) -> {
                            Step<S> step = a.effect().apply(s, p, msg);
                            return new Step<>(step.state(), step.commands().stream()
                                    .filter(c -> !(c instanceof Command.RestartTimer)).toList());
                        }, a.specLocation());
            }
        });
    }
}
