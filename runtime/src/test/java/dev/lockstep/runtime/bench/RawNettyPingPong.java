package dev.lockstep.runtime.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import io.netty.handler.codec.LengthFieldPrepender;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The baseline: the least a Netty ping-pong needs. Same framing as the runtime (4-byte length prefix), TCP_NODELAY,
 * one event loop thread per side, but an 8-byte payload (the round number), no JSON, no machine, no trace.
 */
final class RawNettyPingPong {
    private RawNettyPingPong() {}

    static RuntimeBench.Result run(int rounds) throws InterruptedException {
        long[] send = new long[rounds];
        long[] rtt = new long[rounds];
        CountDownLatch done = new CountDownLatch(1);
        NioEventLoopGroup serverGroup = new NioEventLoopGroup(1, new DefaultThreadFactory("raw-pingpong-server"));
        NioEventLoopGroup clientGroup = new NioEventLoopGroup(1, new DefaultThreadFactory("raw-pingpong-client"));
        long cpu;
        try {
            Channel server = new ServerBootstrap().group(serverGroup).channel(NioServerSocketChannel.class)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast(new LengthFieldBasedFrameDecoder(1024, 0, 4, 0, 4),
                                    new LengthFieldPrepender(4), new ChannelInboundHandlerAdapter() {
                                        @Override
                                        public void channelRead(ChannelHandlerContext ctx, Object msg) {
                                            ctx.writeAndFlush(msg); // the pong: echo the round number
                                        }
                                    });
                        }
                    }).bind(new InetSocketAddress("127.0.0.1", 0)).sync().channel();
            new Bootstrap().group(clientGroup).channel(NioSocketChannel.class).option(ChannelOption.TCP_NODELAY, true)
                    .handler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast(new LengthFieldBasedFrameDecoder(1024, 0, 4, 0, 4),
                                    new LengthFieldPrepender(4), new ChannelInboundHandlerAdapter() {
                                        @Override
                                        public void channelActive(ChannelHandlerContext ctx) {
                                            ping(ctx, 0);
                                        }

                                        @Override
                                        public void channelRead(ChannelHandlerContext ctx, Object msg) {
                                            ByteBuf b = (ByteBuf) msg;
                                            int n = (int) b.readLong();
                                            b.release();
                                            rtt[n] = System.nanoTime() - send[n];
                                            if (n + 1 < rounds) ping(ctx, n + 1);
                                            else done.countDown();
                                        }

                                        private void ping(ChannelHandlerContext ctx, int n) {
                                            send[n] = System.nanoTime();
                                            ctx.writeAndFlush(ctx.alloc().buffer(8).writeLong(n));
                                        }
                                    });
                        }
                    }).connect(server.localAddress()).sync();
            if (!done.await(120, TimeUnit.SECONDS)) throw new IllegalStateException("raw ping-pong did not finish");
            cpu = RuntimeBench.cpuNanos("raw-pingpong-");
            server.close().sync();
        } finally {
            clientGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
            serverGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
        }
        return RuntimeBench.result(send, rtt, cpu, 0);
    }
}
