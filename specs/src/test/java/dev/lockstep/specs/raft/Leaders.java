package dev.lockstep.specs.raft;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.NodeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Watches a running Raft election cluster (the generated machines of {@code raft-election.lstep}) through
 * snapshots of every server's state: when the first leader appeared, in which term, and every later snapshot whose
 * highest term or set of leaders differs from that first election's. A stable cluster shows none.
 */
final class Leaders {
    private long electedAtMillis = -1;
    private long term;
    private NodeId leader;
    private long lastMillis;
    private final List<String> changes = new ArrayList<>();

    /** One snapshot of every server's state, taken {@code millis} after the start. */
    void observe(long millis, Map<NodeId, ? extends ItfEncodable> states) {
        lastMillis = millis;
        long maxTerm = 0;
        TreeSet<NodeId> leaders = new TreeSet<>();
        for (Map.Entry<NodeId, ? extends ItfEncodable> e : states.entrySet()) {
            Map<?, ?> s = (Map<?, ?>) Itf.encode(e.getValue());
            maxTerm = Math.max(maxTerm, Itf.asLong(s.get("currentTerm")));
            if (String.valueOf(s.get("status")).equals("leader")) leaders.add(e.getKey());
        }
        if (electedAtMillis < 0) {
            if (leaders.isEmpty()) return;
            electedAtMillis = millis;
            term = maxTerm;
            leader = leaders.first();
            if (leaders.size() > 1) changes.add(millis + " ms: leaders " + leaders);
        } else if (maxTerm != term || !leaders.equals(new TreeSet<>(List.of(leader)))) {
            changes.add(millis + " ms: term " + maxTerm + ", leaders " + leaders);
        }
    }

    boolean elected() { return electedAtMillis >= 0; }

    long electedAtMillis() { return electedAtMillis; }

    /** How long the first leader has been watched. */
    long heldMillis() { return lastMillis - electedAtMillis; }

    long term() { return term; }

    /** The snapshots after the first election whose term or leaders differ from it (at most 5 shown). */
    List<String> changes() { return changes.subList(0, Math.min(5, changes.size())); }

    int changeCount() { return changes.size(); }

    @Override
    public String toString() {
        return elected() ? "leader " + leader + " in term " + term + " at " + electedAtMillis + " ms, held "
                + heldMillis() + " ms, " + changes.size() + " changes " + changes() : "no leader";
    }
}
