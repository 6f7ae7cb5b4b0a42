package dev.lockstep.examples.raftkv;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Issue 19's comparison (docs/benchmarks.md): the store (3 servers, memory, tracing off) against the hand-written
 * {@link NettyQuorumBaseline}, in one process, measured alternately (the order swaps every round) so that both see
 * the same machine load. The same closed-loop put clients as {@link RaftKvBench}. Prints puts/s, p50 and p99 of each
 * round and of all rounds, and the throughput ratio raft-kv / baseline (issue 19's target: at least 0.8).
 * Arguments: clients secondsPerRound rounds.
 */
public final class RaftKvVsBaseline {
    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        try (RaftKvBench.Cluster kv = RaftKvBench.Cluster.start(Files.createTempDirectory("raft-kv-vs-baseline"), false,
                false); NettyQuorumBaseline baseline = NettyQuorumBaseline.start()) {
            if (!kv.awaitLeader(60_000)) throw new IllegalStateException("raft-kv: no leader within 60 s");
            List<InetSocketAddress> kvAddresses = kv.addresses();
            List<InetSocketAddress> baselineAddresses = List.of(baseline.clientAddress());
            RaftKvBench.run(baselineAddresses, clients, 2); // warm-up of both
            RaftKvBench.run(kvAddresses, clients, 2);
            List<long[]> kvRuns = new ArrayList<>();
            List<long[]> baselineRuns = new ArrayList<>();
            for (int r = 1; r <= rounds; r++) {
                for (boolean baselineTurn : r % 2 == 1 ? new boolean[] {true, false} : new boolean[] {false, true}) {
                    // The store's timers ran starved while the baseline had the cores: let it settle on a leader
                    // (without one the round is still measured: its clients get RETRY, and it counts 0 puts).
                    if (!baselineTurn && kv.awaitLeader(30_000)) Thread.sleep(1_000);
                    long term = kv.maxTerm();
                    long[] lat = RaftKvBench.run(baselineTurn ? baselineAddresses : kvAddresses, clients, seconds);
                    (baselineTurn ? baselineRuns : kvRuns).add(lat);
                    System.out.printf("round %d %-8s %s%s%n", r, baselineTurn ? "baseline" : "raft-kv",
                            RaftKvBench.summary(lat, seconds),
                            baselineTurn ? "" : ", " + (kv.maxTerm() - term) + " new terms during the round");
                }
            }
            long[] kvAll = concat(kvRuns);
            long[] baselineAll = concat(baselineRuns);
            double total = (double) seconds * rounds;
            System.out.printf("clients %d, %d rounds of %d s each%n", clients, rounds, seconds);
            System.out.printf("all      baseline %s%n", RaftKvBench.summary(baselineAll, total));
            System.out.printf("all      raft-kv  %s%n", RaftKvBench.summary(kvAll, total));
            System.out.printf("throughput raft-kv / baseline: %.4f (target 0.8)%n",
                    baselineAll.length == 0 ? Double.NaN : kvAll.length / (double) baselineAll.length);
            if (!RaftKvBench.OTHER.isEmpty()) System.out.println("answers other than OK: " + RaftKvBench.OTHER);
        }
    }

    private static long[] concat(List<long[]> runs) {
        return runs.stream().flatMapToLong(Arrays::stream).toArray();
    }
}
