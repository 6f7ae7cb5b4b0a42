package dev.lockstep.runtime.netty;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.TooLongFrameException;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One inbound connection: the first frame must be a hello from a node of the cluster file; after it, every frame
 * must be a message from that node to this one, of a type this node's role receives. A frame that breaks a rule
 * is rejected with a log line and a counter, and the node keeps running (a hello from an unknown node also closes
 * the connection, since nothing it sends can be accepted).
 */
final class InboundHandler extends SimpleChannelInboundHandler<ByteBuf> {
    private final NodeId self;
    private final ProtocolDescriptor protocol;
    private final Set<NodeId> peers;
    private final Set<String> receivable;
    private final TransportStats stats;
    private final Consumer<Envelope> deliver;
    private NodeId peer;
    private boolean refused; // the peer was refused; frames already read behind its hello are ignored

    InboundHandler(NodeId self, ProtocolDescriptor protocol, Set<NodeId> peers, Set<String> receivable,
                   TransportStats stats, Consumer<Envelope> deliver) {
        this.self = self;
        this.protocol = protocol;
        this.peers = peers;
        this.receivable = receivable;
        this.stats = stats;
        this.deliver = deliver;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, ByteBuf body) {
        if (refused) return;
        try {
            switch (Frames.read(body)) {
                case Frames.HelloFrame h -> hello(ctx, h);
                case Frames.MessageFrame m -> message(m);
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
        peer = n;
        stats.framesIn.incrementAndGet();
    }

    private void message(Frames.MessageFrame m) throws Frames.FrameException {
        if (peer == null) throw new Frames.FrameException(Rejection.UNKNOWN_PEER, "message " + m.id() + " before any hello");
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

    private void reject(ChannelHandlerContext ctx, Rejection r, String reason) {
        stats.reject(r);
        NettyNode.LOG.log(System.Logger.Level.WARNING, "node {0}: rejected a frame from {1} ({2}): {3}", self,
                peer != null ? peer : ctx.channel().remoteAddress(), r, reason);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof TooLongFrameException) {
            reject(ctx, Rejection.OVERSIZED, cause.getMessage()); // the decoder skips the frame's bytes
            return;
        }
        NettyNode.LOG.log(System.Logger.Level.WARNING, "node {0}: closing the connection from {1}: {2}", self,
                ctx.channel().remoteAddress(), cause.toString());
        ctx.close();
    }
}
