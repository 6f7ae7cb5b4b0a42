package gen.leaderannouncerepick;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Message Ack from src to dst. (spec: leader-announce-repick.lstep:11:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "leader-announce-repick.lstep")
public record Ack(NodeId src, NodeId dst, NodeId leader) implements LeaderAnnounceRepickMessage, Comparable<Ack> {

    /**
     * Refuses null components: null is no spec value. (spec: leader-announce-repick.lstep:11:1)
     */
    public Ack {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dst, "dst");
        Objects.requireNonNull(leader, "leader");
    }

    /**
     * The message type tag. (spec: leader-announce-repick.lstep:11:1)
     */
    @Override
    public String type() {
        return "Ack";
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: leader-announce-repick.lstep:11:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("dst", dst, "leader", leader, "src", src, "type", type());
    }

    /**
     * The spec's canonical order: fields compared in sorted name order. (spec: leader-announce-repick.lstep:11:1)
     */
    @Override
    public int compareTo(Ack o) {
        int c = SpecValues.compare(this.dst, o.dst);
        if (c != 0)
            return c;
        c = SpecValues.compare(this.leader, o.leader);
        if (c != 0)
            return c;
        return SpecValues.compare(this.src, o.src);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: leader-announce-repick.lstep:11:1)
     */
    public static Ack fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new Ack(SpecValues.field(r, "src", Itf::asNode, "message Ack"), SpecValues.field(r, "dst", Itf::asNode, "message Ack"), SpecValues.field(r, "leader", Itf::asNode, "message Ack"));
    }
}
