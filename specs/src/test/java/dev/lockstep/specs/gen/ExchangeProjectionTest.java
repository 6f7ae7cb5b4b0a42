package dev.lockstep.specs.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.lockstep.lang.diag.Result;
import dev.lockstep.lang.explore.State;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.spectojava.InMemoryJavac;
import dev.lockstep.spectojava.JavaGenerator;
import dev.lockstep.spectojava.JavaPackage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The f1/f2/f3 projection of every library exchange equals the atomic update (seed Fig. 7,
 * docs/spec-to-java.md "Exchanges: f1/f2/f3"): on random node states of every model of every spec with an exchange,
 * {@link ExchangeProjectionChecker} finds no difference; and a seeded projection bug (a reply without the
 * receiver's value, an initiator that ignores the reply, or one that takes the peer's old value) is caught.
 */
class ExchangeProjectionTest {
    /** One model of a spec with exchanges, its projection compiled in process. */
    record Case(String name, ExchangeProjectionChecker checker, List<State> reachable) {
        @Override
        public String toString() { return name; }
    }

    private static List<Case> cases;

    /** Models for the gossip simulator only (20 nodes): the same exchanges as the spec's small model, far more states. */
    private static final java.util.Set<String> SIMULATOR_ONLY = java.util.Set.of("minfinder-composed.lstep#sim",
            "gossip-stack.lstep#sim");
    private static Path tmp;

    @BeforeContainer
    static void compileProjections() throws IOException {
        tmp = Files.createTempDirectory("projection");
        cases = new ArrayList<>();
        for (Path file : LibraryModels.specFiles()) {
            CheckedSpec spec = LibraryModels.load(file);
            if (ExchangeProjectionChecker.exchanges(spec).isEmpty()) {
                continue;
            }
            for (CheckedSpec.Model m : spec.models()) {
                if (!SIMULATOR_ONLY.contains(file.getFileName() + "#" + m.name())) {
                    cases.add(compile(file, spec, m.name(), null, "ok"));
                }
            }
        }
        var swap = dev.lockstep.lang.Frontend.compile("swap.lstep", SWAP);
        assertTrue(swap.ok(), swap.diagnostics().toString());
        cases.add(compile(Path.of("swap.lstep"), swap.spec().orElseThrow(), "small", null, "swap"));
    }

    /**
     * Beyond the library: an exchange whose guard has a receiver part (so f2 may decline), that may fail, and whose
     * messages carry different variables each way.
     */
    static final String SWAP = """
            protocol Swap
            const Nodes: set<node>
            network set
            role Node at Nodes {
              var x: int \\in 0..2
              var y: int = 0
              exchange Swap with peer \\in Nodes \\ {self} weighted 1 may fail
                when y < 2 /\\ x /= peer.x /\\ y <= peer.y
                do x' = Max({x, peer.x})
                   y' = peer.y + 1
                   peer.x' = x
            }
            model small { Nodes = {n1, n2, n3} }
            """;

    @AfterContainer
    static void deleteTmp() throws IOException {
        try (var files = Files.walk(tmp)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** A mutation of one projection unit; false when it found nothing to change. */
    interface Mutation {
        boolean apply(CompilationUnit cu);
    }

    private static Case compile(Path file, CheckedSpec spec, String model, Mutation mutation, String tag) {
        String pkg = "projection." + tag + "." + spec.name().toLowerCase(Locale.ROOT);
        Result<List<CompilationUnit>> units = JavaGenerator.projectionUnits(spec, new JavaPackage(pkg));
        assertTrue(units.ok(), units.diagnostics().toString());
        boolean mutated = mutation == null;
        for (CompilationUnit cu : units.orElseThrow()) if (mutation != null) mutated |= mutation.apply(cu);
        assertTrue(mutated, "the seeded bug found nothing to change");
        List<JavaGenerator.GeneratedFile> files = new ArrayList<>();
        for (CompilationUnit cu : units.orElseThrow()) files.add(JavaGenerator.file(cu));
        InMemoryJavac.Compiled compiled;
        try {
            compiled = InMemoryJavac.compile(files, Files.createTempDirectory(tmp, tag));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(List.of(), compiled.errors());
        var instance = LibraryModels.bind(spec, model);
        return new Case(file.getFileName() + "/" + model, new ExchangeProjectionChecker(instance, compiled.loader(), pkg),
                LibraryModels.reachable(instance, 10_000));
    }

    /** A random state: a reachable one with random int values put into its nodes. */
    record Sample(Case model, long seed) {}

    @Provide
    Arbitrary<Sample> samples() {
        return Arbitraries.of(cases).flatMap(c -> Arbitraries.longs().map(seed -> new Sample(c, seed)));
    }

    @Property(tries = 300)
    void f1f2f3EqualsTheAtomicUpdate(@ForAll("samples") Sample sample) {
        assertFalse(cases.isEmpty(), "no library spec with an exchange");
        State state = randomState(sample.model(), sample.seed());
        assertEquals(List.of(), sample.model().checker().check(state));
    }

    @Property(tries = 1)
    void everyLibraryExchangeIsCovered() {
        List<String> names = cases.stream().map(Case::name).toList();
        assertTrue(names.contains("minfinder-pairwise.lstep/small") && names.contains("minfinder-pairwise.lstep/three")
                && names.contains("minfinder-pairwise-may-fail.lstep/small") && names.contains("swap.lstep/small")
                // a layered exchange (Tree reads Leader): its functions take the node's lower layers
                && names.contains("leader-tree.lstep/line"),
                names.toString());
        // Every reachable state of every model, unrandomized, agrees too.
        for (Case c : cases) {
            for (State s : c.reachable()) assertEquals(List.of(), c.checker().check(s), c.name());
            assertTrue(c.checker().accepted() > 0, c.name() + ": no exchange was ever accepted");
        }
        // The guarded exchange also takes the path where f2 declines (its guard's receiver part is false).
        Case swap = cases.stream().filter(c -> c.name().equals("swap.lstep/small")).findFirst().orElseThrow();
        assertTrue(swap.checker().declinedByReceiver() > 0, "f2 never declined");
    }

    private static State randomState(Case c, long seed) {
        Random random = new Random(seed);
        return c.checker().randomize(c.reachable().get(random.nextInt(c.reachable().size())), random);
    }

    // ---- seeded projection bugs: each must be caught on some of 200 random states --------------------------

    private static List<String> firstDifference(String specFile, Mutation mutation, String tag) {
        Path file = Path.of(specFile);
        CheckedSpec spec = LibraryModels.load(file);
        Case c = compile(file, spec, "small", mutation, tag);
        for (long seed = 1; seed <= 200; seed++) {
            List<String> diff = c.checker().check(randomState(c, seed));
            if (!diff.isEmpty()) return diff;
        }
        return List.of();
    }

    private static Predicate<MethodDeclaration> named(String name) { return m -> m.getNameAsString().equals(name); }

    private static boolean inMethod(CompilationUnit cu, String method, Predicate<MethodDeclaration> change) {
        return cu.getType(0).getNameAsString().endsWith("Projection")
                && cu.findFirst(MethodDeclaration.class, named(method)).map(change::test).orElse(false);
    }

    @Property(tries = 1)
    void unmutatedProjectionAgreesOnTheSameStates() {
        assertEquals(List.of(), firstDifference("minfinder-pairwise.lstep", null, "plain"));
    }

    /** msg2 does not carry the receiver's value: the reply echoes the initiator's own value from msg1. */
    @Property(tries = 1)
    void replyWithoutTheReceiversValueIsCaught() {
        List<String> diff = firstDifference("minfinder-pairwise.lstep", cu -> inMethod(cu, "f2", m ->
                m.findFirst(ObjectCreationExpr.class, o -> o.getType().getNameAsString().endsWith("Reply"))
                        .map(o -> o.setArgument(0, new MethodCallExpr(new NameExpr("msg1"), "val"))).isPresent()),
                "echo");
        assertFalse(diff.isEmpty());
        assertTrue(diff.get(0).contains("initiator"), diff.get(0));
    }

    /** f3 reads the initiator's own old value where it should read msg2. */
    @Property(tries = 1)
    void initiatorIgnoringTheReplyIsCaught() {
        List<String> diff = firstDifference("minfinder-pairwise-may-fail.lstep", cu -> inMethod(cu, "f3", m ->
                m.findFirst(MethodCallExpr.class, c -> c.toString().equals("msg2.val()"))
                        .map(c -> c.replace(new MethodCallExpr(new NameExpr("s"), "val"))).orElse(false)),
                "ignore");
        assertFalse(diff.isEmpty());
        assertTrue(diff.get(0).contains("initiator"), diff.get(0));
    }

    /** f3 applies the peer's old value instead of the update's minimum. */
    @Property(tries = 1)
    void initiatorTakingThePeersOldValueIsCaught() {
        List<String> diff = firstDifference("minfinder-pairwise.lstep", cu -> inMethod(cu, "f3", m ->
                m.findFirst(MethodCallExpr.class, c -> c.getNameAsString().equals("min"))
                        .map(c -> c.replace(new MethodCallExpr(new NameExpr("msg2"), "val"))).orElse(false)),
                "peerold");
        assertFalse(diff.isEmpty());
        assertTrue(diff.get(0).contains("initiator"), diff.get(0));
    }
}
