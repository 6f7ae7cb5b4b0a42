package dev.lockstep.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.eval.Network;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.value.IntV;
import dev.lockstep.lang.value.RecordV;
import dev.lockstep.lang.value.StrV;
import dev.lockstep.lang.value.Value;
import dev.lockstep.lang.value.Values;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which network steps the replay infers, per network kind and fault, when a trace consumes a message the
 * reconstructed network does not offer next: only those the spec's network could have taken, and nothing else.
 */
class NetworkReplayTest {

    private static final String SPEC = """
            protocol Pipe
            const A: node
            const B: node
            message Data { n: int }
            network KIND
            role Sender at {A} {
              var next: int = 0
              auto action Send when next < 2 do next' = next + 1
                send Data { n: next } to B
            }
            role Receiver at {B} {
              var got: int = 0
              on receive m: Data do got' = m.n
            }
            model m { A = a  B = b }
            """;

    private CheckedSpec.Network network;
    private Value a;
    private Value b;

    private NetworkReplay replay(String kind) {
        var c = Frontend.compile("pipe.lstep", SPEC.replace("KIND", kind));
        assertTrue(c.ok(), c.diagnostics().toString());
        ModelInstance m = ModelInstance.bind(c.spec().get(), "m").orElseThrow();
        network = m.spec().network();
        a = m.nodes(0)[0];
        b = m.nodes(1)[0];
        return new NetworkReplay(network);
    }

    private RecordV data(long n) {
        return Values.record(List.of("type", "src", "dst", "n"), List.of(new StrV("Data"), a, b, IntV.of(n)));
    }

    private Value send(Value net, RecordV... ms) {
        for (RecordV m : ms) net = Network.add(network.kind(), net, m);
        return net;
    }

    @Test
    void aDeliverableMessageNeedsNoInferredStep() {
        NetworkReplay replay = replay("bag");
        Value net = send(Network.empty(network.kind()), data(0));
        assertSame(net, replay.deliver(net, data(0)));
        assertNull(replay.deliver(net, data(1)), "never sent");
    }

    @Test
    void aDuplicatingBagMayDeliverAgainWhatWasEverSent() {
        NetworkReplay plain = replay("bag");
        plain.stepped(null, List.of(data(0)));
        assertNull(plain.deliver(Network.empty(network.kind()), data(0)), "without duplication, consumed is gone");

        NetworkReplay replay = replay("bag duplicating");
        Value empty = Network.empty(network.kind());
        assertNull(replay.deliver(empty, data(0)), "not sent yet");
        replay.stepped(null, List.of(data(0)));
        Value copied = replay.deliver(empty, data(0));
        assertEquals(send(empty, data(0)), copied, "the inferred Duplicate puts one copy back");
    }

    @Test
    void aDuplicatingFifoMayDeliverItsLastHeadAgain() {
        NetworkReplay replay = replay("fifo duplicating");
        Value net = send(Network.empty(network.kind()), data(1));
        assertNull(replay.deliver(net, data(0)), "not the head, and not consumed before");
        replay.stepped(data(0), List.of());
        Value copied = replay.deliver(net, data(0));
        assertEquals(send(Network.empty(network.kind()), data(0), data(1)), copied,
                "the copy stands at the head, ahead of the channel's rest");
    }

    @Test
    void aLossyFifoMayHaveLostTheMessagesAheadOnly() {
        NetworkReplay replay = replay("fifo lossy");
        Value net = send(Network.empty(network.kind()), data(0), data(1));
        assertEquals(send(Network.empty(network.kind()), data(1)), replay.deliver(net, data(1)), "data 0 dropped");
        assertNull(replay.deliver(net, data(2)), "a message not in the channel is not deliverable");
        assertNull(replay("fifo").deliver(net, data(1)), "a reliable fifo delivers the head only");
    }

    @Test
    void aSetOffersWhatItHolds() {
        NetworkReplay replay = replay("set lossy duplicating");
        Value net = send(Network.empty(network.kind()), data(0));
        assertSame(net, replay.deliver(net, data(0)));
        assertNull(replay.deliver(net, data(1)));
        assertEquals(List.of(data(0)), replay.deliverableTo(net, b));
        assertEquals(List.of(), replay.deliverableTo(net, a));
    }
}
