package dev.lockstep.runtime.netty;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One inbound connection: the first frame must be a hello from a node of the cluster file; after it, every frame
 * must be a message from that node to this one, of a type this node's role receives. A frame that breaks a rule
 * is rejected with a log line and a counter, and the node keeps running (a hello from an unknown node also closes
 * the connection, since nothing it sends can be accepted).
 *
 * <p>Acknowledgements: the handler writes back {@code {"kind":"ack","upTo":n}} with the highest message number
 * it took from the peer (delivered or rejected), at most {@code ackDelayMillis} after a message arrived, so that
 * one ack covers a burst. A message numbered at most that high is a retransmission after a reconnect: it is
 * dropped and counted, so each message reaches the node once. The count is kept per sender incarnation
 * ({@link PeerSessions}).
 *
 * <p>With TLS ({@code authenticate}), an {@link SslHandler} before this handler has already checked the peer's
 * certificate against the cluster's trust anchors; a failed handshake is rejected as
 * {@link Rejection#UNAUTHENTICATED}. The hello must then name the node the certificate is for, else it is
 * rejected as {@link Rejection#WRONG_IDENTITY} and the connection closed, so no frame of an unproven peer is used.
 */
final class InboundHandler extends SimpleChannelInboundHandler<ByteBuf> {
    private final NodeId self;
    private final ProtocolDescriptor protocol;
    private final Set<NodeId> peers;
    private final Set<String> receivable;
    private final TransportStats stats;
    private final Consumer<Envelope> deliver;
    private final PeerSessions sessions;
    private final long ackDelayMillis;
    private final boolean authenticate;
    private NodeId peer;
    private PeerSession session;
    private boolean ackScheduled;
    private boolean refused; // the peer was refused; frames already read behind its hello are ignored

    InboundHandler(NodeId self, ProtocolDescriptor protocol, Set<NodeId> peers, Set<String> receivable,
                   TransportStats stats, Consumer<Envelope> deliver, PeerSessions sessions,
                   long ackDelayMillis, boolean authenticate) {
        this.self = self;
        this.protocol = protocol;
        this.peers = peers;
        this.receivable = receivable;
        this.stats = stats;
        this.deliver = deliver;
        this.sessions = sessions;
        this.ackDelayMillis = ackDelayMillis;
        this.authenticate = authenticate;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, ByteBuf body) {
        if (refused) return;
        try {
            switch (Frames.read(body)) {
                case Frames.HelloFrame h -> hello(ctx, h);
                case Frames.MessageFrame m -> message(ctx, m);
                case Frames.AckFrame a -> throw new Frames.FrameException(Rejection.MALFORMED, "an ack on an inbound connection");
            }
        } catch (Frames.FrameException e) {
            reject(ctx, e.rejection(), e.getMessage());
        }
    }

    private void hello(ChannelHandlerContext ctx, Frames.HelloFrame h) throws Frames.FrameException {
        if (peer != null) throw new Frames.FrameException(Rejection.MALFORMED, "a second hello (from " + h.node() + ")");
        NodeId n = NodeId.of(h.node());
        if (!peers.contains(n)) {
            reject(ctx, Rejection.UNKNOWN_PEER, "hello from " + n + ", which is not in the cluster file; closing");
            refused = true;
            ctx.close();
            return;
        }
        if (authenticate) {
            SslHandler ssl = ctx.pipeline().get(SslHandler.class);
            String mismatch = ssl == null ? "the connection is not TLS" : NodeTls.mismatch(ssl, n);
            if (mismatch != null) {
                reject(ctx, Rejection.WRONG_IDENTITY, "hello from " + n + ", but " + mismatch + "; closing");
                refused = true;
                ctx.close();
                return;
            }
        }
        peer = n;
        session = sessions.of(n, h.incarnation()); // a restarted peer numbers its messages from 1 again
        stats.framesIn.incrementAndGet();
    }

    private void message(ChannelHandlerContext ctx, Frames.MessageFrame m) throws Frames.FrameException {
        if (peer == null) throw new Frames.FrameException(Rejection.UNKNOWN_PEER, "message " + m.id() + " before any hello");
        long number = Frames.number(m.id());
        if (number > 0) {
            if (number <= session.lastDelivered) {
                stats.duplicatesDropped.incrementAndGet(); // retransmitted after a reconnect; delivered before
                scheduleAck(ctx);
                return;
            }
            session.lastDelivered = number; // acknowledged even if rejected below: resending would not help
            scheduleAck(ctx);
        }
        if (!receivable.contains(m.type())) {
            throw new Frames.FrameException(Rejection.UNKNOWN_TYPE, "message " + m.id() + " has type " + m.type()
                    + ", which this node's role does not receive");
        }
        Envelope e = Frames.envelope(m, protocol);
        if (!e.message().src().equals(peer)) {
            throw new Frames.FrameException(Rejection.UNKNOWN_PEER, "message " + m.id() + " claims src "
                    + e.message().src() + " on the connection of " + peer);
        }
        if (!e.message().dst().equals(self)) {
            throw new Frames.FrameException(Rejection.MISADDRESSED, "message " + m.id() + " is for " + e.message().dst());
        }
        stats.framesIn.incrementAndGet();
        deliver.accept(e);
    }

    private void scheduleAck(ChannelHandlerContext ctx) {
        if (ackDelayMillis == 0) {
            sendAck(ctx);
        } else if (!ackScheduled) {
            ackScheduled = true;
            ctx.executor().schedule(() -> {
                ackScheduled = false;
                sendAck(ctx);
            }, ackDelayMillis, TimeUnit.MILLISECONDS);
        }
    }

    private void sendAck(ChannelHandlerContext ctx) {
        if (ctx.channel().isActive()) ctx.writeAndFlush(new Frames.Ack(session.lastDelivered), ctx.voidPromise());
    }

    private void reject(ChannelHandlerContext ctx, Rejection r, String reason) {
        stats.reject(r);
        NettyNode.LOG.log(System.Logger.Level.WARNING, "node {0}: rejected a frame from {1} ({2}): {3}", self,
                peer != null ? peer : ctx.channel().remoteAddress(), r, reason);
    }

    /** A failed TLS handshake: the peer proved no identity (no or untrusted certificate, or no TLS at all). */
    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event instanceof SslHandshakeCompletionEvent done && !done.isSuccess()) {
            refused = true;
            reject(ctx, Rejection.UNAUTHENTICATED, "TLS handshake failed: " + rootMessage(done.cause()) + "; closing");
            ctx.close();
            return;
        }
        super.userEventTriggered(ctx, event);
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (refused) {
            ctx.close(); // already rejected (a failed handshake's exception follows its event): logged once
            return;
        }
        if (cause instanceof TooLongFrameException) {
            reject(ctx, Rejection.OVERSIZED, cause.getMessage()); // the decoder skips the frame's bytes
            return;
        }
        NettyNode.LOG.log(System.Logger.Level.WARNING, "node {0}: closing the connection from {1}: {2}", self,
                ctx.channel().remoteAddress(), cause.toString());
        ctx.close();
    }
}
