package dev.lockstep.runtime.node;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.NetworkSpec;
import dev.lockstep.runtime.api.NodeId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Received messages that no {@code on receive} action has taken yet, kept as the network kind requires.
 * {@code SET} and {@code BAG}: any waiting message may be taken, oldest first. {@code FIFO}: one queue per sender,
 * and only each queue's head may be taken, so a message that cannot be received yet blocks the later ones from the
 * same peer, as the spec's channel does. Bounded: {@link #offer} refuses a message when full.
 */
final class Inbox {
    private final boolean fifo;
    private final int capacity;
    private final ArrayList<Envelope> any = new ArrayList<>();            // SET, BAG: arrival order
    private final TreeMap<NodeId, ArrayDeque<Envelope>> channels = new TreeMap<>(); // FIFO: per sender
    private int size;

    Inbox(NetworkSpec.Kind kind, int capacity) {
        this.fifo = kind == NetworkSpec.Kind.FIFO;
        this.capacity = capacity;
    }

    boolean offer(Envelope e) {
        if (size >= capacity) return false;
        if (fifo) channels.computeIfAbsent(e.message().src(), k -> new ArrayDeque<>()).addLast(e);
        else any.add(e);
        size++;
        return true;
    }

    int size() { return size; }

    /** Removes and returns the first deliverable message (in the order above) that {@code receivable} accepts. */
    Envelope takeFirst(Predicate<Envelope> receivable) {
        if (fifo) {
            for (Iterator<ArrayDeque<Envelope>> it = channels.values().iterator(); it.hasNext(); ) {
                ArrayDeque<Envelope> q = it.next();
                if (receivable.test(q.peekFirst())) {
                    Envelope e = q.pollFirst();
                    if (q.isEmpty()) it.remove();
                    size--;
                    return e;
                }
            }
            return null;
        }
        for (int i = 0; i < any.size(); i++) {
            if (receivable.test(any.get(i))) {
                size--;
                return any.remove(i);
            }
        }
        return null;
    }

    /** Every waiting message (FIFO: by sender, in channel order). */
    List<Envelope> contents() {
        if (!fifo) return List.copyOf(any);
        List<Envelope> out = new ArrayList<>(size);
        for (ArrayDeque<Envelope> q : channels.values()) out.addAll(q);
        return out;
    }

    void clear() {
        any.clear();
        channels.clear();
        size = 0;
    }
}
