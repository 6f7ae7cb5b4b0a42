package dev.lockstep.spectojava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.ir.CheckedSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The instances of one spec file share one class per role and per message (language §7.1). */
class InstanceClassesTest {
    private static final Path LIBRARY = Path.of("../specs");

    @TempDir
    Path dir;

    private static List<String> classes(CheckedSpec spec) {
        return JavaGenerator.generate(spec, new JavaPackage("gen.inst")).orElseThrow().stream()
                .map(f -> f.path().substring(f.path().lastIndexOf('/') + 1, f.path().length() - 5)).sorted().toList();
    }

    private static CheckedSpec load(Path file) {
        Frontend.Compilation c = Frontend.load(file);
        assertTrue(c.ok(), c.diagnostics()::toString);
        return c.spec().orElseThrow();
    }

    /** The spec {@code text}, in a directory with a copy of the library spec {@code library} it instantiates. */
    private CheckedSpec instantiating(String library, String text) throws IOException {
        Files.copy(LIBRARY.resolve(library), dir.resolve(library));
        return load(Files.writeString(dir.resolve("composed.lstep"), text));
    }

    @Test
    void twoElectionsShareOneMachineOneStateAndOneMessageClass() {
        assertEquals(List.of("Elect", "NodeMachine", "NodeState", "TwoRingsConstants", "TwoRingsMessage",
                "TwoRingsProtocol"), classes(load(LIBRARY.resolve("two-rings.lstep"))));
    }

    @Test
    void twoPhaseCommitInstantiatedTwiceSharesItsClassesAndCompiles() throws IOException {
        CheckedSpec checked = load(Path.of("..", "lang", "src", "test", "resources", "instances", "shards.lstep"));
        assertEquals(List.of("Abort", "Commit", "Prepared", "RMState", "ResourceManagerMachine",
                "ResourceManagerState", "ShardsConstants", "ShardsMessage", "ShardsProtocol", "TMMachine", "TMState",
                "TM_state"), classes(checked));
        var files = JavaGenerator.generate(checked, new JavaPackage("gen.inst")).orElseThrow();
        assertEquals(List.of(), InMemoryJavac.compile(files, dir.resolve("out")).errors());
    }

    @Test
    void aTakenSharedNameKeepsACopyPerInstance() throws IOException {
        // The spec's own role Node would have the shared class NodeMachine: the instances keep their own classes.
        CheckedSpec checked = instantiating("chang-roberts.lstep", """
                protocol Taken
                const G: set<node>
                const R: seq<node>
                const I: map<node, int>
                network fifo
                instance L = "chang-roberts.lstep" with Nodes <- G, Ring <- R, Id <- I
                instance U = "chang-roberts.lstep" with Nodes <- G, Ring <- R, Id <- I
                role Node at G { var x: int = 0 }
                model m { G = {a}  R = <<a>>  I = a :> 1 }
                """);
        List<String> classes = classes(checked);
        assertTrue(classes.containsAll(List.of("L_NodeMachine", "U_NodeMachine", "NodeMachine", "L_Elect")),
                classes::toString);
    }
}
