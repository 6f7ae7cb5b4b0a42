package dev.lockstep.runtime.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.runtime.api.ActionSpec;
import dev.lockstep.runtime.api.Command;
import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.Message;
import dev.lockstep.runtime.api.NetworkSpec;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.Step;
import dev.lockstep.runtime.api.Trigger;
import dev.lockstep.runtime.node.NodeCoreTest.RecordingHost;
import dev.lockstep.runtime.node.NodeCoreTest.St;
import dev.lockstep.runtime.node.NodeCoreTest.TestMachine;
import dev.lockstep.runtime.trace.TraceEvent;
import dev.lockstep.runtime.trace.TraceRecorder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The node loop's quorum receive: {@code on receive all vs: Vote from {a, b} where v: v.round = 1 as Decide when
 * n = 0 do n' = Cardinality(vs)} — it fires once both a and b sent a qualifying vote, reads every qualifying vote of
 * theirs, consumes what the network kind says, and records the set; the retention rule on a set network.
 */
class QuorumReceivesTest {
    static final NodeId A = NodeId.of("a");
    static final NodeId B = NodeId.of("b");
    static final NodeId C = NodeId.of("c");

    record Vote(NodeId src, NodeId dst, long round) implements Message, Comparable<Vote> {
        public String type() { return "Vote"; }

        public Object toItf() { return Itf.record("type", "Vote", "src", src, "dst", dst, "round", round); }

        public int compareTo(Vote o) {
            return Comparator.comparing((Vote v) -> v.src.name()).thenComparingLong(Vote::round).compare(this, o);
        }
    }

    final List<TraceEvent> trace = new ArrayList<>();
    final List<Set<? extends Message>> read = new ArrayList<>();
    long nextId;

    ActionSpec<St> decide() {
        ActionSpec.ReceiveAll<St> all = new ActionSpec.ReceiveAll<>((s, p) -> Set.of(A, B),
                (s, p, m) -> ((Vote) m).round() == 1, (s, p, r) -> s.n() == 0, (s, p, r) -> {
                    read.add(r);
                    return new Step<>(new St(r.size(), false), List.<Command>of());
                });
        return new ActionSpec<>("Decide", Trigger.ON_RECEIVE_ALL, "Vote", 0, 0, List.of(), null, null, "t.lstep:1:1",
                all);
    }

    NodeCore<St> core(NetworkSpec.Kind kind, int capacity) {
        return core(kind, new NodeOptions(capacity, 64));
    }

    NodeCore<St> core(NetworkSpec.Kind kind, NodeOptions options) {
        NodeCore<St> c = new NodeCore<>(new TestMachine(List.of(new St(0, false)), List.of(), List.of(decide())), kind,
                new TraceRecorder("n", "R", trace::add), Chooser.FIRST, 1, options, new RecordingHost());
        c.start();
        return c;
    }

    Envelope vote(NodeId src, long round) {
        return new Envelope(src + "#" + (++nextId), new Vote(src, NodeCoreTest.SELF, round), 0, Map.of());
    }

    @Test
    void firesOnceEverySenderSentAQualifyingMessageAndReadsThemAll() {
        NodeCore<St> c = core(NetworkSpec.Kind.BAG, 100);
        c.deliver(vote(A, 1));
        c.deliver(vote(C, 1));   // not a sender
        c.deliver(vote(B, 2));   // filtered out
        c.deliver(vote(A, 1));   // an equal copy: one element of the set
        assertEquals(0, c.state().n(), "no vote of b yet");
        c.deliver(vote(B, 1));
        assertEquals(2, c.state().n(), "the set {a: 1, b: 1}");
        assertEquals(List.of(Set.of(new Vote(A, NodeCoreTest.SELF, 1), new Vote(B, NodeCoreTest.SELF, 1))), read);
        TraceEvent step = trace.get(1);
        assertNull(step.consumed());
        assertEquals(List.of("a#1", "b#5"), step.consumedAll().stream().map(TraceEvent.SentMessage::id).toList());
        // A bag consumes one copy of each message read: the other copy of a's vote, c's and b's round 2 stay.
        assertEquals(List.of("c#2", "b#3", "a#4"), c.inbox().stream().map(Envelope::id).toList());
    }

    @Test
    void fifoReadsChannelHeadsOnlyAndConsumesThem() {
        NodeCore<St> c = core(NetworkSpec.Kind.FIFO, 100);
        c.deliver(vote(A, 2));   // the head of a's channel does not qualify and blocks a's round 1
        c.deliver(vote(A, 1));
        c.deliver(vote(B, 1));
        assertEquals(0, c.state().n());
        assertEquals(List.of("a#1", "a#2", "b#3"), c.inbox().stream().map(Envelope::id).toList());
    }

    @Test
    void aSetNetworkKeepsWhatAStepReadAndEvictsItFirstWhenFull() {
        NodeCore<St> c = core(NetworkSpec.Kind.SET, 3);
        c.deliver(vote(A, 1));
        c.deliver(vote(B, 1));
        assertEquals(2, c.state().n());
        assertEquals(List.of("a#1", "b#2"), c.inbox().stream().map(Envelope::id).toList(), "read, not consumed");
        c.deliver(vote(C, 1));
        assertEquals(3, c.inbox().size());
        assertTrue(c.deliver(vote(C, 2)), "room made by evicting the oldest read message");
        assertEquals(List.of("b#2", "c#3", "c#4"), c.inbox().stream().map(Envelope::id).toList());
        assertTrue(c.deliver(vote(C, 3)));
        assertEquals(2, c.quorumEvictions());
        assertFalse(c.deliver(vote(C, 4)), "an inbox full of unread messages refuses");
        assertEquals(1, c.inboxOverflows());
        assertEquals(List.of("c#3", "c#4", "c#5"), c.inbox().stream().map(Envelope::id).toList());
    }

    @Test
    void withSetEvictsUnreadAFullSetInboxDropsItsOldestMessageInsteadOfTheArrival() {
        NodeCore<St> c = core(NetworkSpec.Kind.SET, new NodeOptions(2, 64, true));
        c.deliver(vote(C, 1)); // c is no sender of the quorum: never read
        c.deliver(vote(C, 2));
        assertTrue(c.deliver(vote(A, 1)), "the oldest unread message makes room");
        assertEquals(1, c.inboxOverflows());
        assertEquals(List.of("c#2", "a#3"), c.inbox().stream().map(Envelope::id).toList());
        assertTrue(c.deliver(vote(B, 1)));
        assertEquals(2, c.state().n(), "the quorum that the refused arrivals would have blocked");
        // Only on set networks: a bag inbox full of unread messages still refuses.
        NodeCore<St> bag = core(NetworkSpec.Kind.BAG, new NodeOptions(2, 64, true));
        bag.deliver(vote(C, 1));
        bag.deliver(vote(C, 2));
        assertFalse(bag.deliver(vote(A, 1)));
    }
}
