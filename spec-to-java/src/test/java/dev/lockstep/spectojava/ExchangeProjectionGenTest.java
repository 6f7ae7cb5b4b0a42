package dev.lockstep.spectojava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.ir.CheckedSpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The may-read/may-modify split of an exchange: each message carries exactly the variables the other side reads,
 * the guard splits at its first conjunct that reads the peer, and what does not fit is LS850.
 */
class ExchangeProjectionGenTest {
    /** Text of a spec whose exchange reads a, c of the initiator at the receiver and b of the receiver at the initiator. */
    static final String GUARDED = """
            protocol Split
            const Nodes: set<node>
            network set
            role Node at Nodes {
              var a: int \\in 0..1
              var b: int \\in 0..1
              var c: int \\in 0..1
              var d: int = 0
              exchange Mix with peer \\in Nodes \\ {self}
                when d < 3 /\\ c /= peer.c /\\ a <= 1
                do b' = b + peer.b
                   d' = d + 1
                   peer.a' = a
                   peer.d' = peer.d + 1
            }
            model small { Nodes = {n1, n2} }
            """;

    /**
     * A layered exchange (reads Low): the receiver's side reads the initiator's lower layer (Low[self].x in the
     * guard's receiver part and in peer.v'), the initiator's new value reads the receiver's (Low[peer].y); each goes
     * in the message to the side that reads it, and each side reads its own layer locally.
     */
    static final String LAYERED = """
            protocol Layered
            const Nodes: set<node>
            network set
            role Low at Nodes {
              var x: int \\in 0..1
              var y: int \\in 0..1
              var z: int = 0
            }
            role Up at Nodes {
              reads Low
              var v: int = 0
              exchange Mix with peer \\in Nodes \\ {self}
                when Low[self].z = 0 /\\ peer.v <= Low[self].x
                do v' = v + Low[peer].y + Low[self].z
                   peer.v' = Low[self].x + Low[peer].z
            }
            model small { Nodes = {n1, n2} }
            """;

    @Test
    void aLayeredExchangeCarriesTheLowerLayerFieldsTheOtherSideReads(@TempDir Path tmp) {
        CheckedSpec spec = compile(LAYERED);
        ExchangeSplit split = ExchangeSplit.of(spec.roles().get(1).actions().get(0));
        assertEquals(2, split.initiatorGuard().size(), "peer /= self and Low[self].z = 0 at the initiator");
        assertEquals(List.of("x"), split.msg1Layers().stream().map(r -> r.var()).toList(), "Low[self].x: receiver");
        assertEquals(List.of("y"), split.msg2Layers().stream().map(r -> r.var()).toList(), "Low[peer].y: initiator");
        var files = JavaGenerator.generate(spec, new JavaPackage("p")).orElseThrow();
        assertTrue(source(files, "MixRequest.java").contains("record MixRequest(NodeId initiator, long lowX)"),
                source(files, "MixRequest.java"));
        assertTrue(source(files, "MixReply.java").contains("record MixReply(long lowY)"), source(files, "MixReply.java"));
        String projection = source(files, "UpMixProjection.java");
        // f3 reads its own Low.z locally and the receiver's Low.y from msg2; f2 its own Low.z and the initiator's x from msg1.
        assertTrue(projection.contains("msg2.lowY()") && projection.contains("msg1.lowX()")
                && projection.contains("((LowState) layers.state(\"Low\")).z()"), projection);
        assertTrue(source(files, "UpMachine.java").contains("List.of(\"Low\")"), "layersRead names Low");
        assertEquals(List.of(), InMemoryJavac.compile(files, tmp).errors());
    }

    static CheckedSpec compile(String text) {
        Frontend.Compilation c = Frontend.compile("t.lstep", text);
        assertTrue(c.ok(), () -> DiagnosticPrinter.render(c.diagnostics()));
        return c.spec().orElseThrow();
    }

    @Test
    void messagesCarryOnlyWhatTheOtherSideReads(@TempDir Path tmp) {
        CheckedSpec spec = compile(GUARDED);
        CheckedSpec.Action mix = spec.roles().get(0).actions().get(0);
        ExchangeSplit split = ExchangeSplit.of(mix);
        assertEquals(2, split.initiatorGuard().size(), "peer /= self and d < 3 at the initiator");
        assertEquals(2, split.receiverGuard().size(), "c /= peer.c and the conjunct after it at the receiver");
        assertEquals(List.of(0, 2), split.msg1(), "msg1: a (peer.a' = a) and c (the receiver's guard)");
        assertEquals(List.of(1), split.msg2(), "msg2: b (b' = b + peer.b)");
        var files = JavaGenerator.projection(spec, new JavaPackage("p")).orElseThrow();
        String request = source(files, "MixRequest.java");
        assertTrue(request.contains("record MixRequest(NodeId initiator, long a, long c)"), request);
        assertTrue(source(files, "MixReply.java").contains("record MixReply(long b)"));
        assertTrue(source(files, "NodeMixProjection.java").contains("Optional.empty()"), "a receiver that declines");
        assertEquals(List.of(), InMemoryJavac.compile(files, tmp).errors());
    }

    @Test
    void machinesRunExchangesThroughTheProjection(@TempDir Path tmp) throws Exception {
        CheckedSpec spec = compile(GUARDED);
        var machines = JavaGenerator.generate(spec, new JavaPackage("p"));
        assertTrue(machines.ok(), () -> machines.diagnostics().toString());
        String machine = source(machines.orElseThrow(), "NodeMachine.java");
        assertTrue(machine.contains("return List.of(NodeMixProjection.spec(constants, self));"), machine);
        assertTrue(!machine.contains("Mix("), "an exchange is no ActionSpec of the machine");
        assertEquals(List.of(), InMemoryJavac.compile(machines.orElseThrow(), tmp).errors());
    }

    @Test
    void timerStatementInAnExchangeIsRefused() {
        CheckedSpec spec = compile("""
                protocol T
                const Nodes: set<node>
                network set
                role Node at Nodes {
                  var v: int = 0
                  timer(1ms..2ms) action Tick do v' = v
                  exchange Gossip with peer \\in Nodes \\ {self}
                    do v' = peer.v
                       restart Tick
                }
                model small { Nodes = {n1, n2} }
                """);
        var r = JavaGenerator.projection(spec, new JavaPackage("p"));
        assertTrue(!r.ok());
        var d = r.diagnostics().get(0);
        assertEquals(Code.JAVA_UNSUPPORTED, d.code());
        assertTrue(d.message().contains("exchange Node.Gossip has no f1/f2/f3 projection")
                && d.message().contains("timer"), d.message());
        assertEquals(7, d.span().line());
    }

    private static String source(List<JavaGenerator.GeneratedFile> files, String name) {
        return files.stream().filter(f -> f.path().endsWith("/" + name)).findFirst().orElseThrow().source();
    }
}
