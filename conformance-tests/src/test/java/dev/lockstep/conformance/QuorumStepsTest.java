package dev.lockstep.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.conformance.Divergence.Reason;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.Message;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SortedArraySet;
import dev.lockstep.runtime.trace.TraceEvent;
import dev.lockstep.runtime.trace.TraceRecorder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the checker reads a quorum receive's step: the event's {@code consumedAll} against the spec's received set.
 * Voters a, b and c each send votes of rounds 1 and 2 to the leader l, which decides on the votes of a majority Q
 * and records how many it read. The traces are written by the runtime's recorder, as a node would write them.
 */
class QuorumStepsTest {
    static final String SPEC = """
            protocol Gather
            const Nodes: set<node>
            const Leader: node
            message Vote { round: int }
            network %s
            def Majorities == {Q \\in SUBSET Nodes : Cardinality(Q) * 2 > Cardinality(Nodes)}
            role Voter at Nodes {
              var cast: set<int> = {}
              auto action Cast(r \\in {1, 2}) when r \\notin cast do cast' = cast \\cup {r}
                                                                  send Vote { round: r } to Leader
            }
            role Tally at {Leader} {
              var read: int = 0
              on receive all vs: Vote from Q where v: v.round >= 1 as Decide(Q \\in Majorities)
                when read = 0
                do read' = Cardinality(vs)
            }
            model three { Nodes = {a, b, c}  Leader = l }
            """;

    @TempDir
    Path dir;

    record Vote(NodeId src, NodeId dst, long round) implements Message, Comparable<Vote> {
        public String type() { return "Vote"; }

        public Object toItf() { return Itf.record("type", "Vote", "src", src, "dst", dst, "round", round); }

        public int compareTo(Vote o) {
            int c = src.name().compareTo(o.src.name());
            return c != 0 ? c : Long.compare(round, o.round);
        }
    }

    record Local(Map<String, Object> vars) implements ItfEncodable {
        public Object toItf() { return vars; }
    }

    /** One run: every recorded event, in the order the steps happened. */
    final List<TraceEvent> events = new ArrayList<>();
    final Map<String, TraceRecorder> nodes = new TreeMap<>();
    final Map<String, Set<Long>> cast = new TreeMap<>();

    ModelInstance model(String network) throws IOException {
        Path file = Files.writeString(dir.resolve("gather.lstep"), SPEC.formatted(network));
        ModelInstance m = ConformanceHarness.load(file, "three");
        for (String n : List.of("a", "b", "c", "l")) {
            TraceRecorder r = new TraceRecorder(n, n.equals("l") ? "Tally" : "Voter", events::add);
            nodes.put(n, r);
            if (!n.equals("l")) cast.put(n, new java.util.TreeSet<>());
            r.init(n.equals("l") ? new Local(Map.of("read", Itf.encode(0L)))
                    : new Local(Map.of("cast", Itf.encode(SortedArraySet.empty()))));
        }
        return m;
    }

    Envelope castVote(String voter, long round) {
        cast.get(voter).add(round);
        return nodes.get(voter).step("Cast", List.of("r"), List.of(round),
                null, List.of(new Vote(NodeId.of(voter), NodeId.of("l"), round)),
                new Local(Map.of("cast", Itf.encode(SortedArraySet.copyOf(cast.get(voter)))))).get(0);
    }

    void decide(List<String> q, List<Envelope> read, long count) {
        nodes.get("l").stepAll("Decide", List.of("Q"), List.of(SortedArraySet.copyOf(q.stream().map(NodeId::of).toList())),
                read, List.of(), new Local(Map.of("read", Itf.encode(count))));
    }

    Divergence check(ModelInstance m) {
        ConformanceMonitor monitor = new ConformanceMonitor(m);
        long seq = 0;
        for (TraceEvent e : events) {
            Divergence d = monitor.accept(e, TraceOrigin.online("test", ++seq));
            if (d != null) return d;
        }
        return null;
    }

    @Test
    void aVoteStillInFlightWhenTheLeaderDecidedIsNotInItsSet() throws IOException {
        ModelInstance m = model("set");
        Envelope a1 = castVote("a", 1);
        Envelope b1 = castVote("b", 1);
        castVote("a", 2); // sent before the decision in this order, but concurrent with it: l never heard of it
        decide(List.of("a", "b"), List.of(a1, b1), 2);
        assertNull(check(m), "the step comes first in another order happens-before allows");
    }

    @Test
    void aVoteInTheStepsCausalPastMustBeInItsSet() throws IOException {
        ModelInstance m = model("set");
        Envelope a1 = castVote("a", 1);
        Envelope b1 = castVote("b", 1);
        castVote("a", 2);
        decide(List.of("a", "b"), List.of(a1, b1), 2);
        // The same run, but l's clock says it knew of a's second step: it should have read a's round-2 vote.
        TraceEvent e = events.remove(events.size() - 1);
        Map<String, Long> clock = new TreeMap<>(e.vectorClock());
        clock.put("a", 2L);
        events.add(new TraceEvent(e.kind(), e.node(), e.role(), e.step(), e.action(), e.params(), e.consumed(),
                e.sent(), e.state(), e.lamport(), clock, e.consumedAll()));
        Divergence d = check(m);
        assertEquals(Reason.NOT_DELIVERABLE, d.reason(), d.toString());
        assertTrue(d.message().contains("the spec's set also holds") && d.message().contains("sent by a at its step 2"),
                d.message());
    }

    @Test
    void aSetThatMissesASenderIsRejected() throws IOException {
        assertSetRejected(false, "fired without a message from b");
    }

    @Test
    void aSetHoldingAMessageFromOutsideTheSendersIsRejected() throws IOException {
        assertSetRejected(true, "comes from c, outside the senders");
    }

    /** a, b and c vote in round 1; l decides on Q = {a, b} reading a's vote and, if {@code withC}, c's. */
    private void assertSetRejected(boolean withC, String why) throws IOException {
        ModelInstance m = model("bag");
        Envelope a1 = castVote("a", 1);
        castVote("b", 1);
        Envelope c1 = castVote("c", 1);
        decide(List.of("a", "b"), withC ? List.of(a1, c1) : List.of(a1), withC ? 2 : 1);
        Divergence d = check(m);
        assertEquals(Reason.NOT_DELIVERABLE, d.reason(), d.toString());
        assertTrue(d.message().contains(why), d.message());
    }

    @Test
    void aBagConsumesTheSetSoItCannotBeReadAgain() throws IOException {
        ModelInstance m = model("bag");
        Envelope a1 = castVote("a", 1);
        Envelope b1 = castVote("b", 1);
        decide(List.of("a", "b"), List.of(a1, b1), 2);
        assertNull(check(m));
        // A second decision (with l's state reset by hand) reading the same votes: consumed on a bag.
        nodes.get("l").stepAll("Decide", List.of("Q"), List.of(SortedArraySet.of(NodeId.of("a"), NodeId.of("b"))),
                List.of(a1, b1), List.of(), new Local(Map.of("read", Itf.encode(2L))));
        Divergence d = check(m);
        assertEquals(Reason.NOT_DELIVERABLE, d.reason(), d.toString());
        assertTrue(d.message().contains("is not deliverable in the spec's bag network"), d.message());
    }

    @Test
    void aReceivedSetOnAnActionThatIsNoQuorumReceiveIsRejected() throws IOException {
        ModelInstance m = model("set");
        Envelope a1 = castVote("a", 1);
        nodes.get("b").stepAll("Cast", List.of("r"), List.of(1L), List.of(a1),
                List.of(new Vote(NodeId.of("b"), NodeId.of("l"), 1)),
                new Local(Map.of("cast", Itf.encode(SortedArraySet.of(1L)))));
        Divergence d = check(m);
        assertTrue(d.message().contains("names a received set (consumedAll), but Voter.Cast is no quorum receive"),
                d.message());
    }
}
