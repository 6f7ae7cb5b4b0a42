package dev.lockstep.runtime.netty;

import dev.lockstep.runtime.api.Envelope;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.EncoderException;
import io.netty.handler.codec.MessageToByteEncoder;

/** Writes a hello (a {@link String}: the sender's node name) or an {@link Envelope} as one length-prefixed frame. */
@ChannelHandler.Sharable
final class FrameEncoder extends MessageToByteEncoder<Object> {
    private final int maxFrameBytes;

    FrameEncoder(int maxFrameBytes) {
        this.maxFrameBytes = maxFrameBytes;
    }

    @Override
    public boolean acceptOutboundMessage(Object msg) {
        return msg instanceof Envelope || msg instanceof String;
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, Object msg, ByteBuf out) throws Exception {
        int start = out.writerIndex();
        out.writeInt(0);
        if (msg instanceof Envelope e) Frames.writeEnvelope(out, e);
        else Frames.writeHello(out, (String) msg);
        int length = out.writerIndex() - start - 4;
        if (length > maxFrameBytes) {
            out.writerIndex(start);
            throw new EncoderException("frame of " + length + " bytes exceeds the maximum of " + maxFrameBytes);
        }
        out.setInt(start, length);
    }
}
