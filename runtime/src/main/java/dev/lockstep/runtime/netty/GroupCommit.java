package dev.lockstep.runtime.netty;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.durable.DurableStateException;
import dev.lockstep.runtime.durable.DurableStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Group commit of a node's durable state (--data-dir), on the node's thread only. A step's state is not written at
 * once: the node keeps the newest state and holds every send from then on, and one write, queued behind the events
 * already waiting on the node's thread (client commands, arrivals), puts the newest state on disk with one round of
 * fsyncs; only then do the held sends leave, in the order the steps made them. The write-ahead order of
 * {@code NodeCore.commit} holds for every step: its sends leave after a durable state that contains its own (the
 * newest one, since the durable variables of a later state replace an earlier one's, and a crash before the write
 * loses the steps together with their sends: none of them left). The write costs one encoding of the state and its
 * fsyncs per batch instead of per step, which bound durable mode (about 10 ms per fsync here).
 */
final class GroupCommit {
    private final DurableStore store;
    private final Executor loop;
    private final Consumer<Envelope> sendNow;
    private final List<Envelope> held = new ArrayList<>();
    private ItfEncodable newest;
    private boolean queued;
    private boolean failed;
    private Runnable onFailure = () -> { };
    /** Written on the node's thread, read from any (statistics). */
    private volatile long writes;
    private volatile long steps;

    GroupCommit(DurableStore store, Executor loop, Consumer<Envelope> sendNow) {
        this.store = store;
        this.loop = loop;
        this.sendNow = sendNow;
    }

    /** What the node does when a queued write fails (it stops taking steps). */
    void onFailure(Runnable r) { this.onFailure = r; }

    /** A step's new state: written with the next batch; its sends wait for it. */
    void persist(ItfEncodable state) {
        if (failed) throw new DurableStateException(store.file(), "an earlier write of the durable state failed");
        newest = state;
        steps++;
        if (!queued) {
            queued = true;
            loop.execute(this::flushQuietly);
        }
    }

    /** A step's send: held while a state is waiting to be written, else sent. */
    void send(Envelope envelope) {
        if (newest == null) sendNow.accept(envelope);
        else held.add(envelope);
    }

    /**
     * Writes the newest state if one waits, then lets the held sends leave. A failed write drops them (their durable
     * cause is not on disk) and every later step is refused.
     *
     * @throws DurableStateException when the write fails
     */
    void flush() {
        queued = false;
        if (newest == null || failed) return;
        ItfEncodable state = newest;
        try {
            store.write(state);
        } catch (DurableStateException e) {
            failed = true;
            held.clear();
            throw e;
        }
        writes++;
        newest = null;
        List<Envelope> out = List.copyOf(held);
        held.clear();
        for (Envelope e : out) sendNow.accept(e);
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (DurableStateException e) {
            onFailure.run();
            NettyNode.LOG.log(System.Logger.Level.ERROR, "durable state: " + e.getMessage());
        }
    }

    /** Batches written so far, and steps persisted: steps / writes is the mean batch. */
    long writes() { return writes; }

    long steps() { return steps; }
}
