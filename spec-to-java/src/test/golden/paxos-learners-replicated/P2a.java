package gen.paxosreplicated;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Message P2a from src to dst. (spec: paxos-learners-replicated.lstep:25:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "paxos-learners-replicated.lstep")
public record P2a(NodeId src, NodeId dst, long bal, long val) implements PaxosReplicatedMessage, Comparable<P2a> {

    /**
     * Refuses null components: null is no spec value. (spec: paxos-learners-replicated.lstep:25:1)
     */
    public P2a {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dst, "dst");
    }

    /**
     * The message type tag. (spec: paxos-learners-replicated.lstep:25:1)
     */
    @Override
    public String type() {
        return "P2a";
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: paxos-learners-replicated.lstep:25:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("bal", bal, "dst", dst, "src", src, "type", type(), "val", val);
    }

    /**
     * The spec's canonical order: fields compared in sorted name order. (spec: paxos-learners-replicated.lstep:25:1)
     */
    @Override
    public int compareTo(P2a o) {
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
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: paxos-learners-replicated.lstep:25:1)
     */
    public static P2a fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new P2a(SpecValues.field(r, "src", Itf::asNode, "message P2a"), SpecValues.field(r, "dst", Itf::asNode, "message P2a"), SpecValues.field(r, "bal", Itf::asLong, "message P2a"), SpecValues.field(r, "val", Itf::asLong, "message P2a"));
    }
}
