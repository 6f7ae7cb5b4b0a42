package dev.lockstep.lang.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.ExploreOptions;
import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.lang.explore.Explorer;
import dev.lockstep.lang.ir.CheckedSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code instance I = "file" with C <- e}: flattening, qualified names, and each way it can be wrong. */
class InstancesTest {
    /** A one-role toggle: each node flips its bit once, after a Ping from its partner. */
    private static final String TOGGLE = """
            protocol Toggle
            const Nodes: set<node>
            const Start: int
            enum Phase { idle, busy }
            message Ping {}
            network bag
            def Twice(x: int) == 2 * x
            role Node at Nodes {
              var bit: int = Start
              var mode: enum { off, on } = off
              auto action Go when mode = off do mode' = on  send Ping {} to Nodes \\ {self}
              on receive m: Ping when bit = Start do bit' = Twice(bit) + 1
            }
            invariant Small == \\A n \\in Nodes : Node[n].bit <= Twice(Start) + 1
            model two { Nodes = {p, q}  Start = 0 }
            """;

    @TempDir
    Path dir;

    private Frontend.Compilation compile(String outer) throws IOException {
        write("toggle.lstep", TOGGLE);
        return Frontend.load(write("outer.lstep", outer));
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private static String outer(String instances, String rest) {
        return "protocol Outer\nconst A: set<node>\nconst B: set<node>\nnetwork bag\n" + instances + "\n" + rest
                + "\nmodel m { A = {a1, a2}  B = {b1, b2}" + " }\n";
    }

    private static ExploreResult explore(CheckedSpec spec, String model) {
        return new Explorer(ModelInstance.bind(spec, model).orElseThrow()).run(ExploreOptions.defaults().withDeadlock(false));
    }

    @Test
    void twoInstancesAreQualifiedAndIndependent() throws IOException {
        Frontend.Compilation c = compile(outer("""
                instance L = "toggle.lstep" with Nodes <- A, Start <- 0
                instance R = "toggle.lstep" with Nodes <- B, Start <- 10
                invariant Both == \\A x \\in A, y \\in B : L.Node[x].bit <= 1 /\\ R.Node[y].bit >= 10
                """, ""));
        assertTrue(c.ok(), c.diagnostics()::toString);
        CheckedSpec spec = c.spec().orElseThrow();
        assertEquals(List.of("L_Node", "R_Node"), spec.roles().stream().map(CheckedSpec.Role::name).toList());
        assertEquals(List.of("L_Ping", "R_Ping"), spec.messages().stream().map(m -> m.name()).toList());
        // Enums are shared by the two instances of one file (the inline one becomes the named enum Node_mode).
        assertEquals(List.of("Phase", "Node_mode"), spec.enums().stream().map(e -> e.name()).toList());
        assertTrue(spec.defs().stream().anyMatch(d -> d.name().equals("R_Twice")));
        assertTrue(spec.invariants().stream().anyMatch(i -> i.name().equals("L_Small")));
        // The role's spans point into the instantiated file.
        assertTrue(spec.roles().get(0).span().location().contains("toggle.lstep:8:"),
                spec.roles().get(0).span().location());

        // One Toggle over two nodes, alone.
        Frontend.Compilation alone = Frontend.load(dir.resolve("toggle.lstep"));
        ExploreResult one = explore(alone.spec().orElseThrow(), "two");
        // Two independent instances: the product of the state spaces.
        ExploreResult both = explore(spec, "m");
        assertEquals(ExploreResult.Status.HOLDS, both.status());
        assertEquals(one.distinct() * one.distinct(), both.distinct());
    }

    @Test
    void aWrongBindingIsCaughtByTheInstancesInvariant() throws IOException {
        // Start <- 5 for R: R's bits become 11, which R's own Small invariant (bit <= 2 * Start + 1) allows, but the
        // composition's invariant, written against the intended binding, does not.
        Frontend.Compilation c = compile(outer("""
                instance L = "toggle.lstep" with Nodes <- A, Start <- 0
                instance R = "toggle.lstep" with Nodes <- B, Start <- 5
                invariant RStaysLow == \\A y \\in B : R.Node[y].bit <= 1
                """, ""));
        assertTrue(c.ok(), c.diagnostics()::toString);
        ExploreResult r = explore(c.spec().orElseThrow(), "m");
        assertEquals(ExploreResult.Status.INVARIANT_VIOLATED, r.status());
    }

    @Test
    void nestedInstancesAreQualifiedTwiceAndResolvedFromTheirOwnDirectory() throws IOException {
        write("lib/toggle.lstep", TOGGLE);
        write("lib/pair.lstep", """
                protocol Pair
                const P: set<node>
                network bag
                instance T = "toggle.lstep" with Nodes <- P, Start <- 1
                """);
        Frontend.Compilation c = Frontend.load(write("top.lstep", outer("instance X = \"lib/pair.lstep\" with P <- A",
                "")));
        assertTrue(c.ok(), c.diagnostics()::toString);
        assertEquals(List.of("X_T_Node"), c.spec().orElseThrow().roles().stream().map(CheckedSpec.Role::name).toList());
    }

    @Test
    void aMissingFileIsReportedAtThePath() throws IOException {
        Frontend.Compilation c = compile(outer("instance L = \"nope.lstep\" with Nodes <- A", ""));
        Diagnostic d = only(c, Code.INSTANCE_FILE_UNREADABLE);
        assertTrue(d.message().contains("nope.lstep") && d.message().contains("no such file"), d.message());
        assertEquals(5, d.span().line());
    }

    @Test
    void aDirectoryOrADeviceIsNotRead() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        assertTrue(only(compile(outer("instance L = \"sub\" with Nodes <- A", "")), Code.INSTANCE_FILE_UNREADABLE)
                .message().contains("directory"));
        if (Files.exists(Path.of("/dev/zero"))) {
            assertTrue(only(compile(outer("instance L = \"/dev/zero\"", "")), Code.INSTANCE_FILE_UNREADABLE)
                    .message().contains("not a regular file"));
        }
    }

    @Test
    void aCycleOfInstantiationsIsRefused() throws IOException {
        write("a.lstep", "protocol A\nnetwork bag\ninstance B = \"b.lstep\"\n");
        write("b.lstep", "protocol B\nnetwork bag\ninstance A = \"a.lstep\"\n");
        Frontend.Compilation c = Frontend.load(dir.resolve("a.lstep"));
        Diagnostic d = only(c, Code.INSTANCE_CYCLE);
        assertTrue(d.message().contains("a.lstep -> b.lstep -> a.lstep"), d.message());
        assertTrue(d.span().file().name().endsWith("b.lstep"), d.span().location());
        assertTrue(codes(c).contains(Code.INSTANCE_HAS_ERRORS.id()));
    }

    @Test
    void selfInstantiationIsACycle() throws IOException {
        Path self = write("self.lstep", "protocol S\nnetwork bag\ninstance Me = \"self.lstep\"\n");
        assertTrue(codes(Frontend.load(self)).contains(Code.INSTANCE_CYCLE.id()));
    }

    @Test
    void unboundUnknownAndTwiceBoundConstantsAreRefused() throws IOException {
        assertTrue(codes(compile(outer("instance L = \"toggle.lstep\" with Nodes <- A", "")))
                .contains(Code.INSTANCE_UNBOUND_CONSTANT.id()));
        Frontend.Compilation unknown = compile(outer(
                "instance L = \"toggle.lstep\" with Nodes <- A, Start <- 0, Stop <- 1", ""));
        Diagnostic d = only(unknown, Code.INSTANCE_UNKNOWN_CONSTANT);
        assertTrue(d.message().contains("Stop") && d.notes().get(0).contains("Nodes, Start"), d.toString());
        assertTrue(codes(compile(outer("instance L = \"toggle.lstep\" with Nodes <- A, Start <- 0, Start <- 1", "")))
                .contains(Code.INSTANCE_CONSTANT_BOUND_TWICE.id()));
    }

    @Test
    void aNameClashAfterQualificationIsRefused() throws IOException {
        // The outer spec's own L_Node clashes with instance L's role Node.
        Frontend.Compilation role = compile(outer("instance L = \"toggle.lstep\" with Nodes <- A, Start <- 0",
                "role L_Node at B { var x: int = 0 }"));
        assertTrue(codes(role).contains(Code.INSTANCE_NAME_CLASH.id()), role.diagnostics()::toString);
        // The shared enum's labels clash with an outer enum's.
        Frontend.Compilation label = compile(outer("instance L = \"toggle.lstep\" with Nodes <- A, Start <- 0",
                "enum Load { idle, full }"));
        assertTrue(codes(label).contains(Code.INSTANCE_NAME_CLASH.id()), label.diagnostics()::toString);
        // The instance's name is a declared name.
        Frontend.Compilation name = compile(outer("instance A = \"toggle.lstep\" with Nodes <- B, Start <- 0", ""));
        assertTrue(codes(name).contains(Code.INSTANCE_NAME_CLASH.id()), name.diagnostics()::toString);
    }

    @Test
    void anotherNetworkIsRefused() throws IOException {
        Frontend.Compilation c = compile(outer("instance L = \"toggle.lstep\" with Nodes <- A, Start <- 0", "")
                .replace("network bag", "network set"));
        Diagnostic d = only(c, Code.INSTANCE_NETWORK_MISMATCH);
        assertTrue(d.message().contains("assumes network bag") && d.message().contains("declares network set"),
                d.message());
    }

    @Test
    void errorsInTheInstantiatedFileAreReportedWithItsPath() throws IOException {
        write("broken.lstep", "protocol Broken\nconst N: set<node>\nnetwork bag\nrole R at N {\n"
                + "  var x: int = TRUE\n}\n");
        write("garbled.lstep", "protocol Garbled\nnetwork bag\nrole R at {\n");
        for (String file : List.of("broken.lstep", "garbled.lstep")) {
            Frontend.Compilation c = compile(outer("instance L = \"" + file + "\" with N <- A", ""));
            assertFalse(c.ok());
            assertTrue(c.diagnostics().stream().anyMatch(d -> d.span().file().name().endsWith(file)
                    && !d.code().equals(Code.INSTANCE_HAS_ERRORS)), c.diagnostics()::toString);
            assertTrue(codes(c).contains(Code.INSTANCE_HAS_ERRORS.id()));
        }
    }

    @Test
    void anUnknownMemberIsRefused() throws IOException {
        Frontend.Compilation c = compile(outer("instance L = \"toggle.lstep\" with Nodes <- A, Start <- 0",
                "invariant Bad == \\A x \\in A : L.Nod[x].bit = 0"));
        Diagnostic d = only(c, Code.INSTANCE_UNKNOWN_MEMBER);
        assertTrue(d.notes().get(0).contains("Node"), d.toString());
    }

    @Test
    void anInstancesDefinitionIsCalledAsIDotName() throws IOException {
        Frontend.Compilation ok = compile(outer("instance L = \"toggle.lstep\" with Nodes <- A, Start <- 0",
                "invariant Doubled == L.Twice(2) = 4"));
        assertTrue(ok.ok(), ok.diagnostics()::toString);
        assertEquals(ExploreResult.Status.HOLDS, explore(ok.spec().orElseThrow(), "m").status());
        Frontend.Compilation bad = compile(outer("instance L = \"toggle.lstep\" with Nodes <- A, Start <- 0",
                "invariant Doubled == L.Thrice(2) = 6"));
        assertTrue(only(bad, Code.INSTANCE_UNKNOWN_MEMBER).message().contains("Thrice"));
    }

    @Test
    void theInstanceWordStaysAnOrdinaryName() {
        Frontend.Compilation c = Frontend.compile("x.lstep", """
                protocol P
                const instance: int
                const N: set<node>
                network set lossy
                role R at N { var x: int = instance }
                model m { instance = 1  N = {n} }
                """);
        assertTrue(c.ok(), c.diagnostics()::toString);
    }

    private static Diagnostic only(Frontend.Compilation c, Code code) {
        List<Diagnostic> found = c.diagnostics().stream().filter(d -> d.code() == code).toList();
        assertEquals(1, found.size(), () -> "expected one " + code.id() + " in " + c.diagnostics());
        return found.get(0);
    }

    private static List<String> codes(Frontend.Compilation c) {
        return c.diagnostics().stream().map(d -> d.code().id()).toList();
    }
}
