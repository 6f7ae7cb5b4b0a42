package gen.leaderannounce;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Message Announce from src to dst. (spec: leader-announce.lstep:15:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "leader-announce.lstep")
public record Announce(NodeId src, NodeId dst, NodeId leader, long round) implements LeaderAnnounceMessage, Comparable<Announce> {

    /**
     * Refuses null components: null is no spec value. (spec: leader-announce.lstep:15:1)
     */
    public Announce {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dst, "dst");
        Objects.requireNonNull(leader, "leader");
    }

    /**
     * The message type tag. (spec: leader-announce.lstep:15:1)
     */
    @Override
    public String type() {
        return "Announce";
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: leader-announce.lstep:15:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("dst", dst, "leader", leader, "round", round, "src", src, "type", type());
    }

    /**
     * The spec's canonical order: fields compared in sorted name order. (spec: leader-announce.lstep:15:1)
     */
    @Override
    public int compareTo(Announce o) {
        int c = SpecValues.compare(this.dst, o.dst);
        if (c != 0)
            return c;
        c = SpecValues.compare(this.leader, o.leader);
        if (c != 0)
            return c;
        c = Long.compare(this.round, o.round);
        if (c != 0)
            return c;
        return SpecValues.compare(this.src, o.src);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: leader-announce.lstep:15:1)
     */
    public static Announce fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new Announce(SpecValues.field(r, "src", Itf::asNode, "message Announce"), SpecValues.field(r, "dst", Itf::asNode, "message Announce"), SpecValues.field(r, "leader", Itf::asNode, "message Announce"), SpecValues.field(r, "round", Itf::asLong, "message Announce"));
    }
}
