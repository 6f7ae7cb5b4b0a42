package dev.lockstep.runtime.netty;

import dev.lockstep.runtime.api.NodeId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A node's {@link PeerSession}s, by sender and the sender's incarnation (a random number each process start picks).
 * A hello selects the session of its own incarnation and never changes another one, so a connection that claims a
 * peer's name — possible only in plaintext, since TLS authenticates the name — cannot make the peer's genuine
 * messages look like duplicates: those go on being counted in their own session. A restarted sender gets a fresh
 * session (its numbers start again at 1). Only the most recently used incarnations of each sender are kept.
 * Used on the node's thread only.
 */
final class PeerSessions {
    static final int INCARNATIONS_KEPT = 4;

    private final Map<NodeId, LinkedHashMap<Long, PeerSession>> byPeer = new HashMap<>();

    PeerSession of(NodeId peer, long incarnation) {
        return byPeer.computeIfAbsent(peer, k -> new LinkedHashMap<>(8, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, PeerSession> eldest) {
                return size() > INCARNATIONS_KEPT;
            }
        }).computeIfAbsent(incarnation, i -> new PeerSession());
    }
}
