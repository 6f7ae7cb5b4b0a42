package dev.lockstep.runtime.node;

import static dev.lockstep.runtime.testing.Actions.auto;
import static dev.lockstep.runtime.testing.Actions.input;
import static dev.lockstep.runtime.testing.Actions.receive;
import static dev.lockstep.runtime.testing.Actions.timer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.runtime.api.ActionSpec;
import dev.lockstep.runtime.api.Command;
import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.Message;
import dev.lockstep.runtime.api.NetworkSpec;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.RoleMachine;
import dev.lockstep.runtime.api.SpecOverflowException;
import dev.lockstep.runtime.api.Step;
import dev.lockstep.runtime.trace.TraceEvent;
import dev.lockstep.runtime.trace.TraceRecorder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeCoreTest {
    static final NodeId SELF = NodeId.of("n");
    static final NodeId PEER = NodeId.of("m");

    record Msg(String type, NodeId src, NodeId dst, long n) implements Message {
        public Object toItf() { return Itf.record("type", type, "src", src, "dst", dst, "n", n); }
    }

    record St(long n, boolean ready) implements ItfEncodable {
        public Object toItf() { return Itf.record("n", n, "ready", ready); }
    }

    /** A machine made of the given actions, starting in {@code initial}. */
    record TestMachine(List<St> initial, List<Command> start, List<ActionSpec<St>> actions) implements RoleMachine<St> {
        public String role() { return "R"; }

        public NodeId self() { return SELF; }

        public List<St> initialStates() { return initial; }

        public List<Command> start(St s) { return start; }
    }

    /** Records what the core asks of its host. */
    static final class RecordingHost implements NodeHost {
        final List<Envelope> sent = new ArrayList<>();
        final List<String> timers = new ArrayList<>();
        final Map<String, Long> lastGeneration = new HashMap<>();
        int continuations;

        public void send(Envelope e) { sent.add(e); }

        public void armTimer(String action, long generation, long delay) {
            timers.add(action + "@" + delay);
            lastGeneration.put(action, generation);
        }

        public void continueLater() { continuations++; }
    }

    final RecordingHost host = new RecordingHost();
    final List<TraceEvent> trace = new ArrayList<>();
    long nextId;

    NodeCore<St> core(NetworkSpec.Kind kind, NodeOptions options, Chooser chooser, List<ActionSpec<St>> actions) {
        return core(kind, options, chooser, List.of(new St(0, false)), List.of(), actions);
    }

    NodeCore<St> core(NetworkSpec.Kind kind, NodeOptions options, Chooser chooser, List<St> initial,
                      List<Command> start, List<ActionSpec<St>> actions) {
        return new NodeCore<>(new TestMachine(initial, start, actions), kind, new TraceRecorder("n", "R", trace::add),
                chooser, 1, options, host);
    }

    Envelope env(String type, NodeId src, long n) {
        return new Envelope(src + "#" + (++nextId), new Msg(type, src, SELF, n), 0, Map.of());
    }

    static Step<St> to(long n, boolean ready) { return new Step<>(new St(n, ready), List.of()); }

    /** Receives A only when ready; B always. Each receive adds the message's n times 10^k to a log number. */
    List<ActionSpec<St>> readyGate() {
        return List.of(
                receive("GetA", "A", (s, p, m) -> s.ready(), (s, p, m) -> to(s.n() * 10 + ((Msg) m).n(), true)),
                receive("GetB", "B", (s, p, m) -> true, (s, p, m) -> to(s.n() * 10 + ((Msg) m).n(), s.ready())),
                input("Ready", (s, p, m) -> !s.ready(), (s, p, m) -> to(s.n(), true)));
    }

    @Test
    void fifoBlocksAPeersLaterMessagesBehindOneThatCannotBeReceivedYet() {
        NodeCore<St> c = core(NetworkSpec.Kind.FIFO, NodeOptions.DEFAULTS, Chooser.FIRST, readyGate());
        c.start();
        c.deliver(env("A", PEER, 1));
        c.deliver(env("B", PEER, 2));
        c.deliver(env("B", NodeId.of("other"), 3)); // another channel is not blocked
        assertEquals(3, c.state().n());
        assertEquals(2, c.inbox().size());
        assertEquals(InputResult.FIRED, c.input("Ready"));
        assertEquals(312, c.state().n(), "A then B, in channel order");
        assertEquals(List.of(), c.inbox());
    }

    @Test
    void bagDeliversAnyWaitingMessageAndConsumesIt() {
        NodeCore<St> c = core(NetworkSpec.Kind.BAG, NodeOptions.DEFAULTS, Chooser.FIRST, readyGate());
        c.start();
        c.deliver(env("A", PEER, 1));
        c.deliver(env("B", PEER, 2));
        assertEquals(2, c.state().n(), "B overtakes the waiting A");
        c.input("Ready");
        assertEquals(21, c.state().n(), "A received once, then gone");
        assertEquals(List.of(), c.inbox());
        assertEquals(List.of("init", "step", "step", "step"), trace.stream().map(e -> e.kind().json()).toList());
        assertEquals(List.of("GetB", "Ready", "GetA"), trace.stream().skip(1).map(TraceEvent::action).toList());
        assertEquals("m#1", trace.get(3).consumed().id());
    }

    @Test
    void aSetNetworkMessageIsAlsoTakenOncePerDelivery() {
        NodeCore<St> c = core(NetworkSpec.Kind.SET, NodeOptions.DEFAULTS, Chooser.FIRST, readyGate());
        c.start();
        c.deliver(env("B", PEER, 2));
        assertEquals(2, c.state().n());
        assertEquals(List.of(), c.inbox(), "not re-received forever: a set network may redeliver, never must");
    }

    @Test
    void autoActionsTakeTurnsAndYieldAfterTheStepBound() {
        List<String> fired = new ArrayList<>();
        List<ActionSpec<St>> actions = List.of(
                auto("X", (s, p, m) -> s.n() < 10, (s, p, m) -> { fired.add("X"); return to(s.n() + 1, false); }),
                auto("Y", (s, p, m) -> s.n() < 10, (s, p, m) -> { fired.add("Y"); return to(s.n() + 1, false); }));
        NodeCore<St> c = core(NetworkSpec.Kind.BAG, new NodeOptions(16, 4), Chooser.FIRST, actions);
        c.start();
        assertEquals(List.of("X", "Y", "X", "Y"), fired);
        assertEquals(1, host.continuations);
        c.resume();
        c.resume();
        assertEquals(10, c.state().n());
        assertEquals(List.of("X", "Y", "X", "Y", "X", "Y", "X", "Y", "X", "Y"), fired);
        assertEquals(2, host.continuations, "one follow-up per event cut off by the bound; the last one finished");
    }

    @Test
    void timersAreArmedOnceAndFireOnlyIfStillEnabled() {
        List<ActionSpec<St>> actions = List.of(
                timer("T", 5, 5, (s, p, m) -> !s.ready(),
                        (s, p, m) -> new Step<>(new St(s.n() + 1, s.ready()), List.of(new Command.SetTimer("T", 5, 5)))),
                input("Ready", (s, p, m) -> !s.ready(),
                        (s, p, m) -> new Step<>(new St(s.n(), true), List.of(new Command.SetTimer("T", 5, 5)))));
        NodeCore<St> c = core(NetworkSpec.Kind.BAG, NodeOptions.DEFAULTS, Chooser.FIRST, List.of(new St(0, false)),
                List.of(new Command.SetTimer("T", 5, 5), new Command.SetTimer("T", 5, 5)), actions);
        c.start();
        assertEquals(List.of("T@5"), host.timers, "armed once");
        expire(c, "T");
        assertEquals(1, c.state().n());
        assertEquals(List.of("T@5", "T@5"), host.timers, "re-armed by the step");
        c.input("Ready");
        assertEquals(List.of("T@5", "T@5"), host.timers, "still armed: not armed twice");
        expire(c, "T");
        assertEquals(1, c.state().n(), "disabled when it expired: dropped");
        expire(c, "T");
        assertEquals(1, c.state().n(), "an expiry for a timer that is not armed does nothing");
    }

    @Test
    void fireNowTakesAnEnabledTimerStepEarlyAndLeavesItsTimerArmed() {
        List<ActionSpec<St>> actions = List.of(
                timer("T", 50, 50, (s, p, m) -> !s.ready(),
                        (s, p, m) -> new Step<>(new St(s.n() + 1, s.ready()), List.of(new Command.SetTimer("T", 50, 50)))),
                input("Ready", (s, p, m) -> !s.ready(),
                        (s, p, m) -> new Step<>(new St(s.n(), true), List.of())));
        NodeCore<St> c = core(NetworkSpec.Kind.BAG, NodeOptions.DEFAULTS, Chooser.FIRST, List.of(new St(0, false)),
                List.of(new Command.SetTimer("T", 50, 50)), actions);
        c.start();
        long armed = host.lastGeneration.get("T");
        assertEquals(InputResult.FIRED, c.fireNow("T", null));
        assertEquals(1, c.state().n(), "the timer step was taken now");
        assertEquals(List.of("T@50"), host.timers, "its timer was not re-armed: the pending expiry stays");
        c.timerExpired("T", armed);
        assertEquals(2, c.state().n(), "the pending expiry still fires");
        assertEquals(InputResult.UNKNOWN_ACTION, c.fireNow("Ready", null), "an input action is not a timer");
        assertEquals(InputResult.UNKNOWN_ACTION, c.fireNow("Nope", null));
        c.input("Ready");
        assertEquals(InputResult.NOT_ENABLED, c.fireNow("T", null), "its guard is false");
        assertEquals(InputResult.NOT_ENABLED, c.fireNow("T", List.of(1L)), "parameters outside its (empty) domains");
        assertEquals(2, c.state().n());
    }

    @Test
    void aTimersProposedBindingFiresWhenEnabledElseTheBindingsAreEnumerated() {
        List<ActionSpec<St>> actions = List.of(
                new ActionSpec<St>("T", dev.lockstep.runtime.api.Trigger.TIMER, null, 5L, 5L,
                        List.of(new ActionSpec.Param<St>("k", (s, p, m) -> List.of(1L, 2L, 3L))),
                        (s, p, m) -> (Long) p.get(0) != 2L,
                        (s, p, m) -> new Step<>(new St(s.n() + (Long) p.get(0), s.ready()),
                                List.of(new Command.SetTimer("T", 5, 5))), "test:T"));
        long[] proposal = {3};
        Chooser proposing = new Chooser() {
            @Override
            public int choose(NodeId node, List<Binding> options) { return 0; }

            @Override
            public List<Object> proposeTimer(NodeId node, String action) { return List.of(proposal[0]); }
        };
        NodeCore<St> c = core(NetworkSpec.Kind.BAG, NodeOptions.DEFAULTS, proposing, List.of(new St(0, false)),
                List.of(new Command.SetTimer("T", 5, 5)), actions);
        c.start();
        expire(c, "T");
        assertEquals(3, c.state().n(), "the proposed k = 3 fired");
        proposal[0] = 2; // the guard is false for 2: enumerated, and the chooser picks the first enabled (1)
        expire(c, "T");
        assertEquals(4, c.state().n());
        proposal[0] = 9; // outside the domain
        expire(c, "T");
        assertEquals(5, c.state().n());
    }

    /** The host's timer for {@code action} (the last one it armed) expires. */
    void expire(NodeCore<St> c, String action) {
        c.timerExpired(action, host.lastGeneration.get(action));
    }

    @Test
    void restartReArmsFromNowAndTheReplacedExpiryIsStale() {
        List<ActionSpec<St>> actions = List.of(
                timer("T", 5, 5, (s, p, m) -> true,
                        (s, p, m) -> new Step<>(new St(s.n() + 1, s.ready()), List.of(new Command.SetTimer("T", 5, 5)))),
                input("Heartbeat", (s, p, m) -> true,
                        (s, p, m) -> new Step<>(s, List.of(new Command.RestartTimer("T"), new Command.SetTimer("T", 5, 5)))));
        NodeCore<St> c = core(NetworkSpec.Kind.BAG, NodeOptions.DEFAULTS, Chooser.FIRST, List.of(new St(0, false)),
                List.of(new Command.SetTimer("T", 5, 5)), actions);
        c.start();
        long first = host.lastGeneration.get("T");
        c.input("Heartbeat");
        assertEquals(List.of("T@5", "T@5"), host.timers, "re-armed by restart; the SetTimer after it is a no-op");
        c.timerExpired("T", first);
        assertEquals(0, c.state().n(), "the expiry the restart replaced does nothing");
        expire(c, "T");
        assertEquals(1, c.state().n(), "the restarted timer fires");
    }

    @Test
    void cancelDisarmsUntilRestartedEvenWhenTheActionStaysEnabled() {
        List<ActionSpec<St>> actions = List.of(
                timer("T", 5, 5, (s, p, m) -> true,
                        (s, p, m) -> new Step<>(new St(s.n() + 1, s.ready()), List.of(new Command.SetTimer("T", 5, 5)))),
                input("Lead", (s, p, m) -> !s.ready(),
                        (s, p, m) -> new Step<>(new St(s.n(), true),
                                List.of(new Command.CancelTimer("T"), new Command.SetTimer("T", 5, 5)))),
                input("Step", (s, p, m) -> true, (s, p, m) -> new Step<>(s, List.of(new Command.SetTimer("T", 5, 5)))),
                input("Follow", (s, p, m) -> s.ready(),
                        (s, p, m) -> new Step<>(new St(s.n(), false), List.of(new Command.RestartTimer("T")))));
        NodeCore<St> c = core(NetworkSpec.Kind.BAG, NodeOptions.DEFAULTS, Chooser.FIRST, List.of(new St(0, false)),
                List.of(new Command.SetTimer("T", 5, 5)), actions);
        c.start();
        long armed = host.lastGeneration.get("T");
        c.input("Lead");
        assertEquals(java.util.Set.of(), c.armedTimers(), "cancelled, though T is enabled and SetTimer follows");
        c.input("Step");
        assertEquals(List.of("T@5"), host.timers, "a later SetTimer does not arm a cancelled timer");
        c.timerExpired("T", armed);
        assertEquals(0, c.state().n(), "the cancelled expiry does nothing");
        c.input("Follow");
        assertEquals(java.util.Set.of("T"), c.armedTimers());
        expire(c, "T");
        assertEquals(1, c.state().n());
    }

    @Test
    void aRestartOrCancelOfAnActionThatIsNoTimerIsAMachineBug() {
        List<ActionSpec<St>> actions = List.of(
                input("Bad", (s, p, m) -> true, (s, p, m) -> new Step<>(s, List.of(new Command.CancelTimer("Bad")))));
        NodeCore<St> c = core(NetworkSpec.Kind.BAG, NodeOptions.DEFAULTS, Chooser.FIRST, actions);
        c.start();
        assertThrows(IllegalStateException.class, () -> c.input("Bad"));
    }

    @Test
    void inputsWithParametersUseTheChooserOrExplicitValues() {
        ActionSpec<St> set = new ActionSpec<>("Set", dev.lockstep.runtime.api.Trigger.INPUT, null, 0, 0,
                List.of(new ActionSpec.Param<>("v", (s, earlier, m) -> List.of(1L, 2L, 3L))),
                (s, p, m) -> (Long) p.get(0) != 2L, (s, p, m) -> to((Long) p.get(0), false), "test:Set");
        List<List<Binding>> offered = new ArrayList<>();
        Chooser last = (node, options) -> {
            offered.add(options);
            return options.size() - 1;
        };
        NodeCore<St> c = core(NetworkSpec.Kind.BAG, NodeOptions.DEFAULTS, last, List.of(set));
        c.start();
        assertEquals(InputResult.FIRED, c.input("Set"));
        assertEquals(List.of(List.of(new Binding("Set", List.of(1L)), new Binding("Set", List.of(3L)))), offered);
        assertEquals(3, c.state().n());
        assertEquals(InputResult.NOT_ENABLED, c.input("Set", List.of(2L)), "guard false");
        assertEquals(InputResult.NOT_ENABLED, c.input("Set", List.of(4L)), "outside the domain");
        assertEquals(InputResult.NOT_ENABLED, c.input("Set", List.of()), "wrong arity");
        assertEquals(InputResult.FIRED, c.input("Set", List.of(1L)));
        assertEquals(1, c.state().n());
        assertEquals(Map.of("v", Itf.encode(1L)), trace.get(trace.size() - 1).params());
        assertEquals(InputResult.UNKNOWN_ACTION, c.input("Nope"));
    }

    @Test
    void aFullInboxDropsAndCountsAndUnreceivableTypesAreNotKept() {
        NodeCore<St> c = core(NetworkSpec.Kind.BAG, new NodeOptions(2, 64), Chooser.FIRST, readyGate());
        c.start();
        assertTrue(c.deliver(env("A", PEER, 1)));
        assertTrue(c.deliver(env("A", PEER, 2)));
        assertFalse(c.deliver(env("A", PEER, 3)));
        assertEquals(1, c.inboxOverflows());
        c.deliver(env("Z", PEER, 4));
        assertEquals(1, c.unreceivable());
        assertEquals(2, c.inbox().size());
    }

    @Test
    void theChooserPicksAmongSeveralInitialStates() {
        NodeCore<St> c = core(NetworkSpec.Kind.BAG, NodeOptions.DEFAULTS, (n, o) -> 1,
                List.of(new St(5, false), new St(6, false)), List.of(), readyGate());
        c.start();
        assertEquals(new St(6, false), c.state());
        assertEquals(Itf.encode(new St(6, false)), trace.get(0).state());
    }

    @Test
    void aFailingActionLeavesTheStateAsItWas() {
        ActionSpec<St> boom = input("Boom", (s, p, m) -> true, (s, p, m) -> {
            throw new SpecOverflowException("Boom", "x.lstep:3:5");
        });
        NodeCore<St> c = core(NetworkSpec.Kind.BAG, NodeOptions.DEFAULTS, Chooser.FIRST, List.of(boom));
        c.start();
        ActionFailedException e = assertThrows(ActionFailedException.class, () -> c.input("Boom"));
        assertEquals("action Boom failed on node n: integer overflow in action Boom at x.lstep:3:5", e.getMessage());
        assertEquals(new St(0, false), c.state());
        assertEquals(0, c.steps());
    }

    @Test
    void aCrashLosesTimersAndOptionallyTheInboxButKeepsTheState() {
        NodeCore<St> c = core(NetworkSpec.Kind.BAG, NodeOptions.DEFAULTS, Chooser.FIRST, readyGate());
        c.start();
        c.deliver(env("B", PEER, 7));
        c.deliver(env("A", PEER, 1));
        c.crash(false);
        assertEquals(InputResult.NODE_DOWN, c.input("Ready"));
        assertFalse(c.deliver(env("B", PEER, 2)));
        c.restart();
        assertEquals(7, c.state().n());
        assertEquals(List.of(), c.inbox());
        assertEquals(1, c.steps(), "the trace goes on: no new init");
    }
}
