package dev.lockstep.conformance.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.conformance.history.KvModel.Cas;
import dev.lockstep.conformance.history.KvModel.Get;
import dev.lockstep.conformance.history.KvModel.Op;
import dev.lockstep.conformance.history.KvModel.Put;
import dev.lockstep.conformance.history.KvModel.Result;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LinearizabilityCheckerTest {
    private static final KvModel KV = new KvModel();

    private static Operation<Op, Result> op(int id, int client, Op in, Result out, long call, long ret) {
        return new Operation<>(id, client, in, out, call, ret);
    }

    @Test
    void aSequentialHistoryOfAWorkingStoreIsLinearizable() {
        List<Operation<Op, Result>> h = List.of(
                op(0, 0, new Put("x", "1"), Result.ok(true), 1, 2),
                op(1, 1, new Get("x"), Result.value("1"), 3, 4),
                op(2, 0, new Cas("x", "1", "2"), Result.ok(true), 5, 6),
                op(3, 1, new Cas("x", "1", "3"), Result.ok(false), 7, 8),
                op(4, 1, new Get("x"), Result.value("2"), 9, 10));
        assertTrue(LinearizabilityChecker.check(KV, h).linearizable());
    }

    @Test
    void aStaleReadAfterACompletedWriteIsRejectedWithTheOperationThatCouldNotBePlaced() {
        // The seeded bug of a leader serving reads without a read index: a write completed, a later read misses it.
        List<Operation<Op, Result>> h = List.of(
                op(0, 0, new Put("x", "1"), Result.ok(true), 1, 2),
                op(1, 1, new Get("x"), Result.value(null), 3, 4));
        Linearizability<Op, Result> r = LinearizabilityChecker.check(KV, h);
        assertFalse(r.linearizable());
        assertEquals(1, r.stuck().id(), r.explain());
        assertEquals(List.of(h.get(0)), r.longestPrefix(), r.explain());
        assertTrue(r.explain().contains("longest linearizable prefix"), r.explain());
    }

    @Test
    void aReadConcurrentWithAWriteMaySeeEitherValue() {
        for (String seen : new String[] {null, "1"}) {
            List<Operation<Op, Result>> h = List.of(
                    op(0, 0, new Put("x", "1"), Result.ok(true), 1, 4),
                    op(1, 1, new Get("x"), Result.value(seen), 2, 3));
            assertTrue(LinearizabilityChecker.check(KV, h).linearizable(), String.valueOf(seen));
        }
    }

    @Test
    void twoReadsThatSeeTheWritesInOppositeOrdersAreRejected() {
        List<Operation<Op, Result>> h = List.of(
                op(0, 0, new Put("x", "1"), Result.ok(true), 1, 10),
                op(1, 1, new Put("x", "2"), Result.ok(true), 1, 10),
                op(2, 2, new Get("x"), Result.value("1"), 2, 3),
                op(3, 2, new Get("x"), Result.value("2"), 4, 5),
                op(4, 3, new Get("x"), Result.value("2"), 2, 3),
                op(5, 3, new Get("x"), Result.value("1"), 4, 5));
        assertFalse(LinearizabilityChecker.check(KV, h).linearizable());
    }

    @Test
    void anOperationWithAnUnknownOutcomeMayOrMayNotHaveTakenEffect() {
        for (String seen : new String[] {null, "1"}) {
            List<Operation<Op, Result>> h = List.of(
                    op(0, 0, new Put("x", "1"), null, 1, Operation.PENDING),
                    op(1, 1, new Get("x"), Result.value(seen), 5, 6));
            assertTrue(LinearizabilityChecker.check(KV, h).linearizable(), String.valueOf(seen));
        }
        // ...but not both ways: once a read saw it, a later read cannot miss it.
        List<Operation<Op, Result>> h = List.of(
                op(0, 0, new Put("x", "1"), null, 1, Operation.PENDING),
                op(1, 1, new Get("x"), Result.value("1"), 5, 6),
                op(2, 1, new Get("x"), Result.value(null), 7, 8));
        assertFalse(LinearizabilityChecker.check(KV, h).linearizable());
    }

    @Test
    void keysAreCheckedIndependentlyAndTheFailingKeyIsReported() {
        List<Operation<Op, Result>> h = List.of(
                op(0, 0, new Put("x", "1"), Result.ok(true), 1, 2),
                op(1, 0, new Put("y", "1"), Result.ok(true), 3, 4),
                op(2, 1, new Get("x"), Result.value("1"), 5, 6),
                op(3, 1, new Get("y"), Result.value(null), 7, 8));
        Linearizability<Op, Result> r = LinearizabilityChecker.check(KV, h);
        assertFalse(r.linearizable());
        assertTrue(r.part().stream().allMatch(o -> o.input().key().equals("y")), r.explain());
    }

    /** The search agrees with trying every real-time-consistent order, on 3,000 small random histories. */
    @Test
    void agreesWithBruteForceOnRandomHistories() {
        Random random = new Random(20261129);
        int linearizable = 0;
        for (int i = 0; i < 3000; i++) {
            List<Operation<Op, Result>> h = randomHistory(random, 1 + random.nextInt(7));
            boolean expected = bruteForce(new ArrayList<>(h), java.util.Map.of());
            assertEquals(expected, LinearizabilityChecker.check(KV, h).linearizable(), h.toString());
            if (expected) linearizable++;
        }
        // Both verdicts must be well represented, or the comparison says little.
        assertTrue(linearizable > 600 && linearizable < 2400, "linearizable: " + linearizable);
    }

    /** Threads hammering a linearizable store (one lock): every recorded history passes. */
    @Test
    void historiesRecordedFromConcurrentClientsOfALinearizableStorePass() throws Exception {
        ConcurrentHashMap<String, String> store = new ConcurrentHashMap<>();
        HistoryRecorder<Op, Result> recorder = new HistoryRecorder<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            int client = c;
            pool.submit(() -> {
                Random random = new Random(client);
                for (int i = 0; i < 200; i++) {
                    String key = "k" + random.nextInt(3);
                    String value = String.valueOf(random.nextInt(4));
                    switch (random.nextInt(3)) {
                        case 0 -> {
                            var inv = recorder.invoke(client, new Get(key));
                            inv.ok(Result.value(store.get(key)));
                        }
                        case 1 -> {
                            var inv = recorder.invoke(client, new Put(key, value));
                            store.put(key, value);
                            inv.ok(Result.ok(true));
                        }
                        default -> {
                            String expected = random.nextBoolean() ? null : String.valueOf(random.nextInt(4));
                            var inv = recorder.invoke(client, new Cas(key, expected, value));
                            boolean ok = expected == null ? store.putIfAbsent(key, value) == null
                                    : store.replace(key, expected, value);
                            inv.ok(Result.ok(ok));
                        }
                    }
                }
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));
        List<Operation<Op, Result>> h = recorder.history();
        assertEquals(800, h.size());
        Linearizability<Op, Result> r = LinearizabilityChecker.check(KV, h);
        assertTrue(r.linearizable(), r.explain());
    }

    /**
     * Random operations over one or two keys, with overlapping intervals. Half are answered as a linearizable store
     * would (operations applied at a random point of their interval), the other half get one answer changed.
     */
    private static List<Operation<Op, Result>> randomHistory(Random random, int n) {
        record Planned(Op op, long call, long ret, double point, boolean pending) {}
        List<Planned> plan = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String key = random.nextInt(4) == 0 ? "y" : "x";
            String value = String.valueOf(random.nextInt(2));
            Op op = switch (random.nextInt(3)) {
                case 0 -> new Get(key);
                case 1 -> new Put(key, value);
                default -> new Cas(key, random.nextBoolean() ? null : String.valueOf(random.nextInt(2)), value);
            };
            long call = random.nextInt(12);
            long ret = call + random.nextInt(6);
            boolean pending = random.nextInt(8) == 0;
            plan.add(new Planned(op, call, ret, call + random.nextDouble() * (ret - call), pending));
        }
        List<Planned> byPoint = new ArrayList<>(plan);
        byPoint.sort(Comparator.comparingDouble(Planned::point));
        java.util.Map<String, String> state = new java.util.HashMap<>();
        java.util.Map<Planned, Result> answers = new java.util.IdentityHashMap<>();
        for (Planned p : byPoint) {
            String current = state.get(p.op().key());
            Result r = switch (p.op()) {
                case Get g -> Result.value(current);
                case Put put -> {
                    state.put(put.key(), put.value());
                    yield Result.ok(true);
                }
                case Cas c -> {
                    boolean ok = java.util.Objects.equals(c.expected(), current);
                    if (ok) state.put(c.key(), c.value());
                    yield Result.ok(ok);
                }
            };
            answers.put(p, r);
        }
        boolean corrupt = random.nextBoolean();
        int victim = random.nextInt(n);
        List<Operation<Op, Result>> h = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Planned p = plan.get(i);
            Result r = answers.get(p);
            if (corrupt && i == victim) {
                r = p.op() instanceof Get ? Result.value(random.nextBoolean() ? null : String.valueOf(random.nextInt(2)))
                        : Result.ok(!r.ok());
            }
            h.add(p.pending() ? op(i, i, p.op(), null, p.call(), Operation.PENDING) : op(i, i, p.op(), r, p.call(), p.ret()));
        }
        return h;
    }

    /**
     * Tries every order in which no operation comes before one that returned before it was called, over all keys at
     * once (no partitioning), the state being every key's value.
     */
    private static boolean bruteForce(List<Operation<Op, Result>> left, java.util.Map<String, String> state) {
        if (left.isEmpty()) return true;
        for (Operation<Op, Result> o : left) {
            boolean mayGoFirst = left.stream().noneMatch(p -> p != o && p.ret() < o.call());
            if (!mayGoFirst) continue;
            String key = o.input().key();
            Optional<String> after = KV.step(state.getOrDefault(key, KV.init()), o.input(), o.output());
            if (after.isEmpty()) continue;
            List<Operation<Op, Result>> rest = new ArrayList<>(left);
            rest.remove(o);
            java.util.Map<String, String> next = new java.util.HashMap<>(state);
            next.put(key, after.get());
            if (bruteForce(rest, next)) return true;
        }
        return false;
    }
}
