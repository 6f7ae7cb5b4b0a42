package dev.lockstep.runtime.bench;

import dev.lockstep.runtime.api.NetworkSpec;
import dev.lockstep.runtime.netty.ClusterConfig;
import dev.lockstep.runtime.netty.Clusters;
import dev.lockstep.runtime.netty.NettyNode;
import dev.lockstep.runtime.netty.NettyOptions;
import dev.lockstep.runtime.netty.TestCertificates;
import dev.lockstep.runtime.node.Chooser;
import dev.lockstep.runtime.node.NodeCore;
import dev.lockstep.runtime.sim.OnlineCheck;
import dev.lockstep.runtime.sim.Simulation;
import dev.lockstep.runtime.sim.SimulationOptions;
import dev.lockstep.runtime.sim.SimulationResult;
import dev.lockstep.runtime.testing.PingPong;
import dev.lockstep.runtime.testing.TwoPhaseCommit;
import dev.lockstep.runtime.trace.NdjsonTraceWriter;
import dev.lockstep.runtime.trace.TraceSink;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The runtime's benchmark (figures in docs/benchmarks.md):
 * <pre>
 * ./mvnw -q -o -pl runtime test-compile exec:java                      # defaults: 20000 rounds, 2 warm-up + 5 runs
 * ./mvnw -q -o -pl runtime test-compile exec:java -Dexec.args="50000 2 7"
 * </pre>
 * Ping-pong over Netty on loopback (one message in flight, so this measures per-message latency and cost): the
 * runtime with tracing off and on and over TLS, against {@link RawNettyPingPong}. The four variants are interleaved in every run
 * so that a busy machine affects them alike; the medians are reported. CPU per message is the CPU time of the
 * nodes' event loop threads divided by the messages, which a busy machine disturbs less than wall-clock rates. Then simulated deliveries per second.
 */
public final class RuntimeBench {
    record Result(double messagesPerSecond, double p50Micros, double p99Micros, double cpuMicrosPerMessage,
                  double writerCpuMicrosPerMessage) {}

    private static final String TRACE_WRITERS = "lockstep-trace-";

    /** CPU time so far of the live trace writer threads. */
    static long cpuNanosOfWriters() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith(TRACE_WRITERS)) sum += Math.max(0, mx.getThreadCpuTime(t.threadId()));
        }
        return sum;
    }

    /** CPU time so far of the live threads whose names start with {@code prefix}, trace writers apart. */
    static long cpuNanos(String prefix) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith(prefix) && !t.getName().startsWith(TRACE_WRITERS)) {
                sum += Math.max(0, mx.getThreadCpuTime(t.threadId()));
            }
        }
        return sum;
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        System.out.printf("JDK %s, %d cores, load average %.1f; %d rounds, %d warm-up + %d measured runs%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), rounds, warmup, runs);
        List<Result> raw = new ArrayList<>();
        List<Result> off = new ArrayList<>();
        List<Result> on = new ArrayList<>();
        List<Result> tls = new ArrayList<>();
        Path dir = Files.createTempDirectory("lockstep-bench");
        for (int i = 0; i < warmup + runs; i++) {
            Result r = RawNettyPingPong.run(rounds);
            Result o = runtime(rounds, null);
            Result t = runtime(rounds, dir.resolve("run" + i));
            Result s = runtime(rounds, null, true);
            if (i >= warmup) {
                raw.add(r);
                off.add(o);
                on.add(t);
                tls.add(s);
            }
            System.out.printf("run %d%s: raw %.0f msg/s, runtime %.0f msg/s, traced %.0f msg/s, TLS %.0f msg/s%n", i,
                    i < warmup ? " (warm-up)" : "", r.messagesPerSecond(), o.messagesPerSecond(), t.messagesPerSecond(),
                    s.messagesPerSecond());
        }
        Result mr = median(raw);
        Result mo = median(off);
        Result mt = median(on);
        Result ms = median(tls);
        System.out.println();
        System.out.println("| variant | messages/s | p50 round trip µs | p99 round trip µs | node threads' CPU µs per message "
                + "| trace writers' CPU µs per message |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        row("hand-written Netty ping-pong", mr);
        row("Lockstep runtime, tracing off", mo);
        row("Lockstep runtime, tracing on (NDJSON files)", mt);
        row("Lockstep runtime over TLS 1.3 (mutual auth), tracing off", ms);
        System.out.printf("%nruntime / hand-written: %.2f× throughput, %.2f× CPU per message; tracing overhead: %.1f%% "
                        + "throughput, %.1f%% node threads' CPU per message%n",
                mo.messagesPerSecond() / mr.messagesPerSecond(), mo.cpuMicrosPerMessage() / mr.cpuMicrosPerMessage(),
                100 * (1 - mt.messagesPerSecond() / mo.messagesPerSecond()),
                100 * (mt.cpuMicrosPerMessage() / mo.cpuMicrosPerMessage() - 1));
        System.out.printf("TLS / plaintext (tracing off): %.2f× throughput, %.2f× node threads' CPU per message%n",
                ms.messagesPerSecond() / mo.messagesPerSecond(), ms.cpuMicrosPerMessage() / mo.cpuMicrosPerMessage());
        simulation();
    }

    private static void row(String name, Result r) {
        System.out.printf("| %s | %,.0f | %.1f | %.1f | %.1f | %.1f |%n", name, r.messagesPerSecond(), r.p50Micros(),
                r.p99Micros(), r.cpuMicrosPerMessage(), r.writerCpuMicrosPerMessage());
    }

    /** Medians of each column separately. */
    static Result median(List<Result> rs) {
        return new Result(med(rs, Result::messagesPerSecond), med(rs, Result::p50Micros), med(rs, Result::p99Micros),
                med(rs, Result::cpuMicrosPerMessage), med(rs, Result::writerCpuMicrosPerMessage));
    }

    private static double med(List<Result> rs, java.util.function.ToDoubleFunction<Result> f) {
        double[] v = rs.stream().mapToDouble(f).sorted().toArray();
        return v[v.length / 2];
    }

    /** Throughput from the first send to the last reply, and round-trip percentiles, from per-round timings. */
    static Result result(long[] sendNanos, long[] rttNanos, long cpuNanos, long writerCpuNanos) {
        int n = sendNanos.length;
        double seconds = (sendNanos[n - 1] + rttNanos[n - 1] - sendNanos[0]) / 1e9;
        long[] sorted = rttNanos.clone();
        Arrays.sort(sorted);
        return new Result(2.0 * n / seconds, sorted[n / 2] / 1e3, sorted[(int) (n * 0.99)] / 1e3, cpuNanos / 1e3 / (2.0 * n),
                writerCpuNanos / 1e3 / (2.0 * n));
    }

    private static Result runtime(int rounds, Path traceDir) throws Exception {
        return runtime(rounds, traceDir, false);
    }

    /** With {@code tls}, the nodes use certificates of a CA made for the run (made before the clock starts). */
    private static Result runtime(int rounds, Path traceDir, boolean tls) throws Exception {
        long[] send = new long[rounds];
        long[] rtt = new long[rounds];
        PingPong pp = new PingPong(rounds, send, rtt);
        ClusterConfig cluster = Clusters.loopback(pp);
        if (tls) {
            cluster = ClusterConfig.unsecured(cluster.nodes()).withTls(TestCertificates.cluster(
                    TestCertificates.ca("bench CA"), cluster.nodes().keySet()));
        }
        long cpu;
        long writerCpu;
        try (NettyNode q = NettyNode.start(pp, cluster, PingPong.Q, sink(traceDir, "q"), Chooser.FIRST, NettyOptions.DEFAULTS);
             NettyNode p = NettyNode.start(pp, cluster, PingPong.P, sink(traceDir, "p"), Chooser.FIRST, NettyOptions.DEFAULTS)) {
            PingPong.PingerState done = new PingPong.PingerState(rounds, rounds);
            while (!done.equals(p.inspect(NodeCore::state).get(60, TimeUnit.SECONDS))) Thread.sleep(20);
            cpu = cpuNanos("lockstep-");
            writerCpu = cpuNanosOfWriters();
        }
        return result(send, rtt, cpu, writerCpu);
    }

    private static TraceSink sink(Path dir, String node) throws IOException {
        return dir == null ? TraceSink.OFF : NdjsonTraceWriter.open(dir.resolve(node + ".ndjson"));
    }

    private static void simulation() {
        System.out.println();
        System.out.println("| simulation | runs | steps | deliveries | seconds | deliveries/s | steps/s |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (int warm = 0; warm < 2; warm++) {
            simRow(warm == 1, "ping-pong, 200,000 rounds, FIFO, no faults", 1, seed -> Simulation.run(
                    new PingPong(200_000), SimulationOptions.of(seed, Long.MAX_VALUE), OnlineCheck.NONE));
            NetworkSpec faulty = new NetworkSpec(NetworkSpec.Kind.BAG, true, true);
            simRow(warm == 1, "2PC, 3 RMs, lossy+duplicating bag, drop/dup 0.1, crash 0.05, invariant online", 5_000,
                    seed -> Simulation.run(TwoPhaseCommit.correct(faulty),
                            SimulationOptions.of(seed, 2_000).withFaults(0.1, 0.1, 0.05), TwoPhaseCommit::consistent));
        }
    }

    private static void simRow(boolean print, String name, int runs, java.util.function.LongFunction<SimulationResult> run) {
        long steps = 0;
        long delivered = 0;
        long t0 = System.nanoTime();
        for (long seed = 0; seed < runs; seed++) {
            SimulationResult r = run.apply(seed);
            if (!r.ok()) throw new IllegalStateException(r.failure().get().toString());
            steps += r.steps();
            delivered += r.delivered();
        }
        double s = (System.nanoTime() - t0) / 1e9;
        if (print) {
            System.out.printf("| %s | %,d | %,d | %,d | %.2f | %,.0f | %,.0f |%n", name, runs, steps, delivered, s,
                    delivered / s, steps / s);
        }
    }
}
