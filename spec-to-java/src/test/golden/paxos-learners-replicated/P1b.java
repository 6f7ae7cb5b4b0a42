package gen.paxosreplicated;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Message P1b from src to dst. (spec: paxos-learners-replicated.lstep:24:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "paxos-learners-replicated.lstep")
public record P1b(NodeId src, NodeId dst, long bal, long mbal, long mval) implements PaxosReplicatedMessage, Comparable<P1b> {

    /**
     * Refuses null components: null is no spec value. (spec: paxos-learners-replicated.lstep:24:1)
     */
    public P1b {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dst, "dst");
    }

    /**
     * The message type tag. (spec: paxos-learners-replicated.lstep:24:1)
     */
    @Override
    public String type() {
        return "P1b";
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: paxos-learners-replicated.lstep:24:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("bal", bal, "dst", dst, "mbal", mbal, "mval", mval, "src", src, "type", type());
    }

    /**
     * The spec's canonical order: fields compared in sorted name order. (spec: paxos-learners-replicated.lstep:24:1)
     */
    @Override
    public int compareTo(P1b o) {
        int c = Long.compare(this.bal, o.bal);
        if (c != 0)
            return c;
        c = SpecValues.compare(this.dst, o.dst);
        if (c != 0)
            return c;
        c = Long.compare(this.mbal, o.mbal);
        if (c != 0)
            return c;
        c = Long.compare(this.mval, o.mval);
        if (c != 0)
            return c;
        return SpecValues.compare(this.src, o.src);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: paxos-learners-replicated.lstep:24:1)
     */
    public static P1b fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new P1b(SpecValues.field(r, "src", Itf::asNode, "message P1b"), SpecValues.field(r, "dst", Itf::asNode, "message P1b"), SpecValues.field(r, "bal", Itf::asLong, "message P1b"), SpecValues.field(r, "mbal", Itf::asLong, "message P1b"), SpecValues.field(r, "mval", Itf::asLong, "message P1b"));
    }
}
