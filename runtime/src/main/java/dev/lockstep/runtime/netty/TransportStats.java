package dev.lockstep.runtime.netty;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/** Counters of one node's transport; written on the node's thread, readable from any thread. */
public final class TransportStats {
    private final AtomicLongArray rejected = new AtomicLongArray(Rejection.values().length);
    final AtomicLong framesIn = new AtomicLong();
    final AtomicLong framesOut = new AtomicLong();
    final AtomicLong connects = new AtomicLong();
    final AtomicLong connectFailures = new AtomicLong();
    final AtomicLong sendDropped = new AtomicLong();
    final AtomicLong actionFailures = new AtomicLong();
    final AtomicLong duplicatesDropped = new AtomicLong();
    final AtomicLong retransmitted = new AtomicLong();
    final AtomicLong faultDropped = new AtomicLong();
    final AtomicLong faultDelayed = new AtomicLong();
    final AtomicLong faultDuplicated = new AtomicLong();

    void reject(Rejection r) { rejected.incrementAndGet(r.ordinal()); }

    public long rejected(Rejection r) { return rejected.get(r.ordinal()); }

    public Map<Rejection, Long> rejections() {
        Map<Rejection, Long> out = new EnumMap<>(Rejection.class);
        for (Rejection r : Rejection.values()) out.put(r, rejected(r));
        return out;
    }

    /** Frames accepted and delivered to the node (hellos included). */
    public long framesIn() { return framesIn.get(); }

    public long framesOut() { return framesOut.get(); }

    /** Successful outbound connections (the first and every reconnect). */
    public long connects() { return connects.get(); }

    public long connectFailures() { return connectFailures.get(); }

    /** Outbound messages dropped: a peer's queue of unacknowledged messages was full, or a frame was too large. */
    public long sendDropped() { return sendDropped.get(); }

    /** Inbound messages that arrived again after a reconnect (retransmissions) and were dropped. */
    public long duplicatesDropped() { return duplicatesDropped.get(); }

    /** Outbound messages sent again after a reconnect because they had not been acknowledged. */
    public long retransmitted() { return retransmitted.get(); }

    /** Inbound messages lost on purpose by the node's {@code LinkFaults} (docs/runtime.md, "Per-message faults"). */
    public long faultDropped() { return faultDropped.get(); }

    /** Inbound messages held back by a positive delay of the node's {@code LinkFaults}. */
    public long faultDelayed() { return faultDelayed.get(); }

    /** Inbound messages the node's {@code LinkFaults} delivered twice. */
    public long faultDuplicated() { return faultDuplicated.get(); }

    /** Actions whose machine code threw; the node logged it and went on. */
    public long actionFailures() { return actionFailures.get(); }

    @Override
    public String toString() {
        return "in=" + framesIn() + " out=" + framesOut() + " connects=" + connects() + " connectFailures="
                + connectFailures() + " retransmitted=" + retransmitted() + " duplicatesDropped=" + duplicatesDropped()
                + " sendDropped=" + sendDropped() + " rejected=" + rejections()
                + (faultDropped() + faultDelayed() + faultDuplicated() == 0 ? "" : " faultDropped=" + faultDropped()
                        + " faultDelayed=" + faultDelayed() + " faultDuplicated=" + faultDuplicated());
    }
}
