package dev.lockstep.runtime.netty;

/**
 * What a receiving node remembers of one incarnation of one sender across its connections: the highest message
 * number delivered, which makes retransmitted messages recognizable and is what the node acknowledges. Kept per
 * incarnation ({@link PeerSessions}), so a hello cannot move the counter of another incarnation's connections. Used
 * on the node's thread only.
 */
final class PeerSession {
    long lastDelivered;
}
