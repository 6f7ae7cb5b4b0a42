package dev.lockstep.lang.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.diag.Result;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.refine.Refinement;
import dev.lockstep.lang.refine.RefinementMap;
import dev.lockstep.lang.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code transform partition}: the library's sharded 2PC, its refinement of the original through
 * {@code merge}, and each refusal at the line responsible.
 */
class PartitionTransformTest {
    private static final Path ORIGINAL = Path.of("../specs/two-phase-commit-txs.lstep");
    private static final Path GOLDEN = Path.of("../specs/two-phase-commit-txs-sharded.lstep");
    private static final Path BATCH = Path.of("../specs/analysis/two-phase-commit-txs-batch.lstep");

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String sharded(String text, int shards) {
        Result<String> r = PartitionTransform.transform(new SourceFile("two-phase-commit-txs.lstep", text), "TM", shards,
                null);
        assertTrue(r instanceof Result.Ok, () -> "refused: " + r.diagnostics());
        return ((Result.Ok<String>) r).value();
    }

    private static Diagnostic refusal(String text, String role, int shards) {
        Result<String> r = PartitionTransform.transform(new SourceFile("t.lstep", text), role, shards, null);
        assertTrue(r instanceof Result.Failed, "expected a refusal");
        return r.diagnostics().getFirst();
    }

    static ModelInstance model(String text, String model) {
        Frontend.Compilation c = Frontend.compile("spec.lstep", text);
        assertTrue(c.ok(), () -> c.diagnostics().toString());
        return ModelInstance.bind(c.spec().orElseThrow(), model).orElseThrow();
    }

    static Refinement.Outcome refines(String newer, String older, String model, String map) {
        ModelInstance n = model(newer, model);
        ModelInstance o = model(older, model);
        Result<RefinementMap> m = RefinementMap.of(n, o, map);
        assertTrue(m instanceof Result.Ok, () -> m.diagnostics().toString());
        return Refinement.check(n, o, ((Result.Ok<RefinementMap>) m).value(), 1_000_000);
    }

    @Test
    void reproducesTheLibrarysShardedTwoPhaseCommitByteForByte() throws IOException {
        String out = sharded(read(ORIGINAL), 2);
        if (Boolean.getBoolean("lockstep.updateGolden")) Files.writeString(GOLDEN, out, StandardCharsets.UTF_8);
        assertEquals(read(GOLDEN), out);
        assertTrue(out.contains("def TMShard(k: int) == IF k % 2 = 0 THEN TMNode1 ELSE TMNode2"));
        assertTrue(out.contains("send Prepared { tx: t, rm: self } to TMShard(t)"));
    }

    @Test
    void theShardsTogetherRefineTheOriginalTM() {
        Refinement.Outcome r = refines(read(GOLDEN), read(ORIGINAL), "small", "TM = merge(TM)");
        assertTrue(r.holds() && r.complete());
        assertEquals(3_136, r.newStates());
        assertEquals(3_136, r.pairs());
        Refinement.Outcome three = refines(sharded(read(ORIGINAL), 3), read(ORIGINAL), "small", "TM = merge(TM)");
        assertTrue(three.holds() && three.complete());
        assertEquals(3_136, three.newStates());
    }

    @Test
    void shardsThatBothHoldEveryKeyDoNotRefine() {
        // Each shard keeps every transaction's entry: merging them is a conflict no state of the original has.
        String overlapping = read(GOLDEN).replace("[t \\in TMKeys(self) |-> init]", "[t \\in Txs |-> init]");
        assertFalse(overlapping.equals(read(GOLDEN)));
        assertFalse(refines(overlapping, read(ORIGINAL), "small", "TM = merge(TM)").holds());
    }

    @Test
    void aGuardOverEveryTransactionIsRefusedAtItsLine() {
        Diagnostic d = refusal(read(BATCH), "TM", 2);
        assertEquals(Code.PARTITION_REFUSED, d.code());
        assertEquals(32, d.span().line());
        assertTrue(d.message().contains("quantifies across keys"), d.message());
    }

    @Test
    void oneShardOrOneReplicaIsRefusedAtTheRole() {
        Diagnostic shard = refusal(read(ORIGINAL), "TM", 1);
        assertEquals(Code.PARTITION_UNSUPPORTED, shard.code());
        assertEquals(25, shard.span().line());
        assertEquals("transform partition needs --shards 2 or more, not 1", shard.message());
        Result<String> replica = ReplicateTransform.transform(new SourceFile("paxos.lstep",
                read(Path.of("../specs/paxos.lstep"))), "Learner", 1, null);
        Diagnostic d = replica.diagnostics().get(0);
        assertFalse(replica.ok());
        assertEquals(Code.REPLICATE_UNSUPPORTED, d.code());
        assertEquals("transform replicate needs --replicas 2 or more, not 1", d.message());
    }

    @Test
    void aRoleWithoutAKeyIsRefused() {
        Diagnostic d = refusal(read(Path.of("../specs/two-phase-commit.lstep")), "TM", 2);
        assertEquals(Code.PARTITION_REFUSED, d.code());
        assertTrue(d.message().contains("`state` is not a function of a key"), d.message());
    }

    @Test
    void anUnknownRoleAndTooFewShardsAreRefused() {
        assertEquals(Code.TRANSFORM_TARGET_UNKNOWN, refusal(read(ORIGINAL), "TX", 2).code());
        assertEquals(Code.PARTITION_UNSUPPORTED, refusal(read(ORIGINAL), "TM", 1).code());
    }

    @Test
    void aRoleOnSeveralNodesIsRefused() {
        Diagnostic d = refusal(read(ORIGINAL), "ResourceManager", 2);
        assertEquals(Code.PARTITION_UNSUPPORTED, d.code());
        assertTrue(d.message().contains("runs on one node"), d.message());
    }

    @Test
    void anInvariantThatReadsTheShardedRoleIsRefusedAtTheRead() {
        String reads = read(ORIGINAL).replace("invariant Consistent ==", """
                invariant TMKnowsTx == \\A t \\in Txs : t \\in DOMAIN TM[TMNode].state

                invariant Consistent ==""");
        Result<String> r = PartitionTransform.transform(new SourceFile("t.lstep", reads), "TM", 2, null);
        // Both the node constant and the role's state are read there; each is refused at its text.
        assertEquals(List.of("TMNode", "TM"), r.diagnostics().stream().map(d -> d.span().text()).toList());
        assertTrue(r.diagnostics().stream().allMatch(d -> d.code() == Code.SHARDED_ROLE_READ
                && d.span().line() == 63), () -> r.diagnostics().toString());
    }

    @Test
    void aNameTheTransformAddsMustBeFree() {
        String taken = read(ORIGINAL).replace("network set\n", "network set\n\ndef TMShard(k: int) == k\n");
        assertEquals(Code.TRANSFORM_NAME_CLASH, refusal(taken, "TM", 2).code());
    }

    @Test
    void aKeySetOfStringsIsRefused() {
        String strings = read(ORIGINAL).replace("const Txs: set<int>", "const Txs: set<string>")
                .replace("tx: int", "tx: string").replace("map<int,", "map<string,")
                .replace("Txs = {1}", "Txs = {\"a\"}").replace("Txs = {1, 2}", "Txs = {\"a\", \"b\"}");
        assertTrue(Frontend.compile("s.lstep", strings).ok(), () -> Frontend.compile("s.lstep", strings).diagnostics().toString());
        Diagnostic d = refusal(strings, "TM", 2);
        assertEquals(Code.PARTITION_UNSUPPORTED, d.code());
        assertTrue(d.message().contains("must be a set<int>"), d.message());
    }
}
