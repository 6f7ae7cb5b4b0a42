package gen.raft;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The local state of a node of role Server: its variables, in declaration order. (spec: raft.lstep:74:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "raft.lstep")
public record ServerState(long currentTerm, Set<NodeId> votedFor, List<TermValRecord> log, Status status, long commitIndex, List<TermValRecord> applied) implements ItfEncodable {

    /**
     * Refuses null components: null is no spec value. (spec: raft.lstep:74:1)
     */
    public ServerState {
        Objects.requireNonNull(votedFor, "votedFor");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(applied, "applied");
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: raft.lstep:74:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("applied", applied, "commitIndex", commitIndex, "currentTerm", currentTerm, "log", log, "status", status, "votedFor", votedFor);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: raft.lstep:74:1)
     */
    public static ServerState fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new ServerState(SpecValues.field(r, "currentTerm", Itf::asLong, "state of role Server"), SpecValues.field(r, "votedFor", x0 -> SpecValues.setFromItf(x0, Itf::asNode), "state of role Server"), SpecValues.field(r, "log", x0 -> SpecValues.seqFromItf(x0, TermValRecord::fromItf), "state of role Server"), SpecValues.field(r, "status", Status::fromItf, "state of role Server"), SpecValues.field(r, "commitIndex", Itf::asLong, "state of role Server"), SpecValues.field(r, "applied", x0 -> SpecValues.seqFromItf(x0, TermValRecord::fromItf), "state of role Server"));
    }
}
