package gen.lamportmutex;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Message Req from src to dst. (spec: lamport-mutex.lstep:21:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "lamport-mutex.lstep")
public record Req(NodeId src, NodeId dst, long clock) implements LamportMutexMessage, Comparable<Req> {

    /**
     * Refuses null components: null is no spec value. (spec: lamport-mutex.lstep:21:1)
     */
    public Req {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dst, "dst");
    }

    /**
     * The message type tag. (spec: lamport-mutex.lstep:21:1)
     */
    @Override
    public String type() {
        return "Req";
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: lamport-mutex.lstep:21:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("clock", clock, "dst", dst, "src", src, "type", type());
    }

    /**
     * The spec's canonical order: fields compared in sorted name order. (spec: lamport-mutex.lstep:21:1)
     */
    @Override
    public int compareTo(Req o) {
        int c = Long.compare(this.clock, o.clock);
        if (c != 0)
            return c;
        c = SpecValues.compare(this.dst, o.dst);
        if (c != 0)
            return c;
        return SpecValues.compare(this.src, o.src);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: lamport-mutex.lstep:21:1)
     */
    public static Req fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new Req(SpecValues.field(r, "src", Itf::asNode, "message Req"), SpecValues.field(r, "dst", Itf::asNode, "message Req"), SpecValues.field(r, "clock", Itf::asLong, "message Req"));
    }
}
