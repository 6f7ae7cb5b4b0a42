package dev.lockstep.invariants;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.z3.Context;
import com.microsoft.z3.Status;
import org.junit.jupiter.api.Test;

class Z3SmokeTest {
    @Test
    void nativeLibraryLoads() {
        try (Context ctx = new Context()) {
            var s = ctx.mkSolver();
            var x = ctx.mkIntConst("x");
            s.add(ctx.mkGt(x, ctx.mkInt(2)));
            assertEquals(Status.SATISFIABLE, s.check());
        }
    }
}
