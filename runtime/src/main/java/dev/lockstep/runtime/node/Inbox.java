package dev.lockstep.runtime.node;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.NetworkSpec;
import dev.lockstep.runtime.api.NodeId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Received messages that no {@code on receive} action has taken yet, kept as the network kind requires.
 * {@code SET} and {@code BAG}: any waiting message may be taken, oldest first. {@code FIFO}: one queue per sender,
 * and only each queue's head may be taken, so a message that cannot be received yet blocks the later ones from the
 * same peer, as the spec's channel does. Bounded: {@link #offer} refuses a message when full.
 *
 * <p>On a {@code set} network a quorum receive reads messages without taking them; such messages are marked
 * <em>read</em> and are the first to go when room is needed ({@link #evictOldestRead}), the retention rule of
 * {@link QuorumReceives}.
 */
final class Inbox {
    private final boolean fifo;
    private final int capacity;
    private final ArrayList<Envelope> any = new ArrayList<>();            // SET, BAG: arrival order
    private final TreeMap<NodeId, ArrayDeque<Envelope>> channels = new TreeMap<>(); // FIFO: per sender
    private final Set<Envelope> read = Collections.newSetFromMap(new IdentityHashMap<>());
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
                    read.remove(e);
                    return e;
                }
            }
            return null;
        }
        for (int i = 0; i < any.size(); i++) {
            if (receivable.test(any.get(i))) {
                size--;
                read.remove(any.get(i));
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

    /** The messages that may be taken now, in the order of {@link #takeFirst} (FIFO: each channel's head). */
    List<Envelope> deliverable() {
        if (!fifo) return List.copyOf(any);
        List<Envelope> out = new ArrayList<>(channels.size());
        for (ArrayDeque<Envelope> q : channels.values()) out.add(q.peekFirst());
        return out;
    }

    /** Removes {@code taken}, messages of this inbox that are deliverable (by identity). */
    void remove(Collection<Envelope> taken) {
        Set<Envelope> gone = Collections.newSetFromMap(new IdentityHashMap<>());
        gone.addAll(taken);
        if (fifo) {
            for (Iterator<ArrayDeque<Envelope>> it = channels.values().iterator(); it.hasNext(); ) {
                ArrayDeque<Envelope> q = it.next();
                if (gone.contains(q.peekFirst())) {
                    q.pollFirst();
                    size--;
                    if (q.isEmpty()) it.remove();
                }
            }
        } else {
            int before = any.size();
            any.removeIf(gone::contains);
            size -= before - any.size();
        }
        read.removeAll(gone);
    }

    /** Marks messages a quorum receive read without taking them (set networks). */
    void markRead(Collection<Envelope> messages) { read.addAll(messages); }

    /** Messages marked read and still waiting. */
    int readCount() { return read.size(); }

    /** Drops the oldest message marked read, if any (set networks, whose inbox keeps arrival order). */
    boolean evictOldestRead() {
        for (int i = 0; i < any.size(); i++) {
            if (read.remove(any.get(i))) {
                any.remove(i);
                size--;
                return true;
            }
        }
        return false;
    }

    /** Drops the oldest waiting message, read or not (set and bag networks, whose inbox keeps arrival order). */
    Envelope evictOldest() {
        if (fifo || any.isEmpty()) return null;
        Envelope e = any.remove(0);
        read.remove(e);
        size--;
        return e;
    }

    void clear() {
        read.clear();
        any.clear();
        channels.clear();
        size = 0;
    }
}
