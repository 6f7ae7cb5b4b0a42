package dev.lockstep.runtime.node;

import static dev.lockstep.runtime.testing.Actions.auto;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lockstep.runtime.api.ActionSpec;
import dev.lockstep.runtime.api.Command;
import dev.lockstep.runtime.api.NetworkSpec;
import dev.lockstep.runtime.api.Step;
import dev.lockstep.runtime.node.NodeCoreTest.Msg;
import dev.lockstep.runtime.node.NodeCoreTest.RecordingHost;
import dev.lockstep.runtime.node.NodeCoreTest.St;
import dev.lockstep.runtime.node.NodeCoreTest.TestMachine;
import dev.lockstep.runtime.trace.TraceRecorder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An always-enabled auto action that keeps the state and sends the same message ({@code auto action Ask do send
 * Ask to m}, Paxos' Phase1a over a message set): on a set network its second step changes nothing and is not taken;
 * on a bag every step adds a copy, and on a lossy set the message may have been lost, so it runs until the
 * per-event bound.
 */
class StuttersTest {
    final RecordingHost host = new RecordingHost();

    NodeCore<St> run(NetworkSpec network) {
        List<ActionSpec<St>> actions = List.of(auto("Ask", (s, p, m) -> true, (s, p, m) -> new Step<>(s,
                List.<Command>of(new Command.Send(new Msg("Ask", NodeCoreTest.SELF, NodeCoreTest.PEER, 1))))));
        NodeCore<St> c = new NodeCore<>(new TestMachine(List.of(new St(0, false)), List.of(), actions), network,
                new TraceRecorder("n", "R", e -> { }), Chooser.FIRST, 1, new NodeOptions(16, 8), host);
        c.start();
        return c;
    }

    @Test
    void onASetNetworkAStepThatChangesNothingIsNotTaken() {
        NodeCore<St> c = run(new NetworkSpec(NetworkSpec.Kind.SET, false, false));
        c.resume();
        assertEquals(1, c.steps(), "the first Ask sends a new message; the next ones would change nothing");
        assertEquals(1, host.sent.size());
        assertEquals(0, host.continuations);
    }

    @Test
    void onABagEveryCopyCounts() {
        NodeCore<St> c = run(new NetworkSpec(NetworkSpec.Kind.BAG, false, false));
        assertEquals(8, c.steps(), "up to the per-event bound");
        assertEquals(1, host.continuations);
    }

    @Test
    void onALossySetNetworkASendAgainMayBeARetransmission() {
        NodeCore<St> c = run(new NetworkSpec(NetworkSpec.Kind.SET, true, false));
        assertEquals(8, c.steps(), "the message may have been lost: every step counts");
    }
}
