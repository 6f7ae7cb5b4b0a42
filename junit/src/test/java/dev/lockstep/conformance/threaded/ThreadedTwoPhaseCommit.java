package dev.lockstep.conformance.threaded;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.Message;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.trace.AsyncTraceSink;
import dev.lockstep.runtime.trace.TraceRecorder;
import dev.lockstep.runtime.trace.TraceSink;
import dev.lockstep.runtime.trace.TraceSinks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Two-phase commit with every node on a thread of its own, as a real service runs: the resource managers vote at
 * the same moment and their Prepared messages reach the transaction manager's inbox concurrently. Each node's trace
 * is written by a writer thread of its own ({@link AsyncTraceSink}, as the Netty runtime does), so the events of
 * different nodes reach the conformance check in no particular order: a receive may well arrive before the step that
 * sent its message. The seed picks which RMs abort on their own; {@link #commitEarly} seeds a real bug (the TM
 * commits after all but one vote), which the check must still catch.
 */
public final class ThreadedTwoPhaseCommit {
    private record Prepared(NodeId src, NodeId dst, NodeId rm) implements Message {
        public String type() { return "Prepared"; }

        public Object toItf() { return Itf.record("type", type(), "src", src, "dst", dst, "rm", rm); }
    }

    private record Decision(String type, NodeId src, NodeId dst) implements Message {
        public Object toItf() { return Itf.record("type", type, "src", src, "dst", dst); }
    }

    private record TmState(String state, SortedSet<NodeId> prepared) implements ItfEncodable {
        public Object toItf() { return Itf.record("state", state, "prepared", prepared); }
    }

    private record RmState(String state) implements ItfEncodable {
        public Object toItf() { return Itf.record("state", state); }
    }

    private static final NodeId TM = NodeId.of("tm");

    private final List<NodeId> rms = new ArrayList<>();
    private final Map<NodeId, BlockingQueue<Envelope>> inboxes = new ConcurrentHashMap<>();
    private final CountDownLatch votesCast;
    private final AtomicBoolean someoneAborted = new AtomicBoolean();
    private final boolean commitEarly;

    private ThreadedTwoPhaseCommit(int rmCount, boolean commitEarly) {
        for (int i = 1; i <= rmCount; i++) rms.add(NodeId.of("r" + i));
        inboxes.put(TM, new LinkedBlockingQueue<>());
        for (NodeId rm : rms) inboxes.put(rm, new LinkedBlockingQueue<>());
        this.votesCast = new CountDownLatch(rmCount);
        this.commitEarly = commitEarly;
    }

    /** Runs one transaction with {@code rmCount} RMs (the TM is {@code tm}); returns when every node has stopped. */
    public static void run(long seed, int rmCount, TraceSinks sinks, boolean commitEarly) throws Exception {
        new ThreadedTwoPhaseCommit(rmCount, commitEarly).run(seed, sinks);
    }

    private void run(long seed, TraceSinks sinks) throws Exception {
        Random random = new Random(seed);
        List<TraceSink> traces = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        try {
            TraceSink tmTrace = new AsyncTraceSink(sinks.open(TM), "tm", 1024);
            traces.add(tmTrace);
            threads.add(Thread.ofPlatform().name("tpc-tm").start(() -> transactionManager(tmTrace, go)));
            for (NodeId rm : rms) {
                boolean abort = random.nextInt(5) == 0;
                TraceSink rmTrace = new AsyncTraceSink(sinks.open(rm), rm.name(), 1024);
                traces.add(rmTrace);
                threads.add(Thread.ofPlatform().name("tpc-" + rm).start(() -> resourceManager(rm, abort, rmTrace, go)));
            }
            go.countDown(); // every RM votes at once
            for (Thread t : threads) {
                t.join(TimeUnit.SECONDS.toMillis(10));
                if (t.isAlive()) throw new AssertionError(t.getName() + " did not stop");
            }
        } finally {
            for (TraceSink t : traces) t.close();
        }
    }

    private void send(List<Envelope> envelopes) {
        for (Envelope e : envelopes) inboxes.get(e.message().dst()).add(e);
    }

    private void transactionManager(TraceSink trace, CountDownLatch go) {
        TraceRecorder rec = new TraceRecorder(TM.name(), "TM", trace);
        SortedSet<NodeId> prepared = new TreeSet<>();
        rec.init(new TmState("init", new TreeSet<>(prepared)));
        await(go);
        int needed = commitEarly ? rms.size() - 1 : rms.size();
        while (true) {
            Envelope e = poll(TM);
            if (e != null) {
                Prepared p = (Prepared) e.message();
                prepared.add(p.rm());
                send(rec.step("ReceivePrepared", List.of(), List.of(), e, List.of(), new TmState("init",
                        new TreeSet<>(prepared))));
                if (prepared.size() >= needed) {
                    decide(rec, "Commit", prepared);
                    return;
                }
            } else if (votesCast.getCount() == 0 && someoneAborted.get()) {
                decide(rec, "Abort", prepared); // not everyone will prepare: give up (the spec's timer action)
                return;
            }
        }
    }

    private void decide(TraceRecorder rec, String decision, SortedSet<NodeId> prepared) {
        List<Message> out = new ArrayList<>();
        for (NodeId rm : rms) out.add(new Decision(decision, TM, rm));
        send(rec.step(decision, List.of(), List.of(), null, out, new TmState("done", new TreeSet<>(prepared))));
    }

    private void resourceManager(NodeId self, boolean abort, TraceSink trace, CountDownLatch go) {
        TraceRecorder rec = new TraceRecorder(self.name(), "ResourceManager", trace);
        rec.init(new RmState("working"));
        await(go);
        if (abort) {
            someoneAborted.set(true);
            rec.step("ChooseAbort", List.of(), List.of(), null, List.of(), new RmState("aborted"));
        } else {
            send(rec.step("Prepare", List.of(), List.of(), null, List.of(new Prepared(self, TM, self)),
                    new RmState("prepared")));
        }
        votesCast.countDown();
        Envelope decision;
        while ((decision = poll(self)) == null) Thread.onSpinWait();
        String state = decision.message().type().equals("Commit") ? "committed" : "aborted";
        rec.step("Receive" + decision.message().type(), List.of(), List.of(), decision, List.of(), new RmState(state));
    }

    private Envelope poll(NodeId node) {
        try {
            return inboxes.get(node).poll(1, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
