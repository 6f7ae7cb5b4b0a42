package gen.twophasecommittxssharded;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Message Commit from src to dst. (spec: two-phase-commit-txs-sharded.lstep:25:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-txs-sharded.lstep")
public record Commit(NodeId src, NodeId dst, long tx) implements TwoPhaseCommitTxsShardedMessage, Comparable<Commit> {

    /**
     * Refuses null components: null is no spec value. (spec: two-phase-commit-txs-sharded.lstep:25:1)
     */
    public Commit {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dst, "dst");
    }

    /**
     * The message type tag. (spec: two-phase-commit-txs-sharded.lstep:25:1)
     */
    @Override
    public String type() {
        return "Commit";
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: two-phase-commit-txs-sharded.lstep:25:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("dst", dst, "src", src, "tx", tx, "type", type());
    }

    /**
     * The spec's canonical order: fields compared in sorted name order. (spec: two-phase-commit-txs-sharded.lstep:25:1)
     */
    @Override
    public int compareTo(Commit o) {
        int c = SpecValues.compare(this.dst, o.dst);
        if (c != 0)
            return c;
        c = SpecValues.compare(this.src, o.src);
        if (c != 0)
            return c;
        return Long.compare(this.tx, o.tx);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: two-phase-commit-txs-sharded.lstep:25:1)
     */
    public static Commit fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new Commit(SpecValues.field(r, "src", Itf::asNode, "message Commit"), SpecValues.field(r, "dst", Itf::asNode, "message Commit"), SpecValues.field(r, "tx", Itf::asLong, "message Commit"));
    }
}
