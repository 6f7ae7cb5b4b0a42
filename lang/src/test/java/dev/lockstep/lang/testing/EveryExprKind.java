package dev.lockstep.lang.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.ir.Exprs;
import dev.lockstep.lang.ir.Stmt;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The spec {@code ir/every-expr-kind.lstep}, which uses every kind of {@link Expr} and of {@link Stmt}, for the
 * tests (one per backend) that run a backend over every kind. Shared through lang's test-jar.
 */
public final class EveryExprKind {
    public static final String RESOURCE = "ir/every-expr-kind.lstep";
    public static final String MODEL = "small";

    private EveryExprKind() {}

    public static String text() {
        try (InputStream in = EveryExprKind.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing test resource " + RESOURCE);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CheckedSpec spec() {
        Frontend.Compilation c = Frontend.compile("every-expr-kind.lstep", text());
        assertTrue(c.ok(), () -> DiagnosticPrinter.render(c.diagnostics()));
        return c.spec().orElseThrow();
    }

    /** The simple names of every kind of {@link Expr}, from the sealed interface's permitted subclasses. */
    public static Set<String> allKinds() { return permitted(Expr.class); }

    /** The simple names of the kinds of expression that occur in {@code spec}. */
    public static Set<String> kindsIn(CheckedSpec spec) {
        Set<String> out = new TreeSet<>();
        for (Expr root : roots(spec)) Exprs.forEach(root, e -> out.add(e.getClass().getSimpleName()));
        return out;
    }

    /** The simple names of every kind of {@link Stmt}, from the sealed interface's permitted subclasses. */
    public static Set<String> allStmtKinds() { return permitted(Stmt.class); }

    private static Set<String> permitted(Class<?> sealed) {
        Set<String> out = new TreeSet<>();
        Arrays.stream(sealed.getPermittedSubclasses()).forEach(c -> out.add(c.getSimpleName()));
        return out;
    }

    /** The simple names of the kinds of statement that occur in {@code spec}'s actions. */
    public static Set<String> stmtKindsIn(CheckedSpec spec) {
        Set<String> out = new TreeSet<>();
        for (CheckedSpec.Role r : spec.roles()) {
            for (CheckedSpec.Action a : r.actions()) a.effects().forEach(s -> out.add(s.getClass().getSimpleName()));
        }
        return out;
    }

    /** Every expression of {@code spec} that is not inside another: bodies, initial values, guards, effects. */
    public static List<Expr> roots(CheckedSpec spec) {
        List<Expr> out = new ArrayList<>();
        for (CheckedSpec.Def d : spec.defs()) out.add(d.body());
        for (CheckedSpec.Invariant i : spec.invariants()) out.add(i.body());
        for (CheckedSpec.Property p : spec.properties()) out.add(p.body());
        out.addAll(Exprs.roleRoots(spec));
        for (CheckedSpec.Model m : spec.models()) {
            for (Expr b : m.bindings()) if (b != null) out.add(b);
            if (m.constraint() != null) out.add(m.constraint());
        }
        return out;
    }
}
