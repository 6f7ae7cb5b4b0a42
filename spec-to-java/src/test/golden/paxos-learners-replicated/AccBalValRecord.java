package gen.paxosreplicated;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The spec record type [acc: node, bal: int, val: int], first used here. (spec: paxos-learners-replicated.lstep:87:3)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "paxos-learners-replicated.lstep")
public record AccBalValRecord(NodeId acc, long bal, long val) implements ItfEncodable, Comparable<AccBalValRecord> {

    /**
     * Refuses null components: null is no spec value. (spec: paxos-learners-replicated.lstep:87:3)
     */
    public AccBalValRecord {
        Objects.requireNonNull(acc, "acc");
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: paxos-learners-replicated.lstep:87:3)
     */
    @Override
    public Object toItf() {
        return Itf.record("acc", acc, "bal", bal, "val", val);
    }

    /**
     * The spec's canonical order: fields compared in sorted name order. (spec: paxos-learners-replicated.lstep:87:3)
     */
    @Override
    public int compareTo(AccBalValRecord o) {
        int c = SpecValues.compare(this.acc, o.acc);
        if (c != 0)
            return c;
        c = Long.compare(this.bal, o.bal);
        if (c != 0)
            return c;
        return Long.compare(this.val, o.val);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: paxos-learners-replicated.lstep:87:3)
     */
    public static AccBalValRecord fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new AccBalValRecord(SpecValues.field(r, "acc", Itf::asNode, "record [acc: node, bal: int, val: int]"), SpecValues.field(r, "bal", Itf::asLong, "record [acc: node, bal: int, val: int]"), SpecValues.field(r, "val", Itf::asLong, "record [acc: node, bal: int, val: int]"));
    }

    /**
     * A copy with field acc replaced. (spec: paxos-learners-replicated.lstep:87:3)
     */
    public AccBalValRecord withAcc(NodeId acc) {
        return new AccBalValRecord(acc, bal, val);
    }

    /**
     * A copy with field bal replaced. (spec: paxos-learners-replicated.lstep:87:3)
     */
    public AccBalValRecord withBal(long bal) {
        return new AccBalValRecord(acc, bal, val);
    }

    /**
     * A copy with field val replaced. (spec: paxos-learners-replicated.lstep:87:3)
     */
    public AccBalValRecord withVal(long val) {
        return new AccBalValRecord(acc, bal, val);
    }
}
