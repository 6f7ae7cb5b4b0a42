package dev.lockstep.lang.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.value.BoolV;
import dev.lockstep.lang.value.IntV;
import dev.lockstep.lang.value.NodeV;
import dev.lockstep.lang.value.SetV;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code on restart}: its effects run inside the node's Crash step, after the volatile reset, reading the reset
 * state (a volatile variable reads its initial value, a durable one its kept value); its sends are part of the
 * step, in apply and in enumeration alike.
 */
public class RestartTest {
    /** The example of docs/language.md, "on restart"; model-check's CrashTlcTest runs it under TLC. */
    public static final String SPEC = """
            protocol Restarting
            const Ns: set<node>
            message Back { epoch: int }
            network bag
            role S at Ns crashes {
              durable var epoch: int = 0
              var ready: bool = FALSE
              var heard: set<node> = {}
              auto action Boot when ~ready do ready' = TRUE
              on receive m: Back as Hear do heard' = heard \\cup {m.src}
              on restart do epoch' = epoch + 1
                            heard' = IF ready THEN {} ELSE {self}
                            send Back { epoch: epoch + 1 } to Ns \\ {self}
            }
            model pair { Ns = {a, b}  crashes 2 }
            """;

    static ModelInstance bind() {
        Frontend.Compilation c = Frontend.compile("restart.lstep", SPEC);
        assertTrue(c.ok(), () -> c.diagnostics().toString());
        return ModelInstance.bind(c.spec().orElseThrow(), "pair").orElseThrow();
    }

    @Test
    void theRestartRunsOverTheResetStateInTheCrashStep() {
        ModelInstance m = bind();
        Transitions t = new Transitions(m);
        State init = t.initialStates().get(0);
        List<Label> first = new ArrayList<>();
        t.successors(init, (label, next) -> first.add(label));
        State booted = t.apply(init, first.get(0)).next(); // a boots: ready = TRUE
        int a = m.nodeBase(0, 0);
        assertEquals(BoolV.TRUE, booted.slot(a + 1));
        Successor crash = t.apply(booted, Label.crash(new NodeV("a")));
        State after = crash.next();
        assertEquals(IntV.of(1), after.slot(a), "durable epoch kept and incremented by on restart");
        assertEquals(BoolV.FALSE, after.slot(a + 1), "volatile ready reset");
        // heard' = IF ready THEN {} ELSE {self}: ready reads the reset FALSE, not the TRUE before the crash.
        assertEquals(SetV.of(List.of(new NodeV("a"))), after.slot(a + 2));
        assertEquals(1, crash.sent().size(), "on restart's send is part of the Crash step");
        assertEquals("b", ((NodeV) crash.sent().get(0).get("dst")).name());
        assertEquals(IntV.of(1), crash.sent().get(0).get("epoch"), "the send reads the kept epoch, 0, plus one");
        // Enumeration computes the same successor as apply.
        List<State> viaEnumeration = new ArrayList<>();
        t.successors(booted, (label, next) -> {
            if (label.equals(Label.crash(new NodeV("a")))) viaEnumeration.add(next);
        });
        assertEquals(List.of(after), viaEnumeration);
    }

    @Test
    void countsArePinned() {
        // Cross-checked with TLC in model-check's CrashTlcTest (restart).
        ExploreResult r = new Explorer(bind()).run(ExploreOptions.defaults().withDeadlock(false));
        assertEquals(ExploreResult.Status.HOLDS, r.status());
        assertEquals(84, r.distinct());
        assertEquals(189, r.generated());
    }
}
