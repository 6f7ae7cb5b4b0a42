package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.HazelcastInstance;
import dev.lockstep.cluster.ClusterSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code simulate --cluster} and {@code conform --cluster} on two in-JVM workers print what the same command prints
 * without {@code --cluster} (but for the line naming the cluster), and refuse what they cannot run (LS914).
 */
class SwarmCommandsTest {
    private static final String NAME = "lockstep-swarm-test";
    private static final List<String> MEMBERS = List.of("127.0.0.1:5871", "127.0.0.1:5872");
    private static HazelcastInstance a;
    private static HazelcastInstance b;
    private static Path secret;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws IOException {
        byte[] key = "swarm-test-secret".getBytes(StandardCharsets.UTF_8);
        a = new ClusterSettings(NAME, "127.0.0.1", 5871, false, MEMBERS, key, false).start();
        b = new ClusterSettings(NAME, "127.0.0.1", 5872, false, MEMBERS, key, false).start();
        secret = dir.resolve("secret");
        Files.writeString(secret, "swarm-test-secret\n");
    }

    @AfterAll
    static void stop() {
        a.getLifecycleService().terminate();
        b.getLifecycleService().terminate();
    }

    private static String[] onCluster(String... args) {
        return Stream.concat(Arrays.stream(args), Stream.of("--cluster", String.join(",", MEMBERS), "--cluster-name",
                NAME, "--cluster-port", "5873", "--secret-file", secret.toString())).toArray(String[]::new);
    }

    /** The output but the cluster's own line. */
    private static String withoutClusterLine(String out) {
        return out.lines().filter(l -> !l.startsWith("On cluster '")).collect(Collectors.joining("\n"));
    }

    /** The same command on this machine and on the cluster: the same exit code and the same report. */
    private static CliTest.Run sameOnCluster(String... args) {
        CliTest.Run local = CliTest.run(args);
        CliTest.Run remote = CliTest.run(onCluster(args));
        assertEquals(local.exit(), remote.exit(), remote.err());
        assertTrue(remote.out().contains("On cluster '" + NAME + "': 2 worker(s)"), remote.out());
        assertEquals(withoutClusterLine(local.out()), withoutClusterLine(remote.out()));
        return remote;
    }

    @Test
    void swarmSimulationCountsAsTheLocalRun() {
        CliTest.Run holds = sameOnCluster("simulate", CliTest.TWO_PHASE.toString(), "--model", "small", "--seeds", "40");
        assertEquals(0, holds.exit());
        assertTrue(holds.out().contains("40 run(s) from seed 0") && holds.out().contains("Actions fired: Abort"),
                holds.out());
        assertTrue(holds.out().contains("20 batches of seeds"), // 2 seeds a batch
                holds.out());
    }

    @Test
    void swarmSimulationFindsTheLowestFailingSeed() {
        // Seeds 100..163 in batches of 2: seed 104 fails first, and later batches (running at the same time) fail too.
        CliTest.Run bug = sameOnCluster("simulate", "../specs/buggy/two-phase-commit-eager.lstep", "--seed", "100",
                "--seeds", "64");
        assertEquals(1, bug.exit());
        assertTrue(bug.out().contains("5 run(s) from seed 100") && bug.out().contains("violation at seed 104"),
                bug.out());
        assertTrue(bug.out().contains("Replay: lockstep simulate ../specs/buggy/two-phase-commit-eager.lstep --model "
                + "small --seed 104"), bug.out());
    }

    @Test
    void distributedConformReportsTheDivergingFolderAsTheLocalRun() throws IOException {
        Path traces = dir.resolve("traces");
        CliTest.Run sim = CliTest.run("simulate", CliTest.TWO_PHASE.toString(), "--model", "small", "--seeds", "6",
                "--trace-dir", traces.toString());
        assertEquals(0, sim.exit(), sim.err());
        CliTest.Run conforms = sameOnCluster("conform", CliTest.TWO_PHASE.toString(), "--model", "small",
                traces.toString());
        assertEquals(0, conforms.exit());
        assertTrue(conforms.out().contains("6 of 6 seeds conform"), conforms.out());
        // r1's last state in seed 4 is aborted: recorded as committed, the run leaves the spec there.
        Path r1 = traces.resolve("seed-4/r1.ndjson");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(r1));
        String last = lines.get(lines.size() - 1);
        lines.set(lines.size() - 1, last.replace("\"state\":{\"state\":\"aborted\"}", "\"state\":{\"state\":\"committed\"}"));
        Files.write(r1, lines);
        CliTest.Run diverges = sameOnCluster("conform", CliTest.TWO_PHASE.toString(), "--model", "small",
                traces.toString());
        assertEquals(1, diverges.exit());
        assertTrue(diverges.out().contains("seed-4: Result: diverges") && diverges.out().contains(r1.toString()),
                diverges.out());
        assertTrue(diverges.out().contains("5 of 6 seeds conform"), diverges.out());
    }

    @Test
    void refusesWhatRunsOnThisMachineOnly() {
        CliTest.Run traces = CliTest.run(onCluster("simulate", CliTest.TWO_PHASE.toString(), "--model", "small",
                "--trace-dir", dir.resolve("t").toString()));
        assertEquals(2, traces.exit());
        assertTrue(traces.err().contains("LS914") && traces.err().contains("--trace-dir"), traces.err());
        CliTest.Run oneRun = CliTest.run(onCluster("conform", CliTest.TWO_PHASE.toString(), "--model", "small",
                dir.toString()));
        assertEquals(2, oneRun.exit());
        assertTrue(oneRun.err().contains("LS914") && oneRun.err().contains("is one run"), oneRun.err());
    }
}
