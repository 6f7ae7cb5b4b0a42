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
            description = "Run the job on the workers of this cluster (`lockstep worker --join ...`); the results "
                    + "are the same as without it. With explore, --workers is then the expansion tasks per worker.")
    String members;

    @Option(names = "--cluster-port", paramLabel = "P", defaultValue = "" + ClusterSettings.DEFAULT_PORT,
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
        refuseUnsupported(output, "the distributed search keeps fingerprints in memory and has no checkpoints",
                unsupported);
        return onCluster(output, (hz, clusterName) -> {
            ClusterExplorer.Outcome out = new ClusterExplorer(hz).run(job(loaded, file), loaded.instance(), options);
            ExploreResult r = out.result();
            output.textLine(String.format(Locale.ROOT, "On cluster '%s': %d worker(s), %,d bytes in %,d batches "
                    + "between members (%.1f bytes per generated state), at most %,d states on one worker",
                    clusterName, out.members(), out.bytesSent(), out.batchesSent(),
                    r.generated() == 0 ? 0.0 : (double) out.bytesSent() / r.generated(), out.maxStoredPerMember()));
            return r;
        });
    }

    /** The spec of a job, as every member compiles it (its instance files relative to the spec's directory). */
    static JobSpec job(LoadedModel loaded, Path file) {
        return new JobSpec(file.toString(), loaded.spec().file().text(), file.toAbsolutePath().getParent().toString(),
                loaded.instance().model().name());
    }

    /** Refuses (LS914, exit 2) the first of {@code unsupported} that was given (null: not given), saying {@code why}. */
    static void refuseUnsupported(Output output, String why, String... unsupported) {
        for (String option : unsupported) {
            if (option != null) throw ClusterJoin.refuse(output, new ClusterFailure(Code.CLUSTER_UNSUPPORTED, option
                    + " is not supported with --cluster (" + why + ")"));
        }
    }

    /** A job on the cluster this process joins as a coordinator (a lite member). */
    interface Job<T> {
        T run(HazelcastInstance hz, String clusterName);
    }

    /** Joins the cluster, runs {@code job} and leaves; a cluster failure is a refusal (exit 2). */
    <T> T onCluster(Output output, Job<T> job) {
        ClusterSettings settings = join.settings(members, port, true, true, output);
        HazelcastInstance hz = null;
        try {
            hz = settings.start();
            return job.run(hz, settings.clusterName());
        } catch (ClusterFailure f) {
            throw ClusterJoin.refuse(output, f);
        } finally {
            if (hz != null) hz.getLifecycleService().terminate();
        }
    }
}
