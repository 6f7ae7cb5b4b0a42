package dev.lockstep.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.partition.Partition;
import dev.lockstep.lang.diag.Code;
import java.io.Serializable;
import java.util.UUID;

/**
 * Which member owns a fingerprint: {@code fp -> partition -> owner}, with the owners read once from Hazelcast's
 * partition table when the job starts. The partition of a fingerprint is computed here (the fingerprint is already
 * a 64-bit hash) rather than by Hazelcast, which would serialize and hash every key. The snapshot stays fixed for
 * the job: Lockstep's shards live in the members' heaps, not in Hazelcast maps, so a partition migration does not
 * move them; a member that leaves fails the job instead.
 */
record Routing(UUID[] owners) implements Serializable {

    int partitions() { return owners.length; }

    int partitionOf(long fp) { return (int) Long.remainderUnsigned(fp, owners.length); }

    UUID ownerOf(long fp) { return owners[partitionOf(fp)]; }

    /** The partition table now; waits up to {@code seconds} for every partition to have an owner. */
    static Routing snapshot(HazelcastInstance hz, int seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (true) {
            var parts = hz.getPartitionService().getPartitions();
            UUID[] owners = new UUID[parts.size()];
            boolean complete = true;
            for (Partition p : parts) {
                Member owner = p.getOwner();
                if (owner == null) complete = false;
                else owners[p.getPartitionId()] = owner.getUuid();
            }
            if (complete) return new Routing(owners);
            if (System.nanoTime() > deadline) {
                throw new ClusterFailure(Code.CLUSTER_JOIN_FAILED, "the cluster's partitions have no owners after "
                        + seconds + " s: no worker holds data (start workers with `lockstep worker --join ...`)");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ClusterFailure(Code.CLUSTER_JOIN_FAILED, "interrupted while waiting for the partitions");
            }
        }
    }
}
