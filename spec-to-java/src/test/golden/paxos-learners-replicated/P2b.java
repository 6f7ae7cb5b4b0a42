package gen.paxosreplicated;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Message P2b from src to dst. (spec: paxos-learners-replicated.lstep:26:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "paxos-learners-replicated.lstep")
public record P2b(NodeId src, NodeId dst, long bal, long val) implements PaxosReplicatedMessage, Comparable<P2b> {

    /**
     * Refuses null components: null is no spec value. (spec: paxos-learners-replicated.lstep:26:1)
     */
    public P2b {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dst, "dst");
    }

    /**
     * The message type tag. (spec: paxos-learners-replicated.lstep:26:1)
     */
    @Override
    public String type() {
        return "P2b";
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: paxos-learners-replicated.lstep:26:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("bal", bal, "dst", dst, "src", src, "type", type(), "val", val);
    }

    /**
     * The spec's canonical order: fields compared in sorted name order. (spec: paxos-learners-replicated.lstep:26:1)
     */
    @Override
    public int compareTo(P2b o) {
        int c = Long.compare(this.bal, o.bal);
        if (c != 0)
            return c;
        c = SpecValues.compare(this.dst, o.dst);
        if (c != 0)
            return c;
        c = SpecValues.compare(this.src, o.src);
        if (c != 0)
            return c;
        return Long.compare(this.val, o.val);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: paxos-learners-replicated.lstep:26:1)
     */
    public static P2b fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new P2b(SpecValues.field(r, "src", Itf::asNode, "message P2b"), SpecValues.field(r, "dst", Itf::asNode, "message P2b"), SpecValues.field(r, "bal", Itf::asLong, "message P2b"), SpecValues.field(r, "val", Itf::asLong, "message P2b"));
    }
}
