package dev.lockstep.specs.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import dev.lockstep.lang.explore.State;
import dev.lockstep.lang.diag.Result;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.spectojava.InMemoryJavac;
import dev.lockstep.spectojava.JavaGenerator;
import dev.lockstep.spectojava.JavaPackage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The differential test must fail when the generator is wrong. Each case seeds one generator bug into the syntax
 * trees the generator builds (the kind of slip a generator makes: an operator, a forgotten send, a wrong builtin, a
 * domain without its filter, a constant), compiles the result in-process, and checks that
 * {@link DifferentialChecker} reports a mismatch on the model's reachable states. The unmutated code, compiled the
 * same way, must report none: the checker does not fail for no reason.
 */
class SeededGeneratorBugTest {
    private static final int STATES = 3000;

    /** A mutation of one generated unit; returns false when it found nothing to mutate. */
    interface Mutation {
        boolean apply(CompilationUnit cu);
    }

    private static List<String> differences(String specFile, String model, String unit, Mutation mutation, Path tmp) {
        Path file = Path.of(specFile);
        CheckedSpec spec = LibraryModels.load(file);
        String pkg = "seeded." + spec.name().toLowerCase(Locale.ROOT);
        Result<List<CompilationUnit>> units = JavaGenerator.units(spec, new JavaPackage(pkg));
        assertTrue(units.ok(), units.diagnostics().toString());
        boolean mutated = mutation == null;
        for (CompilationUnit cu : units.orElseThrow()) {
            if (mutation != null && cu.getType(0).getNameAsString().equals(unit)) mutated |= mutation.apply(cu);
        }
        assertTrue(mutated, "the seeded bug found nothing to change in " + unit);
        List<JavaGenerator.GeneratedFile> files = new ArrayList<>();
        for (CompilationUnit cu : units.orElseThrow()) files.add(JavaGenerator.file(cu));
        InMemoryJavac.Compiled compiled = InMemoryJavac.compile(files, tmp);
        assertEquals(List.of(), compiled.errors());
        ProtocolDescriptor descriptor = LibraryModels.descriptor(compiled.loader(), pkg + "." + spec.name() + "Protocol", model);
        DifferentialChecker checker = new DifferentialChecker(LibraryModels.bind(spec, model), descriptor);
        List<String> out = new ArrayList<>(checker.checkStructure());
        for (State s : LibraryModels.reachable(LibraryModels.bind(spec, model), STATES)) {
            out.addAll(checker.check(s));
            if (!out.isEmpty()) break;
        }
        return out;
    }

    private static Predicate<MethodDeclaration> named(String name) { return m -> m.getNameAsString().equals(name); }

    private static MethodDeclaration method(CompilationUnit cu, String name) {
        return cu.findFirst(MethodDeclaration.class, named(name)).orElseThrow();
    }

    @Test
    void unmutatedCodeCompiledInProcessAgrees(@TempDir Path tmp) {
        assertEquals(List.of(), differences("paxos.lstep", "tiny", null, null, tmp));
        assertEquals(List.of(), differences("minfinder.lstep", "small", null, null, tmp.resolve("2")));
    }

    @Test
    void strictComparisonBecomesNonStrict(@TempDir Path tmp) {
        List<String> diff = differences("paxos.lstep", "tiny", "AcceptorMachine", cu ->
                method(cu, "enabledPromise").findFirst(BinaryExpr.class, b -> b.getOperator() == BinaryExpr.Operator.GREATER)
                        .map(b -> b.setOperator(BinaryExpr.Operator.GREATER_EQUALS)).isPresent(), tmp);
        assertFalse(diff.isEmpty());
        assertTrue(diff.get(0).contains("Acceptor[a1].Promise") && diff.get(0).contains("enabled true, spec says false"),
                diff.get(0));
    }

    @Test
    void forgottenSend(@TempDir Path tmp) {
        List<String> diff = differences("two-phase-commit.lstep", "small", "TMMachine", cu ->
                method(cu, "commit").findFirst(ForEachStmt.class).map(f -> f.remove()).orElse(false), tmp);
        assertFalse(diff.isEmpty());
        assertTrue(diff.get(0).contains("TM[tm].Commit") && diff.get(0).contains("sent []"), diff.get(0));
    }

    @Test
    void forgottenTimerRestart(@TempDir Path tmp) {
        List<String> diff = differences("raft-election.lstep", "small", "ServerMachine", cu ->
                method(cu, "grantVote").findFirst(ExpressionStmt.class, e -> e.toString().contains("RestartTimer"))
                        .map(e -> e.remove()).orElse(false), tmp);
        assertFalse(diff.isEmpty());
        assertTrue(diff.get(0).contains(".GrantVote") && diff.get(0).contains("timer commands []"), diff.get(0));
    }

    @Test
    void wrongBuiltin(@TempDir Path tmp) {
        List<String> diff = differences("minfinder.lstep", "small", "NodeMachine", cu ->
                method(cu, "merge").findFirst(MethodCallExpr.class, c -> c.getNameAsString().equals("min"))
                        .map(c -> c.setName("max")).isPresent(), tmp);
        assertFalse(diff.isEmpty());
        assertTrue(diff.get(0).contains(".Merge") && diff.get(0).contains("next state"), diff.get(0));
    }

    @Test
    void domainWithoutItsFilter(@TempDir Path tmp) {
        List<String> diff = differences("minfinder.lstep", "small", "NodeMachine", cu ->
                method(cu, "pushDomainPeer").findFirst(MethodCallExpr.class, c -> c.getNameAsString().equals("minus"))
                        .map(c -> c.replace(c.getArgument(0).clone())).orElse(false), tmp);
        assertFalse(diff.isEmpty());
        assertTrue(diff.get(0).contains("domain of peer"), diff.get(0));
    }

    @Test
    void wrongModelConstant(@TempDir Path tmp) {
        List<String> diff = differences("chang-roberts.lstep", "ring3", "ChangRobertsConstants", cu ->
                method(cu, "ring3").findFirst(LongLiteralExpr.class, l -> l.getValue().equals("3L"))
                        .map(l -> l.setValue("5L")).isPresent(), tmp);
        assertFalse(diff.isEmpty(), "a wrong constant must show");
    }
}
