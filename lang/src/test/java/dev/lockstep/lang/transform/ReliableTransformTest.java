package dev.lockstep.lang.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.diag.Result;
import dev.lockstep.lang.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code transform reliable}: the library's transformed 2PC, the layouts it rewrites, and each refusal. */
class ReliableTransformTest {
    private static final Path ORIGINAL = Path.of("../specs/two-phase-commit.lstep");
    private static final Path GOLDEN = Path.of("../specs/two-phase-commit-lossy.lstep");

    static String transformed(String name, String text) {
        Result<String> r = ReliableTransform.transform(new SourceFile(name, text), "set lossy");
        assertTrue(r instanceof Result.Ok, () -> "refused: " + r.diagnostics());
        return ((Result.Ok<String>) r).value();
    }

    private static Diagnostic refusal(String text, String network) {
        Result<String> r = ReliableTransform.transform(new SourceFile("t.lstep", text), network);
        assertTrue(r instanceof Result.Failed, "expected a refusal");
        return r.diagnostics().getFirst();
    }

    @Test
    void reproducesTheLibrarysLossyTwoPhaseCommitByteForByte() throws IOException {
        Result<String> r = ReliableTransform.transform(new SourceFile("two-phase-commit.lstep",
                Files.readString(ORIGINAL, StandardCharsets.UTF_8)), "set lossy", new LinkedHashSet<>(List.of("small", "rm2")));
        String out = ((Result.Ok<String>) r).value();
        if (Boolean.getBoolean("lockstep.updateGolden")) Files.writeString(GOLDEN, out, StandardCharsets.UTF_8);
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), out);
    }

    private static final String SMALL = """
            protocol P
            const Nodes: set<node>
            message Ping { n: int }
            message Pong {}
            role R at Nodes {
              var got: int = 0
              var done: bool = FALSE
              fair auto action Start when got = 0 do send Ping { n: 1 } to Nodes \\ {self}
              on receive m: Ping
                when /\\ m.n > 0
                     /\\ got < 3
                do got' = got + m.n
                   send Pong to m.src
              fair on receive p: Pong when got > 0 \\/ done do done' = TRUE
            }
            model two { Nodes = {a, b} }
            """;

    @Test
    void rewritesBulletGuardsOneLineGuardsAndSetTargetsKeepingTheLayout() {
        String out = transformed("p.lstep", SMALL);
        // A new bullet in a /\ list, aligned with the others.
        assertTrue(out.contains("""
                    when /\\ [src |-> m.src, n |-> m.n] \\notin seenPing
                         /\\ m.n > 0
                         /\\ got < 3
                """), out);
        // A disjunction gets parentheses under the added conjunct; weak fairness of a receive becomes strong.
        assertTrue(out.contains("strong fair on receive p: Pong when [src |-> p.src] \\notin seenPong /\\ (got > 0 \\/ done)"), out);
        // A send to a set of nodes records one pending message per destination.
        assertTrue(out.contains("pendingPing' = pendingPing \\cup {[dst |-> d, n |-> 1] : d \\in (Nodes \\ {self})}"), out);
        assertTrue(out.contains("fair timer(200ms..400ms) action RetransmitPing(out \\in pendingPing)"), out);
        assertTrue(out.startsWith("\\* Written by `lockstep transform reliable"), out);
        assertTrue(out.contains("protocol PLossy") && out.contains("network set lossy"), out);
        assertTrue(Frontend.compile("out.lstep", out).ok());
    }

    @Test
    void leavesOutWhatReadsTheNetworkAndTakesItOffTheChecks() {
        String spec = SMALL.replace("model two { Nodes = {a, b} }", """
                def InFlight == Msgs(Ping)
                invariant Few == Cardinality(InFlight) <= 2
                invariant Bounded == \\A n \\in Nodes : R[n].got <= 4
                model two { Nodes = {a, b}  check Few, Bounded }
                model one { Nodes = {a}  check Few }
                """);
        String out = transformed("p.lstep", spec);
        assertTrue(out.contains("\\* def InFlight left out by the transform") && out.contains("\\* invariant Few left out"), out);
        assertTrue(out.contains("model two { Nodes = {a, b}  check Bounded }"), out);
        assertTrue(out.contains("model one { Nodes = {a}   }"), out);
    }

    @Test
    void keepsOnlyTheModelsAskedForAndRefusesAnUnknownOne() {
        String spec = SMALL.replace("model two { Nodes = {a, b} }", """
                model two { Nodes = {a, b} }
                \\* three nodes
                model three { Nodes = {a, b, c} }
                """);
        Result<String> r = ReliableTransform.transform(new SourceFile("p.lstep", spec), "set lossy", Set.of("two"));
        String out = ((Result.Ok<String>) r).value();
        assertTrue(out.contains("model two") && !out.contains("model three") && !out.contains("three nodes"), out);
        assertTrue(out.contains("--models two"), out);
        Result<String> unknown = ReliableTransform.transform(new SourceFile("p.lstep", spec), "set lossy", Set.of("four"));
        assertEquals(Code.UNKNOWN_MODEL, unknown.diagnostics().getFirst().code());
    }

    @Test
    void refusesANetworkThatIsNotAReliableSet() {
        Diagnostic d = refusal(SMALL.replace("message Pong {}", "message Pong {}\nnetwork bag"), "set lossy");
        assertEquals(Code.TRANSFORM_NETWORK, d.code());
        assertEquals(5, d.span().line());
    }

    @Test
    void refusesATargetOtherThanSetLossy() {
        Diagnostic d = refusal(SMALL, "fifo lossy");
        assertEquals(Code.TRANSFORM_NETWORK, d.code());
        assertTrue(d.message().contains("'fifo lossy'"), d.message());
    }

    @Test
    void refusesCrashingRolesAndQuorumReceivesAtTheirPlace() {
        Diagnostic crash = refusal(SMALL.replace("role R at Nodes {", "role R at Nodes crashes {")
                .replace("model two { Nodes = {a, b} }", "model two { Nodes = {a, b}  crashes 1 }"), "set lossy");
        assertEquals(Code.TRANSFORM_UNSUPPORTED, crash.code());
        assertEquals(5, crash.span().line());
        Diagnostic quorum = refusal(SMALL.replace("fair on receive p: Pong when got > 0 \\/ done",
                "fair on receive all ps: Pong from Nodes"), "set lossy");
        assertEquals(Code.TRANSFORM_UNSUPPORTED, quorum.code());
        assertTrue(quorum.message().contains("R.ReceiveAllPong"), quorum.message());
    }

    @Test
    void refusesAMultiLineGuardThatIsNotABulletList() {
        Diagnostic d = refusal(SMALL.replace("when got > 0 \\/ done", "when got > 0\n       \\/ done"), "set lossy");
        assertEquals(Code.TRANSFORM_UNSUPPORTED, d.code());
        assertEquals(14, d.span().line());
    }

    @Test
    void refusesANameTheTransformWouldAdd() {
        Diagnostic taken = refusal(SMALL.replace("var done: bool = FALSE",
                "var done: bool = FALSE\n  var seenPong: bool = FALSE"), "set lossy");
        assertEquals(Code.TRANSFORM_NAME_CLASH, taken.code());
        assertTrue(taken.message().contains("seenPong"), taken.message());
        Diagnostic ack = refusal(SMALL.replace("message Pong {}", "message Pong {}\nmessage AckPing {}"), "set lossy");
        assertEquals(Code.TRANSFORM_NAME_CLASH, ack.code());
        assertEquals(List.of(5), List.of(ack.span().line()));
    }
}
