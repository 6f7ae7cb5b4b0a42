package dev.lockstep.cluster;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A worker in a child JVM for {@link TwoProcessClusterTest}: what {@code lockstep worker --join} starts, without
 * the command line. Args: cluster name, port, member list; the secret comes from LOCKSTEP_CLUSTER_SECRET.
 */
public final class WorkerProcess {
    private WorkerProcess() {}

    public static void main(String[] args) throws InterruptedException {
        byte[] secret = System.getenv("LOCKSTEP_CLUSTER_SECRET").getBytes(StandardCharsets.UTF_8);
        new ClusterSettings(args[0], "127.0.0.1", Integer.parseInt(args[1]), false,
                ClusterSettings.parseMembers(args[2]), secret, false).start();
        System.out.println("started");
        Thread.currentThread().join(); // until the test destroys the process
    }
}
