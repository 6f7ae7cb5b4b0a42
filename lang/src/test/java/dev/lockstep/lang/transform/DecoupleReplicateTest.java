package dev.lockstep.lang.transform;

import static dev.lockstep.lang.transform.PartitionTransformTest.read;
import static dev.lockstep.lang.transform.PartitionTransformTest.refines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.diag.Result;
import dev.lockstep.lang.refine.Refinement;
import dev.lockstep.lang.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code transform decouple} and {@code transform replicate}: the library outputs, their refinement of the
 * originals, and each refusal at the spec text responsible.
 */
class DecoupleReplicateTest {
    private static final Path TPC = Path.of("../specs/two-phase-commit.lstep");
    private static final Path DECOUPLED = Path.of("../specs/two-phase-commit-decoupled.lstep");
    private static final Path PAXOS = Path.of("../specs/paxos.lstep");
    private static final Path REPLICATED = Path.of("../specs/paxos-learners-replicated.lstep");
    private static final Path MUTEX = Path.of("../specs/lamport-mutex.lstep");

    private static Set<String> models(String... names) {
        return new LinkedHashSet<>(List.of(names));
    }

    private static String ok(Result<String> r) {
        assertTrue(r instanceof Result.Ok, () -> "refused: " + r.diagnostics());
        return ((Result.Ok<String>) r).value();
    }

    private static Diagnostic refused(Result<String> r) {
        assertTrue(r instanceof Result.Failed, "expected a refusal");
        return r.diagnostics().getFirst();
    }

    private static Result<String> decouple(Path file, String text, String action, int proxies) {
        return DecoupleTransform.transform(new SourceFile(file.getFileName().toString(), text), action, proxies);
    }

    private static Result<String> replicate(Path file, String text, String role, int replicas) {
        return ReplicateTransform.transform(new SourceFile(file.getFileName().toString(), text), role, replicas, null);
    }

    @Test
    void reproducesTheLibrarysDecoupledTwoPhaseCommitByteForByte() throws IOException {
        String out = ok(DecoupleTransform.transform(new SourceFile("two-phase-commit.lstep", read(TPC)), "TM.Commit", 2,
                models("small", "rm2")));
        if (Boolean.getBoolean("lockstep.updateGolden")) Files.writeString(DECOUPLED, out, StandardCharsets.UTF_8);
        assertEquals(read(DECOUPLED), out);
        assertTrue(out.contains("fair auto action Commit(proxy \\in CommitProxies)"));
        assertTrue(out.contains("send Commit {} to proxy"));
    }

    @Test
    void theDecoupledTwoPhaseCommitRefinesTheOriginal() {
        Refinement.Outcome r = refines(read(DECOUPLED), read(TPC), "rm2", null);
        assertTrue(r.holds() && r.complete());
        assertEquals(62, r.newStates());
    }

    @Test
    void aDecoupledCommitBeforeEveryonePreparedDoesNotRefine() {
        // (A proxy that forwards the Commit as an Abort still refines: the original TM may abort after everyone
        // prepared, so only the TM's side can break it.) The TM hands the Commit to a proxy with nobody prepared.
        String eager = read(DECOUPLED).replace("when state = init /\\ prepared = RM", "when state = init");
        assertFalse(eager.equals(read(DECOUPLED)));
        Refinement.Outcome r = refines(eager, read(TPC), "rm2", null);
        assertFalse(r.holds());
        assertEquals("ReceiveCommit", r.counterexample().getLast().label().name());
    }

    @Test
    void severalProxiesOnFifoAreRefusedAtTheNetwork() {
        Diagnostic d = refused(decouple(MUTEX, read(MUTEX), "P.Request", 2));
        assertEquals(Code.DECOUPLE_UNSAFE, d.code());
        assertEquals("network fifo", d.span().text());
    }

    @Test
    void oneProxyOnFifoIsRefusedWhenTheSenderSendsAnythingElse() {
        Diagnostic d = refused(decouple(MUTEX, read(MUTEX), "P.Request", 1));
        assertEquals(Code.DECOUPLE_UNSAFE, d.code());
        assertEquals(42, d.span().line());
    }

    @Test
    void aReceiverThatRepliesToTheSenderIsRefused() {
        Diagnostic d = refused(decouple(PAXOS, read(PAXOS), "Proposer.Prepare", 2));
        assertEquals(Code.DECOUPLE_UNSAFE, d.code());
        assertEquals("m.src", d.span().text());
    }

    @Test
    void aSendToOneNodeOrToComputedDestinationsIsNoBroadcastToDecouple() {
        assertEquals(Code.DECOUPLE_UNSUPPORTED, refused(decouple(TPC, read(TPC), "ResourceManager.Prepare", 2)).code());
        String computed = read(TPC).replace("send Commit {} to RM", "send Commit {} to RM \\ {TMNode}");
        Diagnostic d = refused(decouple(TPC, computed, "TM.Commit", 2));
        assertEquals(Code.DECOUPLE_UNSUPPORTED, d.code());
        assertEquals("RM \\ {TMNode}", d.span().text());
        assertEquals(Code.DECOUPLE_UNSUPPORTED, refused(decouple(TPC, read(TPC), "TM.Commit", 0)).code());
        assertEquals(Code.TRANSFORM_TARGET_UNKNOWN, refused(decouple(TPC, read(TPC), "TM.Finish", 2)).code());
    }

    @Test
    void aNameTheDecoupleAddsMustBeFree() {
        String taken = read(TPC).replace("const TMNode: node", "const CommitProxies: set<node>\nconst TMNode: node")
                .replace("TMNode = tm", "TMNode = tm  CommitProxies = {}");
        assertEquals(Code.TRANSFORM_NAME_CLASH, refused(decouple(TPC, taken, "TM.Commit", 2)).code());
    }

    @Test
    void reproducesTheLibrarysReplicatedLearnersByteForByte() throws IOException {
        String out = ok(ReplicateTransform.transform(new SourceFile("paxos.lstep", read(PAXOS)), "Learner", 3,
                models("tiny")));
        if (Boolean.getBoolean("lockstep.updateGolden")) Files.writeString(REPLICATED, out, StandardCharsets.UTF_8);
        assertEquals(read(REPLICATED), out);
        // Every send of a 2b goes to every replica; Agreement is checked of each replica, Inductive (it reads the
        // acceptors and proposers too) only of the original.
        assertTrue(out.contains("to Learners \\cup LearnersReplica2 \\cup LearnersReplica3"));
        assertTrue(out.contains("invariant AgreementReplica3 =="));
        assertFalse(out.contains("InductiveReplica2"));
    }

    @Test
    void theReplicatedLearnersRefineThePaxosLearner() {
        Refinement.Outcome r = refines(read(REPLICATED), read(PAXOS), "tiny", null);
        assertTrue(r.holds() && r.complete());
        assertEquals(22, r.newStates());
    }

    @Test
    void aRoleWithACoordinationPointIsRefusedThere() {
        Diagnostic d = refused(replicate(PAXOS, read(PAXOS), "Acceptor", 2));
        assertEquals(Code.REPLICATE_NOT_MONOTONE, d.code());
        assertEquals("m.bal > maxBal", d.span().text());
        assertEquals(69, d.span().line());
    }

    @Test
    void aRoleThatSendsOrTooFewReplicasAreRefused() {
        Path minfinder = Path.of("../specs/minfinder.lstep");
        Diagnostic d = refused(replicate(minfinder, read(minfinder), "Node", 2));
        assertEquals(Code.REPLICATE_UNSUPPORTED, d.code());
        assertTrue(d.message().contains("sends"), d.message());
        assertEquals(Code.REPLICATE_UNSUPPORTED, refused(replicate(PAXOS, read(PAXOS), "Learner", 1)).code());
        assertEquals(Code.TRANSFORM_TARGET_UNKNOWN, refused(replicate(PAXOS, read(PAXOS), "Listener", 2)).code());
    }
}
