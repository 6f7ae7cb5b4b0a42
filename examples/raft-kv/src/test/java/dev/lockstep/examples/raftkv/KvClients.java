package dev.lockstep.examples.raftkv;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Concurrent clients of a fault test: each runs random commands (from its own seed) against the store until stopped,
 * recording them in one {@link KvHistory}, and counts the commands that settled (a value, OK or FAILED).
 */
final class KvClients {
    final KvHistory history = new KvHistory();
    final AtomicInteger settled = new AtomicInteger();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();

    /** Starts {@code n} clients of {@code cluster}; client c draws its commands from {@code seed * 100 + c}. */
    static KvClients start(FaultyCluster cluster, int n, long seed) {
        KvClients clients = new KvClients();
        for (int c = 0; c < n; c++) {
            int id = c;
            Random ops = new Random(seed * 100 + c);
            Thread t = new Thread(() -> {
                try (KvClient client = new KvClient(cluster.clientAddresses(), 2_000)) {
                    while (!clients.stop.get()) {
                        Reply r = clients.history.run(id, client, RaftKvFaultTest.randomCommand(ops));
                        if (r.kind() == Reply.Kind.VALUE || r.kind() == Reply.Kind.OK || r.kind() == Reply.Kind.FAILED) {
                            clients.settled.incrementAndGet();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "client-" + c);
            t.start();
            clients.threads.add(t);
        }
        return clients;
    }

    /** Stops the clients after their current command and waits for them. */
    void stop() throws InterruptedException {
        stop.set(true);
        for (Thread t : threads) t.join(10_000);
    }

    /**
     * One phase of a schedule: {@code millis}, and longer (up to 15 s) until the clients settled at least
     * {@code minSettled} more operations. On a quiet machine that takes a fraction of the phase; on a loaded one
     * (elections every second, commands answered UNKNOWN) the faults would otherwise follow each other before the
     * store did anything between them, and the history would check little.
     */
    void phase(long millis, int minSettled) throws InterruptedException {
        int target = settled.get() + minSettled;
        Thread.sleep(millis);
        long end = System.currentTimeMillis() + 15_000;
        while (settled.get() < target && System.currentTimeMillis() < end) Thread.sleep(50);
    }
}
