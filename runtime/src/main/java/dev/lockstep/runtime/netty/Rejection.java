package dev.lockstep.runtime.netty;

/** Why an inbound frame was rejected. The node keeps running; each reason has a counter in {@link TransportStats}. */
public enum Rejection {
    /** No hello yet, a hello naming a node not in the cluster file, or a message whose {@code src} is not the peer. */
    UNKNOWN_PEER,
    /** Not JSON, or JSON not shaped like a frame, or a message that does not decode. */
    MALFORMED,
    /** The length prefix exceeds the maximum frame size; the frame's bytes are skipped. */
    OVERSIZED,
    /** The peer disconnected in the middle of a frame. */
    TRUNCATED,
    /** A message type the receiving node's role has no {@code on receive} action for. */
    UNKNOWN_TYPE,
    /** A message whose {@code dst} is another node. */
    MISADDRESSED,
    /**
     * TLS: the handshake failed, so the peer proved no identity: it sent no certificate, one no trusted CA signed, or
     * did not speak TLS at all (a plaintext frame). The connection is closed.
     */
    UNAUTHENTICATED,
    /**
     * TLS: the peer's certificate is valid but not for the node its hello names (inbound), or not for the peer this
     * node dialled (outbound). The connection is closed before any of its frames is used.
     */
    WRONG_IDENTITY
}
