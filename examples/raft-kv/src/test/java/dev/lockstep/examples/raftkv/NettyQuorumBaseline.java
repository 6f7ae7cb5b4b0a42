package dev.lockstep.examples.raftkv;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.handler.codec.string.StringDecoder;
import io.netty.handler.codec.string.StringEncoder;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The hand-written baseline of issue 19's "Measure" (docs/benchmarks.md): only the message pattern of a replicated
 * write, on plain Netty: no election, no terms, no consistency check, no timers, no tracing. Three nodes on
 * 127.0.0.1; node 0 leads for ever. A client request (the store's line protocol, {@link KvCommand} in,
 * {@link Reply} out) reaches the leader, which appends it to its in-memory log and sends {@code A index value} to both
 * followers; a follower appends it and answers {@code K index}. The first ack makes a quorum (2 of 3 with the
 * leader): the leader applies the entries up to that index to its map, in log order, and answers their clients.
 * Each node runs on one Netty thread, as each Raft node runs its machine on one, so its state needs no lock.
 */
public final class NettyQuorumBaseline implements AutoCloseable {
    private static final String HOST = "127.0.0.1";

    private final List<NioEventLoopGroup> groups = new ArrayList<>();
    private InetSocketAddress clientAddress;

    private NettyQuorumBaseline() {}

    /** Starts the two followers, then the leader connected to both; clients talk to {@link #clientAddress()}. */
    public static NettyQuorumBaseline start() {
        NettyQuorumBaseline b = new NettyQuorumBaseline();
        try {
            List<InetSocketAddress> followers = new ArrayList<>();
            for (int i = 1; i <= 2; i++) followers.add(b.listen(b.group("baseline-n" + i), Follower::new));
            NioEventLoopGroup leaderThread = b.group("baseline-n0");
            Leader leader = new Leader();
            for (InetSocketAddress f : followers) {
                leader.followers.add(new Bootstrap().group(leaderThread).channel(NioSocketChannel.class)
                        .handler(lines(() -> leader.new AckHandler())).connect(f).syncUninterruptibly().channel());
            }
            b.clientAddress = b.listen(leaderThread, () -> leader.new ClientHandler());
            return b;
        } catch (RuntimeException e) {
            b.close();
            throw e;
        }
    }

    public InetSocketAddress clientAddress() { return clientAddress; }

    @Override
    public void close() {
        for (NioEventLoopGroup g : groups) g.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
    }

    private NioEventLoopGroup group(String name) {
        NioEventLoopGroup g = new NioEventLoopGroup(1, new DefaultThreadFactory(name, true));
        groups.add(g);
        return g;
    }

    private InetSocketAddress listen(NioEventLoopGroup group, Supplier<ChannelHandler> handler) {
        Channel server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(lines(handler)).bind(HOST, 0).syncUninterruptibly().channel();
        return (InetSocketAddress) server.localAddress();
    }

    /** One line in, one string out: the framing of both the client and the peer protocol. */
    private static ChannelInitializer<SocketChannel> lines(Supplier<ChannelHandler> handler) {
        return new ChannelInitializer<>() {
            @Override
            protected void initChannel(SocketChannel ch) {
                ch.pipeline().addLast(new LineBasedFrameDecoder(256), new StringDecoder(StandardCharsets.UTF_8),
                        new StringEncoder(StandardCharsets.UTF_8), handler.get());
            }
        };
    }

    /** The leader's state, touched only on its one thread (clients' and followers' channels share its event loop). */
    private static final class Leader {
        private final List<Channel> followers = new ArrayList<>();
        private final List<Long> log = new ArrayList<>();
        private final KvStateMachine machine = new KvStateMachine();
        /** Appended entries not yet committed, in log order, with the client each one answers. */
        private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();

        private record Waiting(long index, KvCommand command, ChannelHandlerContext client) {}

        final class ClientHandler extends SimpleChannelInboundHandler<String> {
            @Override
            protected void channelRead0(ChannelHandlerContext ctx, String line) {
                KvCommand c = ClientListener.parseOrAnswerError(ctx, line);
                if (c == null) return;
                log.add(c.encode());
                long index = log.size();
                waiting.add(new Waiting(index, c, ctx));
                for (Channel f : followers) f.writeAndFlush("A " + index + " " + c.encode() + "\n");
            }
        }

        /**
         * A follower acks entries in log order over one TCP connection, so its ack of {@code index} covers every
         * entry before it: with the leader's own copy that is a quorum for all of them.
         */
        final class AckHandler extends SimpleChannelInboundHandler<String> {
            @Override
            protected void channelRead0(ChannelHandlerContext ctx, String line) {
                long acked = Long.parseLong(line.substring(2).trim());
                while (!waiting.isEmpty() && waiting.peek().index() <= acked) {
                    Waiting w = waiting.poll();
                    w.client().writeAndFlush(machine.apply(w.command()).line() + "\n");
                }
            }
        }
    }

    /** A follower: appends each entry in order and acks it (one handler per connection; the leader opens one). */
    private static final class Follower extends SimpleChannelInboundHandler<String> {
        private final List<Long> log = new ArrayList<>();

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, String line) {
            String[] w = line.split(" ");
            long index = Long.parseLong(w[1]);
            if (!w[0].equals("A") || index != log.size() + 1) {
                throw new IllegalStateException("follower expected entry " + (log.size() + 1) + ", got: " + line);
            }
            log.add(Long.parseLong(w[2]));
            ctx.writeAndFlush("K " + index + "\n");
        }
    }
}
