package dev.lockstep.runtime.netty;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;

/**
 * Splits the byte stream into frames: a 4-byte big-endian length, then that many bytes. A length over the maximum
 * fails fast with a {@link io.netty.handler.codec.TooLongFrameException} (the frame's bytes are then skipped and
 * the connection lives on); a connection that ends in the middle of a frame is reported as truncated, and the
 * partial frame is released with the decoder's buffer.
 */
final class FrameDecoder extends LengthFieldBasedFrameDecoder {
    private final TransportStats stats;
    private final String node;

    FrameDecoder(int maxFrameBytes, TransportStats stats, String node) {
        super(maxFrameBytes + 4, 0, 4, 0, 4, true);
        this.stats = stats;
        this.node = node;
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        int left = actualReadableBytes();
        if (left > 0) {
            stats.reject(Rejection.TRUNCATED);
            NettyNode.LOG.log(System.Logger.Level.WARNING, "node {0}: rejected a truncated frame ({1} bytes) from {2}: "
                    + "the peer disconnected in the middle of it", node, left, ctx.channel().remoteAddress());
        }
        super.channelInactive(ctx); // releases the partial frame
    }

    @Override
    protected ByteBuf extractFrame(ChannelHandlerContext ctx, ByteBuf buffer, int index, int length) {
        return buffer.retainedSlice(index, length); // no copy: the handler releases it
    }
}
