package dev.lockstep.runtime.netty;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.NodeId;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.EventLoop;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;

/**
 * The outbound connection to one peer: a single TCP connection, so the peer receives this node's messages in send
 * order (FIFO per ordered pair). Until connected, messages wait in a bounded queue, flushed in order on connect;
 * a failed or lost connection is retried with exponential backoff. Messages already written to a connection that
 * then breaks are lost (at-most-once): a transport for a reliable spec network would need acknowledgements.
 * Used only on the node's event loop.
 */
final class PeerLink {
    private final NodeId self;
    private final NodeId peer;
    private final InetSocketAddress address;
    private final Bootstrap bootstrap;
    private final EventLoop loop;
    private final NettyOptions options;
    private final TransportStats stats;
    private final ArrayDeque<Envelope> pending = new ArrayDeque<>();
    private final ChannelFutureListener onWrite;
    private Channel channel;
    private boolean connecting;
    private boolean closed;
    private long backoff;

    PeerLink(NodeId self, NodeId peer, InetSocketAddress address, Bootstrap bootstrap, EventLoop loop,
             NettyOptions options, TransportStats stats) {
        this.self = self;
        this.peer = peer;
        this.address = address;
        this.bootstrap = bootstrap;
        this.loop = loop;
        this.options = options;
        this.stats = stats;
        this.backoff = options.reconnectMinMillis();
        this.onWrite = f -> {
            if (f.isSuccess()) {
                stats.framesOut.incrementAndGet();
            } else {
                stats.sendDropped.incrementAndGet();
                NettyNode.LOG.log(System.Logger.Level.WARNING, "node {0}: a message to {1} was not sent: {2}", self,
                        peer, String.valueOf(f.cause()));
            }
        };
    }

    void send(Envelope e) {
        if (channel != null) {
            channel.writeAndFlush(e).addListener(onWrite);
            return;
        }
        if (pending.size() >= options.maxPendingPerPeer()) {
            stats.sendDropped.incrementAndGet();
            NettyNode.LOG.log(System.Logger.Level.WARNING, "node {0}: dropped message {1}: {2} is unreachable and "
                    + "{3} messages are queued for it", self, e.id(), peer, pending.size());
            return;
        }
        pending.addLast(e);
        connect();
    }

    void connect() {
        if (closed || connecting || channel != null) return;
        connecting = true;
        bootstrap.connect(address).addListener((ChannelFuture f) -> {
            connecting = false;
            if (closed) {
                if (f.isSuccess()) f.channel().close();
                return;
            }
            if (!f.isSuccess()) {
                stats.connectFailures.incrementAndGet();
                retryLater();
                return;
            }
            Channel ch = f.channel();
            channel = ch;
            backoff = options.reconnectMinMillis();
            stats.connects.incrementAndGet();
            ch.write(self.name());
            while (!pending.isEmpty()) ch.write(pending.pollFirst()).addListener(onWrite);
            ch.flush();
            ch.closeFuture().addListener(c -> {
                if (channel == ch) channel = null;
                if (!closed) retryLater();
            });
        });
    }

    private void retryLater() {
        long delay = backoff;
        backoff = Math.min(backoff * 2, options.reconnectMaxMillis());
        loop.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
    }

    void close() {
        closed = true;
        pending.clear();
        if (channel != null) channel.close();
    }

    boolean connected() { return channel != null; }
}
