package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.node.LinkFaults;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lockstep run --link-faults}: the runtime's per-message faults from the command line. */
class RunLinkFaultsTest {
    private static final Set<NodeId> NODES = Set.of(NodeId.of("tm"), NodeId.of("r1"), NodeId.of("r2"));

    @Test
    void aDroppedCommitLeavesItsResourceManagerPreparedAndTheTracesStillConform(@TempDir Path dir) throws Exception {
        CliTest.Run r = CliTest.run("run", SpecFileRuntimeCommandsTest.TPC, "--model", "small", "--input", "r1:Prepare",
                "--input", "r2:Prepare", "--input", "r3:Prepare", "--seconds", "1.5", "--trace-dir", dir.toString(),
                "--link-faults", "tm>r1:drop=1", "--link-faults", "delay=0..20", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode nodes = new ObjectMapper().readTree(r.out()).get("nodes");
        assertEquals("prepared", nodes.get("r1").get("state").get("state").asText(), r.out());
        for (String rm : new String[] {"r2", "r3"}) {
            assertEquals("committed", nodes.get(rm).get("state").get("state").asText(), r.out());
        }
        assertTrue(nodes.get("r1").get("transport").asText().contains("faultDropped=1"), r.out());
        // On the spec's set network the lost Commit is one still in the network: the traces conform.
        CliTest.Run conform = CliTest.run("conform", SpecFileRuntimeCommandsTest.TPC, "--model", "small", dir.toString());
        assertEquals(0, conform.exit(), conform.out() + conform.err());
    }

    @Test
    void rulesAreReadPerLinkAndForEveryLink() {
        LinkFaults f = LinkFaultsOption.parse(List.of("drop=0.1, delay=5", "tm>r1:dup=0.5,delay=0..30"), 7, NODES);
        assertEquals(new LinkFaults(7, new LinkFaults.Rule(0.1, 0, 5, 5), java.util.Map.of(
                new LinkFaults.Link(NodeId.of("tm"), NodeId.of("r1")), new LinkFaults.Rule(0, 0.5, 0, 30))), f);
    }

    @Test
    void aRuleThatCannotBeUsedIsRefusedWithItsCode() {
        for (String bad : new String[] {"drop=2", "drop=x", "delay=30..5", "delay=-1", "jitter=3", "drop", "drop=0.1,drop=0.2",
                "tm>zz:drop=0.1", "tm:drop=0.1", "tm>tm:drop=0.1"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> LinkFaultsOption.parse(List.of(bad), 1, NODES), bad);
            assertTrue(e.getMessage().startsWith("--link-faults " + bad + ": " + Code.LINK_FAULTS_INVALID.id()), e.getMessage());
        }
        for (String[] bad : new String[][] {{"dup=NaN", "dup is a probability between 0 and 1, not NaN"},
                {"delay=-1", "a delay is a whole number of milliseconds, at least 0, not -1"},
                {"delay=5..1.5", "a delay is a whole number of milliseconds, at least 0, not 1.5"}}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> LinkFaultsOption.parse(List.of(bad[0]), 1, NODES), bad[0]);
            assertTrue(e.getMessage().endsWith(bad[1]), e.getMessage());
        }
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> LinkFaultsOption.parse(List.of("drop=0.1", "dup=0.1"), 1, NODES));
        assertTrue(twice.getMessage().contains("a second rule for every link"), twice.getMessage());
        CliTest.Run r = CliTest.run("run", SpecFileRuntimeCommandsTest.TPC, "--model", "small", "--seconds", "1",
                "--link-faults", "tm>nobody:drop=0.5");
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("LS965") && r.err().contains("no node nobody"), r.err());
    }
}
