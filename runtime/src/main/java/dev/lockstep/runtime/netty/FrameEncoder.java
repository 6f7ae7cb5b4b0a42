package dev.lockstep.runtime.netty;

import dev.lockstep.runtime.api.Envelope;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.EncoderException;
import io.netty.handler.codec.MessageToByteEncoder;

/** Writes an {@link Envelope}, a {@link Frames.Hello} or a {@link Frames.Ack} as one length-prefixed frame. */
@ChannelHandler.Sharable
final class FrameEncoder extends MessageToByteEncoder<Object> {
    private final int maxFrameBytes;

    FrameEncoder(int maxFrameBytes) {
        this.maxFrameBytes = maxFrameBytes;
    }

    @Override
    public boolean acceptOutboundMessage(Object msg) {
        return msg instanceof Envelope || msg instanceof Frames.Hello || msg instanceof Frames.Ack;
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, Object msg, ByteBuf out) throws Exception {
        int start = out.writerIndex();
        out.writeInt(0);
        switch (msg) {
            case Envelope e -> Frames.writeEnvelope(out, e);
            case Frames.Hello h -> Frames.writeHello(out, h);
            case Frames.Ack a -> Frames.writeAck(out, a);
            default -> throw new EncoderException("not a frame: " + msg.getClass().getName());
        }
        int length = out.writerIndex() - start - 4;
        if (length > maxFrameBytes) {
            out.writerIndex(start);
            throw new EncoderException("frame of " + length + " bytes exceeds the maximum of " + maxFrameBytes);
        }
        out.setInt(start, length);
    }
}
