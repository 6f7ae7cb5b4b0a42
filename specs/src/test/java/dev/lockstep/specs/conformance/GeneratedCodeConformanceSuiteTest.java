package dev.lockstep.specs.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.conformance.ConformanceResult;
import dev.lockstep.conformance.Divergence;
import dev.lockstep.conformance.SpecOnlineCheck;
import dev.lockstep.conformance.TraceChecker;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.runtime.api.Message;
import dev.lockstep.runtime.api.NetworkSpec;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.node.NodeOptions;
import dev.lockstep.runtime.sim.SimulationOptions;
import dev.lockstep.runtime.trace.TraceEvent;
import dev.lockstep.runtime.trace.TraceSink;
import dev.lockstep.runtime.trace.TraceSinks;
import dev.lockstep.specs.gen.LibraryModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conformance suite: the machines the Maven plugin generated for every model of every library spec run on the
 * runtime's deterministic simulator with the faults their network allows (duplicates/redeliveries on set networks,
 * drops only on lossy ones, crashes everywhere), over {@value #SEEDS} seeds per model, and every step is replayed
 * online through the evaluator ({@link SpecOnlineCheck}): enabled, same state, same sends, invariants hold. A
 * sample of the runs also writes its traces, kept under {@code target/conformance-suite/<spec>/<model>/seed-N}
 * and checked again from disk by the file-based {@link TraceChecker}.
 *
 * <p>Runs are short ({@value #STEPS} node steps) so that the many seeds fit the CI budget: most protocols decide
 * within that many steps, and the seeds vary the schedules rather than the length.
 */
class GeneratedCodeConformanceSuiteTest {
    static final int SEEDS = 1000;
    static final int STEPS = 40;
    static final int SAMPLE_EVERY = 250;
    static final Path KEPT = Path.of("target", "conformance-suite");
    /**
     * Actions the spec allows but the runtime's schedules never take. Chang–Roberts' {@code Wake} receives an id
     * before the node has started, but {@code Start} is an {@code auto} action, which the node loop fires as soon
     * as the node starts, before any message can reach it (all nodes start at time 0). The same holds for the
     * instances of Chang–Roberts in {@code two-rings.lstep}.
     */
    static final Set<String> UNREACHABLE_IN_THE_RUNTIME = Set.of("Node.Wake", "Lower_Node.Wake", "Upper_Node.Wake");
    /**
     * Actions a model's constants rule out (the explorer never takes them either): raft.lstep's one-term models have
     * no request or AppendEntries of a higher term from a server behind, nor one of a lower term.
     */
    static final Map<String, Set<String>> UNREACHABLE_IN_THE_MODEL = Map.of(
            "raft.lstep/tiny", Set.of("Server.RefuseVote", "Server.IgnoreStale"),
            "raft.lstep/tinySym", Set.of("Server.RefuseVote", "Server.IgnoreStale"));

    @BeforeAll
    static void clean() throws IOException {
        if (Files.exists(KEPT)) {
            try (Stream<Path> s = Files.walk(KEPT)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
    }

    /**
     * The suite's runs: faults as above, and one step per node event (so that an always-enabled {@code auto} action,
     * as MinFinder's {@code Push}, interleaves with deliveries step by step instead of filling a short run alone).
     */
    static SimulationOptions options(long seed) {
        return new SimulationOptions(seed, STEPS, 0.05, 0.1, 0.03, 10, 20, 50, new NodeOptions(4096, 1),
                TraceSinks.OFF);
    }

    /**
     * The suite's runs for one model: a model whose roles crash but whose bound is {@code crashes 0} (raft.lstep's
     * tiny models) runs without crashes, as its bound says (the checker rejects a restart there).
     */
    static SimulationOptions options(LibraryModels.Model m, long seed) {
        SimulationOptions o = options(seed);
        boolean crashing = m.spec().roles().stream().anyMatch(r -> r.crashes());
        return crashing && m.instance().model().crashes() == 0 ? o.withFaults(o.drop(), o.dup(), 0) : o;
    }

    /** Sinks that note each step's {@code Role.Action} and write nothing. */
    static TraceSinks counting(Set<String> fired) {
        return node -> new TraceSink() {
            @Override
            public void write(TraceEvent e) {
                if (e.action() != null) fired.add(e.role() + "." + e.action());
            }
        };
    }

    static boolean buggy(LibraryModels.Model m) {
        return m.file().getParent() != null && m.file().getParent().getFileName().toString().equals("buggy");
    }

    static Path keptDir(LibraryModels.Model m, long seed) {
        String spec = m.file().getFileName().toString().replace(".lstep", "");
        return KEPT.resolve((buggy(m) ? "buggy-" : "") + spec).resolve(m.name()).resolve("seed-" + seed);
    }

    @Test
    void everyLibraryModelsGeneratedMachinesConformUnderFaultsOnEverySeed() {
        List<String> lines = new ArrayList<>();
        long runs = 0, steps = 0, duplicated = 0, crashes = 0, dropped = 0, sampled = 0;
        for (LibraryModels.Model m : LibraryModels.all()) {
            if (buggy(m)) continue;
            long t0 = System.nanoTime(), modelSteps = 0, modelDropped = 0;
            Set<String> fired = new TreeSet<>();
            for (long seed = 1; seed <= SEEDS; seed++) {
                boolean sample = seed % SAMPLE_EVERY == 0;
                SimulationOptions o = options(m, seed).withTraces(sample ? TraceSinks.directory(keptDir(m, seed))
                        : counting(fired));
                SpecOnlineCheck.Outcome out = SpecOnlineCheck.run(m.instance(), m.descriptor(), o);
                assertTrue(out.ok(), m + ": " + out.describe());
                assertTrue(out.result().steps() > 0, m + " seed " + seed + " took no step");
                if (sample) {
                    ConformanceResult r = TraceChecker.check(m.instance(), List.of(keptDir(m, seed)));
                    assertTrue(r.conforms(), m + " seed " + seed + " from disk: " + r.divergence());
                    assertEquals(out.eventsChecked(), r.events(), m + " seed " + seed + ": events online and on disk");
                    sampled++;
                }
                runs++;
                modelSteps += out.result().steps();
                duplicated += out.result().duplicated();
                crashes += out.result().crashes();
                modelDropped += out.result().dropped();
            }
            steps += modelSteps;
            dropped += modelDropped;
            // The simulator drops messages exactly on the lossy networks (leader-announce's fifo lossy any).
            if (m.descriptor().network().lossy()) assertTrue(modelDropped > 0, m + ": nothing dropped");
            else assertEquals(0, modelDropped, m + ": dropped on a network that is not lossy");
            // Every action of the spec ran somewhere in the model's seeds: the runs reach the whole protocol.
            Set<String> all = new TreeSet<>();
            for (var role : m.spec().roles()) for (var a : role.actions()) all.add(role.name() + "." + a.name());
            all.removeAll(fired);
            all.removeAll(UNREACHABLE_IN_THE_RUNTIME);
            all.removeAll(UNREACHABLE_IN_THE_MODEL.getOrDefault(m.toString(), Set.of()));
            assertEquals(Set.of(), all, m + ": actions that never fired in " + SEEDS + " seeds");
            lines.add(String.format("%-28s %6d steps %5d ms", m, modelSteps, (System.nanoTime() - t0) / 1_000_000));
        }
        System.out.println("conformance suite: " + runs + " runs, " + steps + " steps checked online, " + duplicated
                + " duplicates, " + crashes + " crashes, " + dropped + " drops, " + sampled + " trace samples\n  " + String.join("\n  ", lines));
        assertTrue(runs >= 13 * SEEDS, "runs " + runs);
        // The faults were exercised: redeliveries on the set networks, crashes, drops on the lossy one (per model above).
        assertTrue(duplicated > runs / 10, "duplicates " + duplicated);
        assertTrue(crashes > runs / 10, "crashes " + crashes);
    }

    @Test
    void generatedMachinesOnLossyVariantsOfTheirNetworkConform(@TempDir Path tmp) throws IOException {
        // These library networks are not lossy, but the generated machines do not depend on the network: run them on a lossy
        // one (the simulator then drops messages, and loses a crashed node's inbox) and check them against the same
        // spec with the lossy network declared. On a lossy fifo the checker infers the drops of channel heads.
        String[][] cases = {{"two-phase-commit.lstep", "small", "set lossy"}, {"paxos.lstep", "small", "set lossy"},
                {"chang-roberts.lstep", "ring4", "fifo lossy"}};
        for (String[] c : cases) {
            String text = Files.readString(Path.of(c[0])).replaceFirst("(?m)^network \\w+", "network " + c[2]);
            Path file = Files.writeString(tmp.resolve(c[0]), text);
            ModelInstance model = LibraryModels.bind(LibraryModels.load(file), c[1]);
            ProtocolDescriptor machines = lossy(LibraryModels.generatedDescriptor(Path.of(c[0]),
                    LibraryModels.load(Path.of(c[0])), c[1]));
            long dropped = 0;
            for (long seed = 1; seed <= SEEDS / 4; seed++) {
                SpecOnlineCheck.Outcome out = SpecOnlineCheck.run(model, machines, options(seed));
                assertTrue(out.ok(), c[0] + " " + c[2] + ": " + out.describe());
                dropped += out.result().dropped();
            }
            assertTrue(dropped > 0, c[0] + ": nothing dropped");
        }
    }

    /** {@code d} with its network declared lossy. */
    static ProtocolDescriptor lossy(ProtocolDescriptor d) {
        return new ProtocolDescriptor() {
            public String protocol() { return d.protocol(); }

            public String model() { return d.model(); }

            public NetworkSpec network() { return new NetworkSpec(d.network().kind(), true, d.network().duplicating()); }

            public List<RoleDescriptor> roles() { return d.roles(); }

            public Message messageFromItf(Object itf) { return d.messageFromItf(itf); }
        };
    }

    @Test
    void buggySpecsGeneratedMachinesConformToTheirSpecUntilItsInvariantBreaks() {
        // The machines of a buggy spec implement that spec faithfully: the only divergence allowed is the spec's own
        // invariant or transition-property violation, which the online check must then report (and does for some
        // model).
        int violations = 0;
        List<String> found = new ArrayList<>();
        for (LibraryModels.Model m : LibraryModels.all()) {
            if (!buggy(m)) continue;
            for (long seed = 1; seed <= SEEDS / 5; seed++) {
                SpecOnlineCheck.Outcome out = SpecOnlineCheck.run(m.instance(), m.descriptor(), options(m, seed));
                if (out.ok()) continue;
                Divergence d = out.divergence().orElseThrow(() -> new AssertionError(m + ": " + out.describe()));
                // The spec's own violation: an invariant, or a transition property broken by a step.
                assertTrue(d.reason() == Divergence.Reason.INVARIANT_VIOLATED
                        || d.reason() == Divergence.Reason.PROPERTY_VIOLATED, m + ": " + out.describe());
                violations++;
                found.add(m + " seed " + seed);
                break;
            }
        }
        System.out.println("buggy specs, first violating seeds: " + found);
        assertTrue(violations >= 1, "no buggy model's invariant broke in simulation");
    }
}
