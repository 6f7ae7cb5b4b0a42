package dev.lockstep.examples.raftkv;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoop;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.handler.codec.string.StringDecoder;
import io.netty.handler.codec.string.StringEncoder;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The client protocol over TCP (Netty): one request per line ({@code get K}, {@code put K V}, {@code cas K E V}),
 * one answer per line ({@link Reply}), in order per connection. A request not answered within the timeout is
 * answered {@code UNKNOWN}: it may still be committed.
 */
public final class ClientListener implements AutoCloseable {
    private final EventLoop loop;
    private final Channel server;
    private final ChannelGroup connections;

    private ClientListener(EventLoop loop, Channel server, ChannelGroup connections) {
        this.loop = loop;
        this.server = server;
        this.connections = connections;
    }

    /**
     * Listens on the server's own node thread ({@link dev.lockstep.runtime.netty.NettyNode#eventLoop}): a request
     * is proposed and answered there, with no hand-off between threads, so the commands that arrive together
     * are queued behind each other and leave in one AppendEntries. The listener stops with the node.
     */
    public static ClientListener start(InetSocketAddress address, RaftKvNode kv, long timeoutMillis) {
        EventLoop loop = kv.raft().eventLoop();
        ChannelGroup connections = new DefaultChannelGroup(loop);
        ServerBootstrap b = new ServerBootstrap().group(loop).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        connections.add(ch);
                        ch.pipeline().addLast(new LineBasedFrameDecoder(256), new StringDecoder(StandardCharsets.UTF_8),
                                new StringEncoder(StandardCharsets.UTF_8), new Handler(kv, timeoutMillis));
                    }
                });
        try {
            return new ClientListener(loop, b.bind(address).syncUninterruptibly().channel(), connections);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot listen for clients on " + address + ": " + e.getMessage(), e);
        }
    }

    public InetSocketAddress address() { return (InetSocketAddress) server.localAddress(); }

    /** Stops listening and closes the clients' connections; nothing to do once the node has stopped (it closed them). */
    @Override
    public void close() {
        if (loop.isShuttingDown()) return;
        server.close().awaitUninterruptibly(1, TimeUnit.SECONDS);
        connections.close().awaitUninterruptibly(1, TimeUnit.SECONDS);
    }

    /** The command on a request line, or null once the client has been answered an ERROR naming the problem. */
    static KvCommand parseOrAnswerError(ChannelHandlerContext ctx, String line) {
        KvCommand c;
        try {
            c = KvCommand.parse(line);
        } catch (IllegalArgumentException e) {
            ctx.writeAndFlush(Reply.error(e.getMessage()).line() + "\n");
            return null;
        }
        if (c == null) {
            ctx.writeAndFlush(Reply.error("expected get K | put K V | cas K EXPECTED V, got: " + line.trim()).line() + "\n");
        }
        return c;
    }

    private static final class Handler extends SimpleChannelInboundHandler<String> {
        private final RaftKvNode kv;
        private final long timeoutMillis;

        Handler(RaftKvNode kv, long timeoutMillis) {
            this.kv = kv;
            this.timeoutMillis = timeoutMillis;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, String line) {
            KvCommand c = parseOrAnswerError(ctx, line);
            if (c == null) return;
            // Answers leave in request order: the next read waits until this one is answered (one request in
            // flight per connection, which is what the blocking client does).
            ctx.channel().config().setAutoRead(false);
            kv.submit(c).completeOnTimeout(Reply.unknown("no answer within " + timeoutMillis + " ms"), timeoutMillis,
                    TimeUnit.MILLISECONDS).whenComplete((r, e) -> {
                        Reply out = e != null ? Reply.unknown(e.toString()) : r;
                        ctx.writeAndFlush(out.line() + "\n");
                        ctx.channel().config().setAutoRead(true);
                    });
        }
    }
}
