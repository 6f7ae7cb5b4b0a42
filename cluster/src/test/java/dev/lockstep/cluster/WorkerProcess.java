package dev.lockstep.cluster;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A worker in a child JVM for {@link TwoProcessClusterTest}: what {@code lockstep worker --join} starts, without
 * the command line. Args: cluster name, port, member list; the secret comes from LOCKSTEP_CLUSTER_SECRET. Prints
 * {@code member ready ADDRESS members=N} once it listens and has joined (or formed) its cluster, then
 * {@code members=N} on every change, so the test starts the next member only when this one can answer.
 */
public final class WorkerProcess {
    static final String READY = "member ready ";

    private WorkerProcess() {}

    public static void main(String[] args) throws InterruptedException {
        byte[] secret = System.getenv("LOCKSTEP_CLUSTER_SECRET").getBytes(StandardCharsets.UTF_8);
        HazelcastInstance hz = new ClusterSettings(args[0], "127.0.0.1", Integer.parseInt(args[1]), false,
                ClusterSettings.parseMembers(args[2]), secret, false).start();
        hz.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent e) { say("members=" + e.getMembers().size()); }

            @Override
            public void memberRemoved(MembershipEvent e) { say("members=" + e.getMembers().size()); }
        });
        say(READY + hz.getCluster().getLocalMember().getAddress() + " members="
                + hz.getCluster().getMembers().size());
        Thread.currentThread().join(); // until the test destroys the process
    }

    private static synchronized void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** A {@link WorkerProcess} started by the test, with what it has printed so far. */
    static final class Child {
        final Process process;
        private final List<String> lines = new ArrayList<>();

        private Child(Process process) {
            this.process = process;
            Thread reader = new Thread(this::read, "worker-process-output");
            reader.setDaemon(true);
            reader.start();
        }

        /** Starts a worker process of cluster {@code name} on {@code port} of 127.0.0.1, contacting {@code members}. */
        static Child start(String name, int port, List<String> members, byte[] secret) {
            String java = ProcessHandle.current().info().command().orElse("java");
            ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                    WorkerProcess.class.getName(), name, String.valueOf(port), String.join(",", members));
            pb.environment().put("LOCKSTEP_CLUSTER_SECRET", new String(secret, StandardCharsets.UTF_8));
            pb.redirectErrorStream(true);
            try {
                return new Child(pb.start());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void read() {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                }
            } catch (IOException e) {
                // the process was destroyed
            }
        }

        /**
         * The number of members this worker saw when it was ready (listening, and in its cluster), once it says
         * so within {@code timeout}; empty if it did not (still starting, or exited: see {@link #output()}).
         */
        Optional<Integer> awaitReady(Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline && process.isAlive()) {
                synchronized (lines) {
                    for (String line : lines) {
                        if (line.startsWith(READY)) {
                            return Optional.of(Integer.parseInt(line.substring(line.lastIndexOf('=') + 1)));
                        }
                    }
                }
                Thread.sleep(100);
            }
            return Optional.empty();
        }

        String output() {
            synchronized (lines) {
                return (process.isAlive() ? "" : "(exited " + process.exitValue() + ") ") + String.join(" | ", lines);
            }
        }
    }
}
