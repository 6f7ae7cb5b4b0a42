package dev.lockstep.runtime.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.runtime.api.NetworkSpec;
import dev.lockstep.runtime.api.NodeId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkFaultsTest {
    private static final NodeId S1 = NodeId.of("s1");
    private static final NodeId S2 = NodeId.of("s2");
    private static final NodeId S3 = NodeId.of("s3");
    private static final int N = 100_000;

    private static List<LinkFaults.Decision> decisions(LinkFaults f, NodeId src, NodeId dst) {
        List<LinkFaults.Decision> out = new ArrayList<>();
        for (long n = 1; n <= N; n++) out.add(f.decide(src, dst, n));
        return out;
    }

    @Test
    void dropRateAndDelaysFollowTheRule() {
        LinkFaults f = LinkFaults.everywhere(19, new LinkFaults.Rule(0.07, 0.02, 0, 30));
        List<LinkFaults.Decision> ds = decisions(f, S1, S2);
        double drops = ds.stream().filter(LinkFaults.Decision::drop).count() / (double) N;
        double dups = ds.stream().filter(LinkFaults.Decision::duplicate).count() / (double) N;
        // Binomial standard deviations: 0.0008 and 0.00044; the bounds are about 6 of them.
        assertEquals(0.07, drops, 0.005, "drop rate");
        assertEquals(0.02, dups, 0.003, "duplicate rate");
        long[] perMillis = new long[31];
        double sum = 0;
        for (LinkFaults.Decision d : ds) {
            assertTrue(d.delayMillis() >= 0 && d.delayMillis() <= 30, "delay " + d.delayMillis());
            perMillis[(int) d.delayMillis()]++;
            sum += d.delayMillis();
        }
        assertEquals(15.0, sum / N, 0.3, "mean of a uniform 0..30 delay");
        for (int ms = 0; ms <= 30; ms++) {
            assertEquals(N / 31.0, perMillis[ms], 0.1 * N / 31, "how often the delay is " + ms + " ms");
        }
    }

    @Test
    void theSameSeedGivesTheSameDecisionsAndAnotherSeedOthers() {
        LinkFaults.Rule rule = new LinkFaults.Rule(0.1, 0, 0, 30);
        assertEquals(decisions(LinkFaults.everywhere(7, rule), S1, S2), decisions(LinkFaults.everywhere(7, rule), S1, S2));
        assertNotEquals(decisions(LinkFaults.everywhere(7, rule), S1, S2), decisions(LinkFaults.everywhere(8, rule), S1, S2));
        // Each directed link has decisions of its own.
        assertNotEquals(decisions(LinkFaults.everywhere(7, rule), S1, S2), decisions(LinkFaults.everywhere(7, rule), S2, S1));
        // A decision depends on the message's number, not on the order in which decisions are asked for.
        LinkFaults f = LinkFaults.everywhere(7, rule);
        LinkFaults.Decision late = f.decide(S1, S2, 500);
        for (long n = 1; n < 500; n++) f.decide(S1, S2, n);
        assertEquals(late, f.decide(S1, S2, 500));
    }

    @Test
    void offByDefaultAndPerLinkRules() {
        assertTrue(LinkFaults.NONE.off());
        assertEquals(LinkFaults.Decision.DELIVER, LinkFaults.NONE.decide(S1, S2, 1));
        LinkFaults one = LinkFaults.NONE.withLink(S1, S2, new LinkFaults.Rule(1, 0, 5, 5));
        assertTrue(!one.off());
        assertEquals(new LinkFaults.Decision(true, false, 5), one.decide(S1, S2, 3));
        assertEquals(LinkFaults.Decision.DELIVER, one.decide(S2, S1, 3), "the other direction has no fault");
        assertEquals(LinkFaults.Decision.DELIVER, one.decide(S1, S3, 3));
        assertThrows(IllegalArgumentException.class, () -> new LinkFaults.Rule(1.5, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new LinkFaults.Rule(0, 0, 10, 5));
    }

    @Test
    void faultsTheSpecsNetworkNeverHasAreRefused() {
        LinkFaults drop = LinkFaults.everywhere(1, new LinkFaults.Rule(0.1, 0, 0, 0));
        LinkFaults dup = LinkFaults.NONE.withLink(S1, S2, new LinkFaults.Rule(0, 0.1, 0, 0));
        LinkFaults delay = LinkFaults.everywhere(1, new LinkFaults.Rule(0, 0, 0, 30));
        NetworkSpec reliableFifo = new NetworkSpec(NetworkSpec.Kind.FIFO, false, false);
        NetworkSpec reliableBag = new NetworkSpec(NetworkSpec.Kind.BAG, false, false);
        NetworkSpec set = new NetworkSpec(NetworkSpec.Kind.SET, false, false);
        assertTrue(drop.refusal(reliableFifo).contains("reliable fifo"), drop.refusal(reliableFifo));
        assertNull(drop.refusal(new NetworkSpec(NetworkSpec.Kind.FIFO, true, false)));
        assertNull(drop.refusal(set));
        assertTrue(dup.refusal(reliableBag).contains("s1 -> s2"), dup.refusal(reliableBag));
        assertNull(dup.refusal(set));
        assertNull(dup.refusal(new NetworkSpec(NetworkSpec.Kind.BAG, false, true)));
        assertNull(delay.refusal(reliableFifo), "a delay is possible on every network");
    }
}
