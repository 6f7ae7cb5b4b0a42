package dev.lockstep.cluster;

import com.hazelcast.core.HazelcastInstance;
import dev.lockstep.lang.eval.EvalException;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.Label;
import dev.lockstep.lang.explore.State;
import dev.lockstep.lang.explore.Transitions;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * One member's part of a distributed search: a {@link PartitionStore} for each partition the member owns, the
 * level's frontier (the new states those partitions kept in the level before), and the stops found here. Each level
 * the coordinator asks it to expand its frontier in slices ({@link #expand}), owners store what they receive
 * ({@link #accept}), and a commit ({@link #commit}) makes the new states the next frontier: the level's barrier.
 *
 * <p>As in the explorer, a successor outside the model's constraint is checked but not kept, and a kept state is
 * checked once, here by its owner when it is first stored; transition properties are checked on every step by the
 * member that takes it.
 */
final class Shard {
    private final HazelcastInstance hz;
    private final String jobId;
    private final Routing routing;
    private final boolean checkDeadlock;
    private final PartitionStore[] partitions;
    private final ThreadLocal<SpecTools> tools;
    private State[] frontier = new State[0];
    private long[] frontierFps = new long[0];
    private final ConcurrentLinkedQueue<Stop> stops = new ConcurrentLinkedQueue<>();
    private final AtomicLong bytesSent = new AtomicLong();
    private final AtomicLong batchesSent = new AtomicLong();
    /** Set at a stop: the rest of this member's level need not be expanded. */
    private volatile boolean stopped;

    Shard(HazelcastInstance hz, String jobId, Routing routing, ModelInstance model, boolean checkDeadlock) {
        this.hz = hz;
        this.jobId = jobId;
        this.routing = routing;
        this.checkDeadlock = checkDeadlock;
        this.tools = ThreadLocal.withInitial(() -> SpecTools.of(model));
        UUID self = hz.getCluster().getLocalMember().getUuid();
        this.partitions = new PartitionStore[routing.partitions()];
        for (int p = 0; p < partitions.length; p++) {
            if (routing.owners()[p].equals(self)) partitions[p] = new PartitionStore();
        }
    }

    /** What a member reports at a level's barrier. {@code stored}: states in its partitions. */
    record LevelReport(long newStates, long stored, List<Stop> stops, long bytesSent, long batchesSent)
            implements Serializable {}

    /**
     * Expands frontier states {@code slice}, {@code slice + slices}, … and delivers their successors; returns how
     * many successors it generated (as the explorer counts them).
     */
    long expand(int slice, int slices) throws ExecutionException, InterruptedException {
        Outbox out = new Outbox(hz, jobId, routing, this);
        Expander ex = new Expander(tools.get(), out);
        long generated = 0;
        for (int i = slice; i < frontier.length && !stopped; i += slices) {
            generated += ex.expand(frontierFps[i], frontier[i]);
        }
        out.finish();
        bytesSent.addAndGet(out.bytesSent());
        batchesSent.addAndGet(out.batchesSent());
        return generated;
    }

    /** Stores a successor this member owns; a new one joins the next level and is checked against the invariants. */
    void accept(long fp, long parent, int ordinal, State state) { accept(fp, parent, ordinal, () -> state); }

    private void accept(long fp, long parent, int ordinal, Supplier<State> decode) {
        PartitionStore p = partitions[routing.partitionOf(fp)];
        if (p == null) throw new IllegalStateException("partition " + routing.partitionOf(fp) + " is not owned by "
                + "this member");
        if (!p.add(fp, parent, ordinal)) return;
        State state = decode.get();
        p.queue(fp, state);
        Stop.Kind broken = null;
        try {
            if (tools.get().transitions().firstViolated(state) != null) broken = Stop.Kind.INVARIANT;
        } catch (EvalException e) {
            broken = Stop.Kind.EVALUATION;
        }
        if (broken != null) stop(new Stop(broken, parent, ordinal, parent == fp));
    }

    void acceptBatch(byte[] batch) { Batch.read(batch, this::accept); }

    /** The barrier: the level's new states become the frontier; reports them and the level's stops. */
    synchronized LevelReport commit() {
        List<State> states = new ArrayList<>();
        long[][] fps = {new long[1024]};
        long stored = 0;
        for (PartitionStore p : partitions) {
            if (p == null) continue;
            stored += p.size();
            p.drainNext((fp, state) -> {
                if (states.size() == fps[0].length) fps[0] = java.util.Arrays.copyOf(fps[0], fps[0].length * 2);
                fps[0][states.size()] = fp;
                states.add(state);
            });
        }
        frontier = states.toArray(new State[0]);
        frontierFps = java.util.Arrays.copyOf(fps[0], frontier.length);
        List<Stop> found = new ArrayList<>(stops);
        stops.clear();
        stopped = false;
        return new LevelReport(frontier.length, stored, found, bytesSent.getAndSet(0), batchesSent.getAndSet(0));
    }

    /** {parent fingerprint, ordinal} of a state this member stores, or null. */
    long[] parentOf(long fp) {
        PartitionStore p = partitions[routing.partitionOf(fp)];
        return p == null ? null : p.parentOf(fp);
    }

    private void stop(Stop s) {
        stops.add(s);
        stopped = true;
    }

    /** Unwinds a state's successor enumeration at a stop. */
    private static final class Halt extends RuntimeException {
        static final Halt INSTANCE = new Halt();

        private Halt() { super(null, null, false, false); }
    }

    /** Expands one state at a time with one thread's tools, as the explorer's worker does. */
    private final class Expander implements Transitions.Sink {
        private final SpecTools tools;
        private final Transitions transitions;
        private final Outbox out;
        private long parentFp;
        private State parentState;
        private int ordinal;

        Expander(SpecTools tools, Outbox out) {
            this.tools = tools;
            this.transitions = tools.transitions();
            this.out = out;
        }

        /** Expands one state; returns the successors generated. */
        int expand(long fp, State state) throws ExecutionException, InterruptedException {
            parentFp = fp;
            parentState = state;
            ordinal = 0;
            try {
                transitions.successors(state, this);
                if (ordinal == 0 && checkDeadlock) stop(Stop.deadlock(fp));
            } catch (Halt h) {
                // recorded in stops
            } catch (EvalException e) {
                stop(new Stop(Stop.Kind.EVALUATION, fp, ordinal, false));
            } catch (Delivery d) {
                if (d.getCause() instanceof ExecutionException e) throw e;
                throw (InterruptedException) d.getCause();
            }
            return ordinal;
        }

        @Override
        public void accept(Label label, State next) {
            int k = ordinal++;
            if (transitions.checksSteps() && transitions.firstViolatedStep(parentState, next) != null) {
                stop(new Stop(Stop.Kind.PROPERTY, parentFp, k, false));
                throw Halt.INSTANCE;
            }
            if (!transitions.inConstraint(next)) { // checked, not kept
                if (transitions.firstViolated(next) != null) {
                    stop(new Stop(Stop.Kind.INVARIANT, parentFp, k, false));
                    throw Halt.INSTANCE;
                }
                return;
            }
            try {
                out.add(tools.fingerprint(next), parentFp, k, next);
            } catch (ExecutionException | InterruptedException e) {
                throw new Delivery(e);
            }
        }
    }

    /** Carries a failed delivery out of the successor enumeration, whose sink cannot throw checked exceptions. */
    private static final class Delivery extends RuntimeException {
        Delivery(Exception cause) { super(cause); }
    }
}
