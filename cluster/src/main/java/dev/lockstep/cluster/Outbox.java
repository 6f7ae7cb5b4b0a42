package dev.lockstep.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.explore.State;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Routes one expansion's successors to their owners: to this member's own shard directly, to every other owner in
 * {@link Batch}es of about a megabyte, each sent once as one executor task ({@link Tasks.Deliver}), and each
 * fingerprint at most once per expansion (a state reached twice in a level is sent once). At most
 * {@link #IN_FLIGHT} batches are unanswered at a time, which bounds the memory they hold.
 */
final class Outbox {
    private static final int IN_FLIGHT = 8;
    private final String jobId;
    private final Routing routing;
    private final Shard local;
    private final UUID self;
    private final IExecutorService executor;
    private final Map<UUID, Member> members = new HashMap<>();
    private final Map<UUID, Batch> batches = new HashMap<>();
    private final ArrayDeque<Future<Void>> pending = new ArrayDeque<>();
    /** The fingerprints this outbox sent in its level: a duplicate is not sent twice. */
    private final FingerprintsSent sent = new FingerprintsSent();
    private long bytesSent;
    private long batchesSent;

    /** {@code local}: this member's shard of the job, or null when every successor is to be sent. */
    Outbox(HazelcastInstance hz, String jobId, Routing routing, Shard local) {
        this.jobId = jobId;
        this.routing = routing;
        this.local = local;
        this.self = hz.getCluster().getLocalMember().getUuid();
        this.executor = hz.getExecutorService(ClusterSettings.EXECUTOR);
        for (Member m : hz.getCluster().getMembers()) members.put(m.getUuid(), m);
    }

    void add(long fp, long parent, int ordinal, State state) throws ExecutionException, InterruptedException {
        UUID owner = routing.ownerOf(fp);
        if (local != null && owner.equals(self)) {
            local.accept(fp, parent, ordinal, state);
            return;
        }
        if (!sent.add(fp)) return; // already on its way to the owner in this level
        Batch b = batches.computeIfAbsent(owner, u -> new Batch());
        b.add(fp, parent, ordinal, state);
        if (b.full()) send(owner, b);
    }

    /** Sends what is left and waits until every batch is stored by its owner. */
    void finish() throws ExecutionException, InterruptedException {
        for (var e : batches.entrySet()) if (!e.getValue().isEmpty()) send(e.getKey(), e.getValue());
        while (!pending.isEmpty()) pending.poll().get();
    }

    long bytesSent() { return bytesSent; }

    long batchesSent() { return batchesSent; }

    private void send(UUID owner, Batch batch) throws ExecutionException, InterruptedException {
        Member member = members.get(owner);
        if (member == null) throw new ClusterFailure(Code.CLUSTER_MEMBER_LOST, "the owner " + owner
                + " of a partition is not a member");
        byte[] bytes = batch.take();
        bytesSent += bytes.length;
        batchesSent++;
        pending.add(executor.submitToMember(new Tasks.Deliver(jobId, bytes), member));
        if (pending.size() > IN_FLIGHT) pending.poll().get();
    }

    /** A set of fingerprints (open addressing over a {@code long[]}; 0 is stored as given, the callers never pass 0). */
    private static final class FingerprintsSent {
        private long[] slots = new long[1024];
        private int size;

        boolean add(long fp) {
            int mask = slots.length - 1;
            int i = (int) (fp >>> 32 ^ fp) & mask;
            while (slots[i] != 0) {
                if (slots[i] == fp) return false;
                i = (i + 1) & mask;
            }
            slots[i] = fp;
            if (++size > slots.length / 2) grow();
            return true;
        }

        private void grow() {
            long[] old = slots;
            slots = new long[old.length * 2];
            int mask = slots.length - 1;
            for (long fp : old) {
                if (fp == 0) continue;
                int i = (int) (fp >>> 32 ^ fp) & mask;
                while (slots[i] != 0) i = (i + 1) & mask;
                slots[i] = fp;
            }
        }
    }
}
