package dev.lockstep.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A quorum receive ({@code on receive all}) means the same under TLC (the translation's LET, subset test and
 * RemoveAll) as in the explorer, on every network kind: same distinct and generated counts and depth. The senders
 * each send two messages, so the received set holds several messages per sender on set and bag networks (TLC
 * must still see one step per binding), and what is consumed differs per kind (nothing, one copy of each
 * received message, the channels' heads). The counts are pinned so a change to either side shows.
 */
class QuorumReceiveTlcTest {
    private static String spec(String network) {
        return """
                protocol QuorumNet
                const Senders: set<node>
                const Receiver: node
                message V { x: int }
                network %s
                def Pairs == {Q \\in SUBSET Senders : Cardinality(Q) = 2}
                role S at Senders {
                  var n: int = 0
                  auto action Put(x \\in 1..2) when n < 2 do n' = n + 1
                                                            send V { x: x } to Receiver
                }
                role R at {Receiver} {
                  var got: set<int> = {}
                  var takes: int = 0
                  on receive all ms: V from Q where m: m.x >= takes as Take(Q \\in Pairs)
                    when takes < 2
                    do got' = got \\cup {m.x * 10 + Cardinality(ms) : m \\in ms}
                       takes' = takes + 1
                }
                model small { Senders = {a, b, c}  Receiver = r }
                """.formatted(network);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"set, 1456, 5119, 9", "bag, 931, 2995, 9", "fifo, 1054, 3943, 9"})
    void tlcAndTheExplorerAgree(String network, long distinct, long generated, int depth) {
        assertEquals(distinct + "/" + generated + "/" + depth,
                CrossCheckTest.agreedFigures("quorum.lstep", spec(network), "small"), network + ": distinct/generated/depth");
    }
}
