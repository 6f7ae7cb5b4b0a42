package dev.lockstep.cli;

import com.hazelcast.core.HazelcastInstance;
import dev.lockstep.cluster.ClusterExplorer;
import dev.lockstep.cluster.ClusterFailure;
import dev.lockstep.cluster.ClusterSettings;
import dev.lockstep.cluster.JobSpec;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.explore.ExploreOptions;
import dev.lockstep.lang.explore.ExploreResult;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code explore --cluster HOST:PORT,…} (a picocli mixin): runs the breadth-first search on the workers of a
 * cluster. This process joins as a lite member, which owns no partitions: it coordinates the levels, sees members
 * leave as membership events, and is checked against the secret like any member; a Hazelcast client would need an
 * authentication of its own, which the open-source edition does not have.
 */
final class ClusterOptions {
    @Option(names = "--cluster", paramLabel = "HOST:PORT[,HOST:PORT...]",
            description = "Run the search on the workers of this cluster (`lockstep worker --join ...`); the counts "
                    + "are the same as without it. --workers is then the expansion tasks per worker.")
    String members;

    @Option(names = "--cluster-port", paramLabel = "P", defaultValue = "5701",
            description = "With --cluster: the first port this coordinator tries (default: ${DEFAULT-VALUE}, then "
                    + "the next free one).")
    int port;

    @Mixin
    ClusterJoin join;

    boolean requested() { return members != null; }

    /**
     * Runs the search on the cluster; refuses (exit 2) options the distributed search does not have and a cluster
     * that cannot run it. Prints what travelled between the members.
     */
    ExploreResult run(LoadedModel loaded, Path file, String model, ExploreOptions options, Output output,
                      String... unsupported) {
        for (String option : unsupported) {
            if (option != null) throw ClusterJoin.refuse(output, new ClusterFailure(Code.CLUSTER_UNSUPPORTED, option
                    + " is not supported with --cluster (the distributed search keeps fingerprints in memory and "
                    + "has no checkpoints)"));
        }
        ClusterSettings settings = join.settings(members, port, true, true, output);
        HazelcastInstance hz = null;
        try {
            hz = settings.start();
            Path parent = file.toAbsolutePath().getParent();
            JobSpec job = new JobSpec(file.toString(), loaded.spec().file().text(), parent.toString(),
                    loaded.instance().model().name());
            ClusterExplorer.Outcome out = new ClusterExplorer(hz).run(job, loaded.instance(), options);
            ExploreResult r = out.result();
            output.textLine(String.format(Locale.ROOT, "On cluster '%s': %d worker(s), %,d bytes in %,d batches "
                    + "between members (%.1f bytes per generated state), at most %,d states on one worker",
                    settings.clusterName(), out.members(), out.bytesSent(), out.batchesSent(),
                    r.generated() == 0 ? 0.0 : (double) out.bytesSent() / r.generated(), out.maxStoredPerMember()));
            return r;
        } catch (ClusterFailure f) {
            throw ClusterJoin.refuse(output, f);
        } finally {
            if (hz != null) hz.getLifecycleService().terminate();
        }
    }
}
