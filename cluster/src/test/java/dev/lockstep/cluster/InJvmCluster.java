package dev.lockstep.cluster;

import com.hazelcast.core.HazelcastInstance;
import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.ExploreOptions;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
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
    /** The workers' addresses, HOST:PORT. */
    final List<String> members = new ArrayList<>();

    /**
     * {@code workers} data members and the coordinator on free ports of 127.0.0.1, in a cluster named {@code name}
     * and this process's id: tests of other checkouts running at the same time on this machine neither take these
     * ports nor join this cluster.
     */
    InJvmCluster(String name, int workerCount) {
        this.name = uniqueName(name);
        int[] ports = freePorts(workerCount + 1);
        for (int i = 0; i < workerCount; i++) members.add("127.0.0.1:" + ports[i]);
        for (int i = 0; i < workerCount; i++) workers.add(settings(ports[i], members, SECRET, false).start());
        coordinator = settings(ports[workerCount], members, SECRET, true).start();
    }

    /** {@code name} made unique to this JVM. */
    static String uniqueName(String name) { return name + "-" + ProcessHandle.current().pid(); }

    /** {@code n} distinct ports of 127.0.0.1 free a moment ago (held open together, so they differ). */
    static int[] freePorts(int n) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            for (ServerSocket s : sockets) {
                try {
                    s.close();
                } catch (IOException e) {
                    // closing a listener that accepted nothing
                }
            }
        }
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

    @Override
    public void close() {
        coordinator.getLifecycleService().terminate();
        for (HazelcastInstance w : workers) w.getLifecycleService().terminate();
    }
}
