package dev.lockstep.runtime.netty;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.NodeId;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoop;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.EncoderException;
import io.netty.handler.ssl.SslHandler;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The outbound connection to one peer: a single TCP connection, so the peer receives this node's messages in send
 * order (FIFO per ordered pair). Every message stays in {@code unacked} until the peer acknowledges it; when a
 * connection fails, the unacknowledged messages go back in front of the queue and are sent again, in order, on the
 * next connection (the peer drops what it had already received). So while both processes live, every message
 * arrives once and in order despite broken connections. Until connected, messages wait; connecting is retried with
 * exponential backoff. The queue is bounded: past {@code maxPendingPerPeer} unacknowledged messages, new ones are
 * dropped and counted. With TLS, the connection counts only once the handshake is done and the peer's certificate is
 * for the peer dialled (a server that proves another identity could otherwise acknowledge messages it then drops);
 * until then nothing is written, and a failed check is rejected, logged, and retried like a failed connect. Used only
 * on the node's event loop.
 */
final class PeerLink {
    private final NodeId self;
    private final NodeId peer;
    private final long incarnation;
    private final InetSocketAddress address;
    private final Bootstrap bootstrap;
    private final EventLoop loop;
    private final NettyOptions options;
    private final TransportStats stats;
    private final ArrayDeque<Envelope> pending = new ArrayDeque<>(); // not yet written to a connection
    private final ArrayDeque<Envelope> unacked = new ArrayDeque<>(); // written, not yet acknowledged
    private final ChannelFutureListener onWrite;
    private final NodeTls tls;
    private Channel channel;
    private boolean connecting;
    private boolean closed;
    private long backoff;

    PeerLink(NodeId self, NodeId peer, long incarnation, InetSocketAddress address, Bootstrap template, EventLoop loop,
             NettyOptions options, TransportStats stats, NodeTls tls, Consumer<Channel> register) {
        this.self = self;
        this.peer = peer;
        this.incarnation = incarnation;
        this.address = address;
        this.loop = loop;
        this.options = options;
        this.stats = stats;
        this.backoff = options.reconnectMinMillis();
        this.tls = tls;
        this.bootstrap = template.clone().handler(new ChannelInitializer<SocketChannel>() {
            @Override
            protected void initChannel(SocketChannel ch) {
                register.accept(ch);
                if (tls != null) ch.pipeline().addLast(tls.clientHandler(ch.alloc(), address.getHostString(), address.getPort()));
                ch.pipeline().addLast(new FrameEncoder(options.maxFrameBytes()),
                        new FrameDecoder(options.maxFrameBytes(), stats, self.name()), new AckHandler());
            }
        });
        this.onWrite = f -> {
            if (f.isSuccess()) {
                stats.framesOut.incrementAndGet();
            } else if (f.cause() instanceof EncoderException) { // too large: will never be sent
                stats.sendDropped.incrementAndGet();
                NettyNode.LOG.log(System.Logger.Level.WARNING, "node {0}: a message to {1} was not sent: {2}", self,
                        peer, String.valueOf(f.cause()));
            } // else the connection broke: the message is still unacknowledged and will be sent again
        };
    }

    void send(Envelope e) {
        if (pending.size() + unacked.size() >= options.maxPendingPerPeer()) {
            stats.sendDropped.incrementAndGet();
            NettyNode.LOG.log(System.Logger.Level.WARNING, "node {0}: dropped message {1}: {2} messages to {3} are "
                    + "not acknowledged yet", self, e.id(), pending.size() + unacked.size(), peer);
            return;
        }
        if (channel != null) {
            unacked.addLast(e);
            channel.writeAndFlush(e).addListener(onWrite);
            return;
        }
        pending.addLast(e);
        connect();
    }

    /** Whether the connection is up; if not, starts connecting (docs/runtime.md, "Exchanges"). */
    boolean connectedOrConnect() {
        if (channel != null) return true;
        connect();
        return false;
    }

    void connect() {
        if (closed || connecting || channel != null) return;
        connecting = true;
        bootstrap.connect(address).addListener((ChannelFuture f) -> {
            if (!f.isSuccess()) {
                failed(null, null, null);
                return;
            }
            Channel ch = f.channel();
            SslHandler ssl = ch.pipeline().get(SslHandler.class);
            if (ssl == null) {
                established(ch);
                return;
            }
            ssl.handshakeFuture().addListener(h -> {
                if (!h.isSuccess()) {
                    failed(ch, Rejection.UNAUTHENTICATED, "TLS handshake failed: " + rootMessage(h.cause()));
                    return;
                }
                String mismatch = NodeTls.mismatch(ssl, peer);
                if (mismatch != null) failed(ch, Rejection.WRONG_IDENTITY, "the node at " + address + " is no " + peer
                        + ": " + mismatch);
                else established(ch);
            });
        });
    }

    /** A connection attempt failed (at TCP, or at TLS with a rejection); try again later. */
    private void failed(Channel ch, Rejection rejection, String reason) {
        connecting = false;
        if (ch != null) ch.close();
        if (closed) return;
        if (rejection != null) {
            stats.reject(rejection);
            NettyNode.LOG.log(System.Logger.Level.WARNING, "node {0}: rejected the connection to {1} ({2}): {3}", self,
                    peer, rejection, reason);
        }
        stats.connectFailures.incrementAndGet();
        retryLater();
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    /** The connection is up (and, with TLS, the peer proven): hello, then the waiting messages. */
    private void established(Channel ch) {
        connecting = false;
        if (closed) {
            ch.close();
            return;
        }
        channel = ch;
        backoff = options.reconnectMinMillis();
        stats.connects.incrementAndGet();
        ch.write(new Frames.Hello(self.name(), incarnation));
        while (!pending.isEmpty()) {
            Envelope e = pending.pollFirst();
            unacked.addLast(e);
            ch.write(e).addListener(onWrite);
        }
        ch.flush();
        ch.closeFuture().addListener(c -> connectionLost(ch));
    }

    /** The unacknowledged messages go back in front of the queue, in order, for the next connection. */
    private void connectionLost(Channel ch) {
        if (channel != ch) return;
        channel = null;
        stats.retransmitted.addAndGet(unacked.size());
        for (Iterator<Envelope> it = unacked.descendingIterator(); it.hasNext(); ) pending.addFirst(it.next());
        unacked.clear();
        if (!closed) {
            if (pending.isEmpty()) retryLater();
            else connect(); // messages are waiting: try at once, backoff only after a failure
        }
    }

    private void acknowledged(long upTo) {
        while (!unacked.isEmpty() && Frames.number(unacked.peekFirst().id()) <= upTo) unacked.pollFirst();
    }

    private void retryLater() {
        long delay = backoff;
        backoff = Math.min(backoff * 2, options.reconnectMaxMillis());
        loop.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
    }

    /** For tests: breaks the current connection as a network failure would. */
    void breakConnection() {
        if (channel != null) channel.close();
    }

    void close() {
        closed = true;
        pending.clear();
        unacked.clear();
        if (channel != null) channel.close();
    }

    boolean connected() { return channel != null; }

    /** Reads the peer's acknowledgements on the outbound connection; nothing else may arrive there. */
    private final class AckHandler extends SimpleChannelInboundHandler<io.netty.buffer.ByteBuf> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, io.netty.buffer.ByteBuf body) {
            try {
                if (Frames.read(body) instanceof Frames.AckFrame a) {
                    acknowledged(a.upTo());
                    return;
                }
                NettyNode.LOG.log(System.Logger.Level.WARNING, "node {0}: {1} sent something other than an ack on "
                        + "the outbound connection; ignored", self, peer);
            } catch (Frames.FrameException e) {
                NettyNode.LOG.log(System.Logger.Level.WARNING, "node {0}: bad frame from {1} on the outbound "
                        + "connection: {2}", self, peer, e.getMessage());
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            NettyNode.LOG.log(System.Logger.Level.WARNING, "node {0}: outbound connection to {1} failed: {2}", self,
                    peer, cause.toString());
            ctx.close();
        }
    }
}
