package gen.lamportmutex;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Message Ack from src to dst. (spec: lamport-mutex.lstep:22:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "lamport-mutex.lstep")
public record Ack(NodeId src, NodeId dst) implements LamportMutexMessage, Comparable<Ack> {

    /**
     * Refuses null components: null is no spec value. (spec: lamport-mutex.lstep:22:1)
     */
    public Ack {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dst, "dst");
    }

    /**
     * The message type tag. (spec: lamport-mutex.lstep:22:1)
     */
    @Override
    public String type() {
        return "Ack";
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: lamport-mutex.lstep:22:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("dst", dst, "src", src, "type", type());
    }

    /**
     * The spec's canonical order: fields compared in sorted name order. (spec: lamport-mutex.lstep:22:1)
     */
    @Override
    public int compareTo(Ack o) {
        int c = SpecValues.compare(this.dst, o.dst);
        if (c != 0)
            return c;
        return SpecValues.compare(this.src, o.src);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: lamport-mutex.lstep:22:1)
     */
    public static Ack fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new Ack(SpecValues.field(r, "src", Itf::asNode, "message Ack"), SpecValues.field(r, "dst", Itf::asNode, "message Ack"));
    }
}
