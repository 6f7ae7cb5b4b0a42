package dev.lockstep.lang.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.eval.Network;
import dev.lockstep.lang.value.IntV;
import dev.lockstep.lang.value.NodeV;
import dev.lockstep.lang.value.Value;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Crash and recovery: a {@code Crash(n)} step per node of a crashing role while fewer than {@code crashes N} crashes
 * happened; volatile variables back to their initial values, durable ones kept, the network untouched, the count
 * of crashes in the state; {@link Transitions#apply} agrees with enumeration.
 */
class CrashTest {
    /** One step per node: d counts up once, v records it, and a ping goes to the other node. */
    static final String SPEC = """
            protocol C
            const N: set<node>
            const Bound: int
            const Q: node
            message Ping {}
            network bag
            role R at N crashes {
              durable var d: int = 0
              var v: int = Bound
              auto action Step when d < 1 do d' = d + 1  v' = 7  send Ping {} to N \\ {self}
            }
            role Quiet at {Q} {
              var w: int = 5
            }
            model one { N = {n1}  Bound = 3  Q = q  crashes 1 }
            model two { N = {n1}  Bound = 3  Q = q  crashes 2 }
            model pair { N = {n1, n2}  Bound = 3  Q = q  crashes 1 }
            """;

    static ModelInstance bind(String model) {
        Frontend.Compilation c = Frontend.compile("c.lstep", SPEC);
        assertTrue(c.ok(), () -> c.diagnostics().toString());
        return ModelInstance.bind(c.spec().orElseThrow(), model).orElseThrow();
    }

    private static List<Label> labels(Transitions t, State s) {
        List<Label> out = new ArrayList<>();
        t.successors(s, (label, next) -> out.add(label));
        return out;
    }

    private static Value var(ModelInstance m, State s, int slotInNode) {
        return s.slot(m.nodeBase(0, 0) + slotInNode);
    }

    @Test
    void aCrashResetsVolatileVariablesKeepsDurableOnesAndTheNetwork() {
        ModelInstance m = bind("pair");
        Transitions t = new Transitions(m);
        State init = t.initialStates().get(0);
        assertEquals(IntV.of(0), init.slot(m.crashSlot()));
        State stepped = t.apply(init, labels(t, init).get(0)).next(); // n1 steps: d = 1, v = 7, a ping to n2
        assertEquals(IntV.of(7), var(m, stepped, 1));
        Label crash = Label.crash(new NodeV("n1"));
        assertEquals("Crash(n1)", crash.show());
        State crashed = t.apply(stepped, crash).next();
        assertEquals(IntV.of(1), var(m, crashed, 0), "durable d kept");
        assertEquals(IntV.of(3), var(m, crashed, 1), "volatile v back to its initial value (Bound)");
        assertEquals(stepped.slot(m.networkSlot()), crashed.slot(m.networkSlot()), "the ping stays in flight");
        assertEquals(1, Network.size(m.spec().network().kind(), crashed.slot(m.networkSlot())));
        assertEquals(IntV.of(1), crashed.slot(m.crashSlot()));
        // Enumeration offers the same step, one per node of the crashing role (not for Quiet's q).
        List<String> shown = new ArrayList<>();
        t.successors(stepped, (label, next) -> {
            if (label.isCrash()) shown.add(label.show());
            if (label.equals(crash)) assertEquals(crashed, next);
        });
        assertEquals(List.of("Crash(n1)", "Crash(n2)"), shown);
        // The bound is reached: no more crash steps, and apply refuses one.
        assertTrue(labels(t, crashed).stream().noneMatch(Label::isCrash));
        assertThrows(IllegalArgumentException.class, () -> t.apply(crashed, crash));
        assertThrows(IllegalArgumentException.class, () -> t.apply(stepped, Label.crash(new NodeV("q"))));
    }

    @Test
    void countsFollowTheBound() {
        // (d, v, crashes) of n1: (0,3,0) -> Step (1,7,0), Crash (0,3,1); (1,7,0) -> Crash (1,3,1);
        // (0,3,1) -> Step (1,7,1). 5 states, 1 + 2 + 1 + 1 generated. Crash steps may repeat with crashes 2.
        ExploreResult one = new Explorer(bind("one")).run(ExploreOptions.defaults().withDeadlock(false));
        assertEquals(ExploreResult.Status.HOLDS, one.status());
        assertEquals(5, one.distinct());
        assertEquals(5, one.generated());
        // crashes 2: (0,3,1) also crashes to (0,3,2), which steps to (1,7,2); (1,3,1) and (1,7,1) both crash to
        // (1,3,2). 8 states; generated 1 + 2 + 1 + 2 + 1 + 1 + 1.
        ExploreResult two = new Explorer(bind("two")).run(ExploreOptions.defaults().withDeadlock(false));
        assertEquals(8, two.distinct());
        assertEquals(9, two.generated());
    }
}
