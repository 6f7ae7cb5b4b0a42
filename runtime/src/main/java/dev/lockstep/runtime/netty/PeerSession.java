package dev.lockstep.runtime.netty;

/**
 * What a receiving node remembers of one sender across its connections: the sender's incarnation (a restarted
 * sender numbers its messages from 1 again) and the highest message number delivered, which makes retransmitted
 * messages recognizable and is what the node acknowledges. Used on the node's thread only.
 */
final class PeerSession {
    long incarnation;
    long lastDelivered;
}
