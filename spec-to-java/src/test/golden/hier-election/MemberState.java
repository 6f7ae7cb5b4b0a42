package gen.hierelection;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The local state of a node of role Member: its variables, in declaration order. (spec: hier-election.lstep:41:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "hier-election.lstep")
public record MemberState(NodeId chief, boolean rep, Set<NodeId> heard, long best, long localLeader, long globalMin, Set<NodeId> groupsHeard) implements ItfEncodable {

    /**
     * Refuses null components: null is no spec value. (spec: hier-election.lstep:41:1)
     */
    public MemberState {
        Objects.requireNonNull(chief, "chief");
        Objects.requireNonNull(heard, "heard");
        Objects.requireNonNull(groupsHeard, "groupsHeard");
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: hier-election.lstep:41:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("best", best, "chief", chief, "globalMin", globalMin, "groupsHeard", groupsHeard, "heard", heard, "localLeader", localLeader, "rep", rep);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: hier-election.lstep:41:1)
     */
    public static MemberState fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new MemberState(SpecValues.field(r, "chief", Itf::asNode, "state of role Member"), SpecValues.field(r, "rep", Itf::asBoolean, "state of role Member"), SpecValues.field(r, "heard", x0 -> SpecValues.setFromItf(x0, Itf::asNode), "state of role Member"), SpecValues.field(r, "best", Itf::asLong, "state of role Member"), SpecValues.field(r, "localLeader", Itf::asLong, "state of role Member"), SpecValues.field(r, "globalMin", Itf::asLong, "state of role Member"), SpecValues.field(r, "groupsHeard", x0 -> SpecValues.setFromItf(x0, Itf::asNode), "state of role Member"));
    }
}
