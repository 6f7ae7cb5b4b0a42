package gen.raftelectionsafety;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The local state of a node of role Server: its variables, in declaration order. (spec: raft-election-safety.lstep:25:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "raft-election-safety.lstep")
public record ServerState(long currentTerm, Set<NodeId> votedFor, Status status) implements ItfEncodable {

    /**
     * Refuses null components: null is no spec value. (spec: raft-election-safety.lstep:25:1)
     */
    public ServerState {
        Objects.requireNonNull(votedFor, "votedFor");
        Objects.requireNonNull(status, "status");
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: raft-election-safety.lstep:25:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("currentTerm", currentTerm, "status", status, "votedFor", votedFor);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: raft-election-safety.lstep:25:1)
     */
    public static ServerState fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new ServerState(SpecValues.field(r, "currentTerm", Itf::asLong, "state of role Server"), SpecValues.field(r, "votedFor", x0 -> SpecValues.setFromItf(x0, Itf::asNode), "state of role Server"), SpecValues.field(r, "status", Status::fromItf, "state of role Server"));
    }
}
