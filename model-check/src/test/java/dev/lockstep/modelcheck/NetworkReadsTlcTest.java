package dev.lockstep.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.explore.ExploreResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The constructs of docs/language.md's "Reading the network", "fifo lossy any", "Function sets" and "Option
 * values" mean the same under TLC as in the explorer: same verdicts and counts (pinned), and the seeded bugs are
 * found by both with counterexamples of one length.
 */
class NetworkReadsTlcTest {
    /** Two senders, each sending two equal Data messages and a Note on a fifo channel to one sink. */
    private static String queue(String network, String invariant) {
        return """
                protocol Queue
                const Senders: set<node>
                const Sink: node
                message Data { n: int }
                message Note {}
                role Sender at Senders {
                  var sent: int = 0
                  auto action Send when sent < 2 do
                    sent' = sent + 1
                    send Data { n: 0 } to Sink
                    send Note {} to Sink
                  auto action Idle when sent = 2 do skip
                }
                role Receiver at {Sink} {
                  var got: int = 0
                  on receive m: Data do got' = got + 1
                  on receive m: Note do skip
                }
                network %s
                invariant Bounded == \\A s \\in Senders : ChannelLen(s, Sink) <= 4 /\\ Len(Channel(Data, s, Sink)) <= 2
                invariant Counted == \\A s \\in Senders :
                  ChannelLen(s, Sink) = Len(Channel(Data, s, Sink)) + Len(Channel(Note, s, Sink))
                invariant Copied == \\A m \\in Msgs(Data) : Copies(m) \\in 1..2
                invariant Short == \\A s \\in Senders : ChannelLen(s, Sink) <= 1
                model Two { Senders = {s1, s2}  Sink = r  check %s }
                """.formatted(network, invariant);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"fifo lossy any, 663, 4505, 13", "fifo lossy, 225, 1039, 13", "fifo, 81, 271, 13"})
    void channelReadsAgree(String network, long distinct, long generated, int depth) {
        assertEquals(distinct + "/" + generated + "/" + depth, CrossCheckTest.agreedFigures("queue.lstep",
                queue(network, "Bounded, Counted, Copied"), "Two"), network + ": distinct/generated/depth");
    }

    /** Seeded bug: a queue bound that does not hold (each channel reaches 4 messages). */
    @Test
    void aViolatedQueueBoundIsFoundByBoth() {
        var answers = crossCheck(queue("fifo lossy any", "Short"));
        assertEquals(ExploreResult.Status.INVARIANT_VIOLATED, answers.explored().status());
        assertEquals("Short", answers.explored().violated());
        assertEquals(2, answers.explored().counterexample().size(), "one Send puts a Data and a Note on one channel");
    }

    /** Each sender numbers its messages; the invariant says a channel holds consecutive numbers. */
    private static String numbered(String network) {
        return """
                protocol Numbered
                const S: node
                const R: node
                message Data { n: int }
                role Sender at {S} {
                  var sent: int = 0
                  auto action Send when sent < 3 do sent' = sent + 1  send Data { n: sent } to R
                  auto action Idle when sent = 3 do skip
                }
                role Receiver at {R} {
                  var last: int = -1
                  on receive m: Data do last' = m.n
                }
                network %s
                invariant Consecutive == LET q == Channel(Data, S, R) IN
                  \\A i \\in 1..Len(q) - 1 : q[i + 1].n = q[i].n + 1
                model One { S = s  R = r  check Consecutive }
                """.formatted(network);
    }

    /**
     * Seeded bug: a receiver that assumes gaps cannot open inside a channel. A lossy fifo that loses heads only
     * keeps every channel a run of consecutive messages; {@code lossy any} opens a gap, found by both.
     */
    @Test
    void lossyAnyOpensGapsThatHeadLossDoesNot() {
        assertEquals("20/41/7", CrossCheckTest.agreedFigures("numbered.lstep", numbered("fifo lossy"), "One"));
        var answers = crossCheck(numbered("fifo lossy any"));
        assertEquals(ExploreResult.Status.INVARIANT_VIOLATED, answers.explored().status());
        assertEquals(5, answers.explored().counterexample().size(), "three sends, then the middle one lost");
        assertTrue(answers.explored().counterexample().get(4).label().show().contains("position 2"),
                () -> answers.explored().counterexample().get(4).label().show());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"bag lossy, 78, 287, 9", "set lossy, 73, 247, 9", "bag, 31, 89, 7"})
    void copiesAgree(String network, long distinct, long generated, int depth) {
        String spec = """
                protocol Copies
                const Senders: set<node>
                const Sink: node
                message Data { n: int }
                role Sender at Senders {
                  var sent: int = 0
                  auto action Send when sent < 2 do sent' = sent + 1  send Data { n: 0 } to Sink
                  auto action Idle when sent = 2 do skip
                }
                role Receiver at {Sink} {
                  var got: int = 0
                  on receive m: Data when got < 2 do got' = got + 1
                }
                network %s
                invariant AtMostSent == \\A m \\in Msgs(Data) : Copies(m) <= Sender[m.src].sent
                model Two { Senders = {s1, s2}  Sink = r  check AtMostSent }
                """.formatted(network);
        assertEquals(distinct + "/" + generated + "/" + depth, CrossCheckTest.agreedFigures("copies.lstep", spec, "Two"),
                network + ": distinct/generated/depth");
    }

    /** A function set as an initializer and as a parameter domain, and an option variable. */
    @Test
    void functionSetsAndOptionsAgree() {
        String spec = """
                protocol FnSets
                const Nodes: set<node>
                role Voter at Nodes {
                  var vote: map<node, bool> \\in [Nodes -> BOOLEAN]
                  var leader: option<node> = None
                  auto action Pick(f \\in [Nodes -> 0..1]) when IsNone(leader) /\\ f[self] = 1 do
                    leader' = Some(CHOOSE n \\in Nodes : f[n] = 1)
                  auto action Idle when IsSome(leader) do skip
                }
                invariant Known == \\A n \\in Nodes : IsSome(Voter[n].leader) => Get(Voter[n].leader) \\in Nodes
                model Small { Nodes = {a, b}  check Known }
                """;
        assertEquals("96/288/3", CrossCheckTest.agreedFigures("fnsets.lstep", spec, "Small"));
    }

    private static CrossCheckTest.Answers crossCheck(String text) {
        Frontend.Compilation c = Frontend.compile("bug.lstep", text);
        assertTrue(c.ok(), () -> c.diagnostics().toString());
        var spec = c.spec().orElseThrow();
        return CrossCheckTest.crossCheck(spec, spec.models().get(0).name());
    }
}
