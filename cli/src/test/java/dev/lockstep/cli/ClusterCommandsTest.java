package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.HazelcastInstance;
import dev.lockstep.cluster.ClusterSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code explore --cluster} and {@code worker}: the wiring to the cluster module, and the refusals (LS910, LS914). */
class ClusterCommandsTest {
    @TempDir
    Path dir;

    private Path secretFile(String secret) throws IOException {
        Path f = dir.resolve("secret");
        Files.writeString(f, secret + "\n");
        return f;
    }

    @Test
    void exploresOnTwoWorkersWithTheExplorersCounts() throws IOException {
        byte[] secret = "cli-test-secret".getBytes(StandardCharsets.UTF_8);
        List<String> members = List.of("127.0.0.1:5861", "127.0.0.1:5862");
        HazelcastInstance a = new ClusterSettings("lockstep-cli-test", "127.0.0.1", 5861, false, members, secret, false)
                .start();
        HazelcastInstance b = new ClusterSettings("lockstep-cli-test", "127.0.0.1", 5862, false, members, secret, false)
                .start();
        try {
            String[] cluster = {"--cluster", String.join(",", members), "--cluster-name", "lockstep-cli-test",
                    "--cluster-port", "5863", "--secret-file", secretFile("cli-test-secret").toString(),
                    "--progress-seconds", "0"};
            CliTest.Run holds = CliTest.run(concat(new String[] {"explore", CliTest.TWO_PHASE.toString(), "--model",
                    "rm5"}, cluster));
            assertEquals(0, holds.exit(), holds.err());
            assertTrue(holds.out().contains("On cluster 'lockstep-cli-test': 2 worker(s)"), holds.out());
            assertTrue(holds.out().contains("distinct states   8,832") && holds.out().contains("58,146"), holds.out());
            CliTest.Run bug = CliTest.run(concat(new String[] {"explore", "../specs/buggy/two-phase-commit-eager.lstep"},
                    cluster));
            assertEquals(1, bug.exit(), bug.err());
            assertTrue(bug.out().contains("Consistent"), bug.out());
        } finally {
            a.getLifecycleService().terminate();
            b.getLifecycleService().terminate();
        }
    }

    @Test
    void refusesWhatTheDistributedSearchDoesNotDo() throws IOException {
        String secret = secretFile("cli-test-secret").toString();
        CliTest.Run exact = CliTest.run("explore", CliTest.TWO_PHASE.toString(), "--model", "small", "--cluster",
                "127.0.0.1:5701", "--secret-file", secret, "--exact");
        assertEquals(2, exact.exit());
        assertTrue(exact.err().contains("LS914") && exact.err().contains("--exact"), exact.err());
        CliTest.Run badList = CliTest.run("explore", CliTest.TWO_PHASE.toString(), "--model", "small", "--cluster",
                "nonsense", "--secret-file", secret);
        assertEquals(2, badList.exit());
        assertTrue(badList.err().contains("LS910") && badList.err().contains("'nonsense'"), badList.err());
        CliTest.Run noSecret = CliTest.run("worker", "--join", "127.0.0.1:5701", "--secret-file",
                dir.resolve("missing").toString());
        assertEquals(2, noSecret.exit());
        assertTrue(noSecret.err().contains("LS910") && noSecret.err().contains("cannot be read"), noSecret.err());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
