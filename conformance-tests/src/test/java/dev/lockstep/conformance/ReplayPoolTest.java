package dev.lockstep.conformance;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.testing.TwoPhaseCommit;
import dev.lockstep.runtime.trace.TraceEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a replayed receive finds its message: by id and content, and by content alone once the replay is stuck. */
class ReplayPoolTest {
    private static Envelope commit(String id, String dst) {
        return new Envelope(id, new TwoPhaseCommit.Commit(NodeId.of("tm"), NodeId.of(dst)), 1, Map.of("tm", 1L));
    }

    private static TraceEvent.SentMessage recorded(String id, Envelope like) {
        return new TraceEvent.SentMessage(id, like.message().toItf());
    }

    @Test
    void aReceiveTakesItsIdWithItsContentThenAnotherIdOfTheSameContentOnlyWhenStuck() {
        ReplayedNode.Pool pool = new ReplayedNode.Pool();
        Envelope toR1 = commit("tm#1", "r1"), toR2 = commit("tm#2", "r2");
        pool.add(List.of(toR1, toR2));
        assertSame(toR2, pool.find(recorded("tm#2", toR2)));
        // The recording had Commit-to-r2 as tm#3 (an edit dropped a send before it): same content, other id.
        assertNull(pool.find(recorded("tm#3", toR2)));
        assertNull(pool.find(recorded("tm#1", toR2)), "tm#1 was sent with other content");
        pool.matchByContent();
        assertSame(toR2, pool.find(recorded("tm#3", toR2)));
        pool.received(toR2);
        assertNull(pool.find(recorded("tm#3", toR2)), "a message some node received is not taken by content again");
        assertSame(toR2, pool.find(recorded("tm#2", toR2)), "its own id still finds it (a set network re-delivers)");
    }
}
