package dev.lockstep.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.hazelcast.core.HazelcastInstance;
import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.ExploreOptions;
import dev.lockstep.lang.explore.ExploreResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test support: Lockstep members on 127.0.0.1 inside this JVM (two data members and a lite coordinator, as the
 * command line would start them), and the library's specs loaded as a job.
 */
final class InJvmCluster implements AutoCloseable {
    static final byte[] SECRET = "test-secret-of-the-cluster".getBytes(StandardCharsets.UTF_8);
    final List<HazelcastInstance> workers = new ArrayList<>();
    final HazelcastInstance coordinator;
    final String name;

    /** {@code workers} data members on ports {@code basePort}, {@code basePort + 1}, …; the coordinator after. */
    InJvmCluster(String name, int basePort, int workerCount) {
        this.name = name;
        List<String> list = new ArrayList<>();
        for (int i = 0; i < workerCount; i++) list.add("127.0.0.1:" + (basePort + i));
        for (int i = 0; i < workerCount; i++) workers.add(settings(basePort + i, list, SECRET, false).start());
        coordinator = settings(basePort + workerCount, list, SECRET, true).start();
    }

    ClusterSettings settings(int port, List<String> members, byte[] secret, boolean lite) {
        return new ClusterSettings(name, "127.0.0.1", port, lite, members, secret, lite);
    }

    record Loaded(JobSpec job, ModelInstance model) {}

    static Loaded load(String file, String model) {
        Path path = Path.of("../specs").resolve(file);
        try {
            var c = Frontend.load(path);
            ModelInstance m = ModelInstance.bind(c.spec().orElseThrow(), model).orElseThrow();
            return new Loaded(new JobSpec(path.toString(), Files.readString(path), path.getParent().toString(), model), m);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    ClusterExplorer.Outcome explore(Loaded l, ExploreOptions options) {
        return new ClusterExplorer(coordinator).run(l.job(), l.model(), options);
    }

    /**
     * The cluster's 2 members found what the explorer found: the same status; when it holds, the same distinct and
     * generated counts and depth; else the same violation with a counterexample of the same length.
     */
    static void assertSameAnswer(ExploreResult local, ClusterExplorer.Outcome out) {
        ExploreResult remote = out.result();
        assertEquals(2, out.members());
        assertEquals(local.status(), remote.status());
        if (local.status() == ExploreResult.Status.HOLDS) {
            assertEquals(local.distinct(), remote.distinct(), "distinct");
            assertEquals(local.generated(), remote.generated(), "generated");
            assertEquals(local.depth(), remote.depth(), "depth");
        } else {
            assertEquals(local.violated(), remote.violated());
            assertEquals(local.counterexample().size(), remote.counterexample().size(), "a shortest counterexample");
        }
    }

    @Override
    public void close() {
        coordinator.getLifecycleService().terminate();
        for (HazelcastInstance w : workers) w.getLifecycleService().terminate();
    }
}
