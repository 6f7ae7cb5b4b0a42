package dev.lockstep.runtime.netty;

import dev.lockstep.runtime.node.LinkFaults;
import dev.lockstep.runtime.node.NodeOptions;
import java.util.Objects;

/**
 * Transport settings of a node.
 *
 * @param maxFrameBytes       the largest frame body accepted or sent; larger inbound frames are rejected and
 *                            skipped, larger outbound messages are dropped with a log line
 * @param maxPendingPerPeer   messages kept for a peer until it acknowledges them (queued while it is unreachable,
 *                            or sent and not yet acknowledged); more are dropped and counted
 * @param ackDelayMillis      a receiver acknowledges at most this long after a message arrived (one ack per burst)
 * @param reconnectMinMillis  the first reconnect delay; it doubles after each failure up to the maximum
 * @param timerSeed           seeds the random delays of {@code timer(lo..hi)} actions
 * @param linkFaults          per-message faults on the messages the node receives ({@link LinkFaults#NONE}: off);
 *                            docs/runtime.md, "Per-message faults"
 */
public record NettyOptions(int maxFrameBytes, int maxPendingPerPeer, long reconnectMinMillis,
                           long reconnectMaxMillis, long ackDelayMillis, long timerSeed, NodeOptions node,
                           LinkFaults linkFaults) {
    public static final NettyOptions DEFAULTS = new NettyOptions(1 << 20, 10_000, 20, 2_000, 5, 1, NodeOptions.DEFAULTS);

    /** No faults. */
    public NettyOptions(int maxFrameBytes, int maxPendingPerPeer, long reconnectMinMillis, long reconnectMaxMillis,
                        long ackDelayMillis, long timerSeed, NodeOptions node) {
        this(maxFrameBytes, maxPendingPerPeer, reconnectMinMillis, reconnectMaxMillis, ackDelayMillis, timerSeed, node,
                LinkFaults.NONE);
    }

    public NettyOptions {
        Objects.requireNonNull(linkFaults, "linkFaults");
        if (maxFrameBytes < 64) throw new IllegalArgumentException("maxFrameBytes must be at least 64");
        if (maxPendingPerPeer < 1) throw new IllegalArgumentException("maxPendingPerPeer must be positive");
        if (reconnectMinMillis < 1 || reconnectMaxMillis < reconnectMinMillis) {
            throw new IllegalArgumentException("need 1 <= reconnectMinMillis <= reconnectMaxMillis");
        }
        if (ackDelayMillis < 0) throw new IllegalArgumentException("ackDelayMillis must not be negative");
    }

    public NettyOptions withMaxFrameBytes(int max) {
        return new NettyOptions(max, maxPendingPerPeer, reconnectMinMillis, reconnectMaxMillis, ackDelayMillis, timerSeed, node,
                linkFaults);
    }

    public NettyOptions withTimerSeed(long seed) {
        return new NettyOptions(maxFrameBytes, maxPendingPerPeer, reconnectMinMillis, reconnectMaxMillis, ackDelayMillis,
                seed, node, linkFaults);
    }

    public NettyOptions withLinkFaults(LinkFaults faults) {
        return new NettyOptions(maxFrameBytes, maxPendingPerPeer, reconnectMinMillis, reconnectMaxMillis, ackDelayMillis,
                timerSeed, node, faults);
    }
}
