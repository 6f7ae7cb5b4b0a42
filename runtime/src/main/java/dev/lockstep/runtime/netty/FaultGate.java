package dev.lockstep.runtime.netty;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.ExchangeMessage;
import dev.lockstep.runtime.api.NetworkSpec;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.node.LinkFaults;
import io.netty.channel.EventLoop;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Applies {@link LinkFaults} to the messages a node receives from its peers, between the transport (which has
 * acknowledged them) and the node loop: a dropped message is lost as if the network had lost it after TCP, a delayed
 * one waits. Runs on the node's thread only.
 *
 * <p>Delays never reorder one link's messages: each link has a queue, and a message leaves only after the earlier
 * ones. A later message of a sender carries the sending of the earlier ones in its vector clock, so had it overtaken
 * them, a quorum step reading it would have an earlier qualifying message in its causal past but not in its set,
 * which conformance rejects (docs/conformance.md, "Quorum receives and messages in flight"). For the same reason a
 * message of a type some quorum receive reads is never dropped on a network that is not lossy
 * ({@link LinkFaults#undroppableTypes}). Exchange messages pass untouched (their loss is the spec's
 * {@code may fail}, not the network's).
 */
final class FaultGate {
    private final NodeId self;
    private final EventLoop loop;
    private final TransportStats stats;
    private final Consumer<Envelope> deliver;
    /** Types the spec's network does not let this node lose ({@link LinkFaults#undroppableTypes}). */
    private final Set<String> undroppable;
    private final NetworkSpec network;
    private final Map<NodeId, ArrayDeque<Due>> queues = new HashMap<>();
    private volatile LinkFaults faults;
    /** {@code faults.off()}, computed once per {@link #set}: the only check a message pays when faults are off. */
    private volatile boolean off;
    /** Messages held back on any link; while none are, faults switched off cost nothing more than the check. */
    private int held;

    FaultGate(NodeId self, EventLoop loop, TransportStats stats, NetworkSpec network, Set<String> undroppable,
              LinkFaults faults, Consumer<Envelope> deliver) {
        this.self = self;
        this.loop = loop;
        this.stats = stats;
        this.network = network;
        this.undroppable = Set.copyOf(undroppable);
        this.deliver = deliver;
        set(faults);
    }

    /**
     * Replaces the faults (from any thread; messages already delayed keep their delay).
     *
     * @throws IllegalArgumentException when a rule asks for a fault the spec's network never has
     */
    void set(LinkFaults faults) {
        String refusal = faults.refusal(network);
        if (refusal != null) throw new IllegalArgumentException("node " + self + ": " + refusal);
        this.off = faults.off();
        this.faults = faults;
    }

    LinkFaults faults() { return faults; }

    /** A message from a peer, after the transport took it. */
    void arrive(Envelope e) {
        if (off && held == 0) {
            deliver.accept(e);
            return;
        }
        LinkFaults f = faults;
        NodeId src = e.message().src();
        ArrayDeque<Due> queue = queues.get(src);
        boolean queued = queue != null && !queue.isEmpty();
        if (off && !queued || e.message() instanceof ExchangeMessage) {
            deliver.accept(e);
            return;
        }
        LinkFaults.Decision d = f.decide(e, undroppable);
        if (d.drop()) {
            stats.faultDropped.incrementAndGet();
            return;
        }
        if (d.delayMillis() > 0) stats.faultDelayed.incrementAndGet();
        if (d.duplicate()) stats.faultDuplicated.incrementAndGet();
        if (d.delayMillis() == 0 && !queued) {
            deliver.accept(e);
            if (d.duplicate()) deliver.accept(e);
            return;
        }
        long now = System.nanoTime();
        long due = now + TimeUnit.MILLISECONDS.toNanos(d.delayMillis());
        if (queued) due = Math.max(due, queue.peekLast().nanos);
        queues.computeIfAbsent(src, k -> new ArrayDeque<>()).add(new Due(due, e, d.duplicate()));
        held++;
        loop.schedule(() -> drain(src), due - now, TimeUnit.NANOSECONDS);
    }

    /**
     * Delivers the link's messages that are due, in their order. Every queued message has a task of its own, which
     * Netty runs no earlier than the message is due, so one not yet due here is delivered by its own task.
     */
    private void drain(NodeId src) {
        ArrayDeque<Due> queue = queues.get(src);
        long now = System.nanoTime();
        while (!queue.isEmpty() && queue.peekFirst().nanos <= now) {
            Due next = queue.pollFirst();
            held--;
            deliver.accept(next.envelope);
            if (next.duplicate) deliver.accept(next.envelope);
        }
    }

    private record Due(long nanos, Envelope envelope, boolean duplicate) {}
}
