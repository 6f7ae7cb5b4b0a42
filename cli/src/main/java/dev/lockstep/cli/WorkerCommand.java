package dev.lockstep.cli;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.LifecycleEvent;
import dev.lockstep.cluster.ClusterFailure;
import dev.lockstep.cluster.ClusterSettings;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "worker", mixinStandardHelpOptions = true, description = "Start a cluster member that takes part in "
        + "distributed searches, swarm simulations and trace checks (explore, simulate, conform --cluster) until it is "
        + "stopped. Members find each other only through the "
        + "listed addresses (no multicast, no discovery).")
final class WorkerCommand implements Callable<Integer> {
    @Option(names = "--join", required = true, paramLabel = "HOST:PORT[,HOST:PORT...]",
            description = "The cluster's members to contact (this one may be among them).")
    String join;

    @Option(names = "--port", paramLabel = "P", defaultValue = "" + ClusterSettings.DEFAULT_PORT,
            description = "The port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Mixin
    ClusterJoin cluster;

    @Mixin
    Output output;

    @Override
    public Integer call() throws InterruptedException {
        ClusterSettings settings = cluster.settings(join, port, false, false, output);
        HazelcastInstance hz;
        try {
            hz = settings.start();
        } catch (ClusterFailure f) {
            throw ClusterJoin.refuse(output, f);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        hz.getLifecycleService().addLifecycleListener(e -> {
            if (e.getState() == LifecycleEvent.LifecycleState.SHUTDOWN) stopped.countDown();
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> hz.getLifecycleService().terminate()));
        var err = output.err();
        hz.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent e) { say(err, "member joined: " + e.getMember().getAddress()); }

            @Override
            public void memberRemoved(MembershipEvent e) { say(err, "member left: " + e.getMember().getAddress()); }
        });
        say(err, "lockstep worker " + hz.getCluster().getLocalMember().getAddress() + " in cluster '"
                + settings.clusterName() + "' with " + hz.getCluster().getMembers().size() + " member(s); stop it "
                + "with Ctrl-C");
        stopped.await();
        return ExitCodes.HOLDS;
    }

    private static void say(java.io.PrintWriter err, String line) {
        synchronized (err) {
            err.println(line);
            err.flush();
        }
    }
}
