package dev.lockstep.runtime.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.testing.PingPong;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.EncoderException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The inbound pipeline of node q (the ponger) on an EmbeddedChannel: no sockets. */
class InboundPipelineTest {
    private static final int MAX = 256;
    private final PingPong protocol = new PingPong(10);
    private final TransportStats stats = new TransportStats();
    private final List<Envelope> delivered = new ArrayList<>();
    private final PeerSessions sessions = new PeerSessions();
    private EmbeddedChannel in;

    @BeforeEach
    void setUp() {
        in = connection();
    }

    /** An inbound connection of node q; acknowledgements are written at once (no delay). */
    private EmbeddedChannel connection() {
        return new EmbeddedChannel(new FrameEncoder(MAX), new FrameDecoder(MAX, stats, "q"),
                new InboundHandler(PingPong.Q, protocol, Set.of(PingPong.P, PingPong.Q), Set.of("Ping"), stats,
                        delivered::add, sessions, 0, false));
    }

    private static Frames.Hello hello(String node) { return new Frames.Hello(node, 1); }

    /** The acknowledgements the node wrote back on a connection. */
    private static List<Long> acks(EmbeddedChannel ch) throws Frames.FrameException {
        List<Long> out = new ArrayList<>();
        for (ByteBuf b; (b = ch.readOutbound()) != null; ) {
            b.skipBytes(4);
            out.add(((Frames.AckFrame) Frames.read(b)).upTo());
            b.release();
        }
        return out;
    }

    /** Frames exactly as a peer's outbound pipeline writes them. */
    private static ByteBuf encoded(Object... frames) {
        EmbeddedChannel out = new EmbeddedChannel(new FrameEncoder(MAX));
        for (Object f : frames) out.writeOutbound(f);
        ByteBuf all = Unpooled.buffer();
        for (ByteBuf b; (b = out.readOutbound()) != null; ) {
            all.writeBytes(b);
            b.release();
        }
        return all;
    }

    private static ByteBuf raw(String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return Unpooled.buffer().writeInt(body.length).writeBytes(body);
    }

    private static Envelope ping(long n) {
        return new Envelope("p#" + n, new PingPong.Ping(PingPong.P, PingPong.Q, n), n, Map.of("p", n));
    }

    @Test
    void aHelloThenMessagesRoundTripThroughTheEncoderAndDecoder() {
        in.writeInbound(encoded(hello("p"), ping(1), ping(2)));
        assertEquals(List.of(ping(1), ping(2)), delivered);
        assertEquals(3, stats.framesIn());
        in.releaseOutbound(); // the acks
        assertTrue(stats.rejections().values().stream().allMatch(c -> c == 0));
    }

    @Test
    void framesSplitAcrossReadsAreReassembled() {
        ByteBuf all = encoded(hello("p"), ping(1));
        while (all.isReadable()) in.writeInbound(all.readRetainedSlice(Math.min(3, all.readableBytes())));
        all.release();
        assertEquals(List.of(ping(1)), delivered);
    }

    @Test
    void aMessageBeforeAnyHelloIsFromAnUnknownPeer() {
        in.writeInbound(encoded(ping(1)));
        assertEquals(List.of(), delivered);
        assertEquals(1, stats.rejected(Rejection.UNKNOWN_PEER));
        assertTrue(in.isActive());
    }

    @Test
    void aHelloFromANodeOutsideTheClusterIsRejectedAndTheConnectionClosed() {
        in.writeInbound(encoded(hello("mallory"), ping(1)));
        assertEquals(List.of(), delivered);
        assertEquals(1, stats.rejected(Rejection.UNKNOWN_PEER));
        assertFalse(in.isActive());
    }

    @Test
    void aMessageClaimingAnotherSenderIsRejected() {
        Envelope spoofed = new Envelope("q#1", new PingPong.Ping(PingPong.Q, PingPong.Q, 1), 1, Map.of());
        in.writeInbound(encoded(hello("p"), spoofed, ping(2)));
        assertEquals(List.of(ping(2)), delivered);
        assertEquals(1, stats.rejected(Rejection.UNKNOWN_PEER));
    }

    @Test
    void aMessageForAnotherNodeIsMisaddressed() {
        Envelope other = new Envelope("p#1", new PingPong.Ping(PingPong.P, PingPong.P, 1), 1, Map.of());
        in.writeInbound(encoded(hello("p"), other));
        assertEquals(List.of(), delivered);
        assertEquals(1, stats.rejected(Rejection.MISADDRESSED));
    }

    @Test
    void malformedFramesAreRejectedWithAReasonAndTheConnectionGoesOn() {
        in.writeInbound(encoded(hello("p")));
        in.writeInbound(raw("{not json"));
        in.writeInbound(raw("[1, 2]"));
        in.writeInbound(raw("{\"kind\":\"msg\",\"id\":\"p#x\",\"lamport\":-1,\"vclock\":{},\"msg\":{\"type\":\"Ping\"}}"));
        in.writeInbound(raw("{\"kind\":\"msg\",\"id\":\"p#x\",\"lamport\":1,\"vclock\":{},"
                + "\"msg\":{\"type\":\"Ping\",\"src\":\"p\",\"dst\":\"q\",\"n\":true}}"));  // n is no integer
        in.writeInbound(raw("{\"kind\":\"gossip\"}"));
        assertEquals(5, stats.rejected(Rejection.MALFORMED));
        in.writeInbound(encoded(ping(1)));
        assertEquals(List.of(ping(1)), delivered);
        assertTrue(in.isActive());
    }

    @Test
    void aTypeTheRoleDoesNotReceiveIsRejected() {
        Envelope pong = new Envelope("p#1", new PingPong.Pong(PingPong.P, PingPong.Q, 1), 1, Map.of());
        in.writeInbound(encoded(hello("p"), pong));
        in.writeInbound(raw("{\"kind\":\"msg\",\"id\":\"p#2\",\"lamport\":1,\"vclock\":{},"
                + "\"msg\":{\"type\":\"Gossip\",\"src\":\"p\",\"dst\":\"q\"}}"));
        assertEquals(List.of(), delivered);
        assertEquals(2, stats.rejected(Rejection.UNKNOWN_TYPE));
    }

    @Test
    void anOversizedFrameIsSkippedAndTheNextOneIsDelivered() {
        in.writeInbound(encoded(hello("p")));
        ByteBuf big = Unpooled.buffer().writeInt(10_000).writeBytes(new byte[10_000]);
        in.writeInbound(big);
        assertEquals(1, stats.rejected(Rejection.OVERSIZED));
        in.writeInbound(encoded(ping(1)));
        assertEquals(List.of(ping(1)), delivered);
        assertTrue(in.isActive());
    }

    @Test
    void aPeerThatDisconnectsInTheMiddleOfAFrameLeaksNothing() {
        in.writeInbound(encoded(hello("p")));
        ByteBuf frame = encoded(ping(1));
        ByteBuf half = frame.readRetainedSlice(frame.readableBytes() / 2);
        frame.release();
        in.writeInbound(half);
        assertEquals(List.of(), delivered);
        in.close();
        assertEquals(1, stats.rejected(Rejection.TRUNCATED));
        assertEquals(0, half.refCnt(), "the partial frame was released");
        assertFalse(in.finish());
    }

    @Test
    void eachMessageIsAcknowledgedAndARetransmissionIsDroppedOnce() throws Exception {
        in.writeInbound(encoded(hello("p"), ping(1), ping(2)));
        assertEquals(List.of(1L, 2L), acks(in));
        // The connection breaks; on the next one p sends 2 again (its ack was lost), then 3.
        in.close();
        EmbeddedChannel again = connection();
        again.writeInbound(encoded(hello("p"), ping(2), ping(3)));
        assertEquals(List.of(ping(1), ping(2), ping(3)), delivered);
        assertEquals(1, stats.duplicatesDropped());
        assertEquals(List.of(2L, 3L), acks(again));
    }

    @Test
    void aRestartedSenderStartsItsNumbersAgain() {
        in.writeInbound(encoded(hello("p"), ping(1), ping(2)));
        EmbeddedChannel restarted = connection();
        restarted.writeInbound(encoded(new Frames.Hello("p", 2), ping(1)));
        assertEquals(List.of(ping(1), ping(2), ping(1)), delivered, "a new incarnation's #1 is a new message");
        assertEquals(0, stats.duplicatesDropped());
    }

    @Test
    void aForgedHelloCannotMakeThePeersGenuineMessagesLookLikeDuplicates() {
        in.writeInbound(encoded(hello("p"), ping(1)));
        // Another connection claims to be p, with another incarnation and a very high message number. In plaintext
        // nothing proves it is not p, so its message is taken (TLS prevents that: NettyTlsTest); but it must not
        // move the counter of p's genuine connection, or p's next messages would be dropped as duplicates.
        EmbeddedChannel forged = connection();
        forged.writeInbound(encoded(new Frames.Hello("p", 666), ping(1_000_000)));
        forged.releaseOutbound();
        in.writeInbound(encoded(ping(2), ping(3)));
        assertEquals(List.of(ping(1), ping(1_000_000), ping(2), ping(3)), delivered);
        assertEquals(0, stats.duplicatesDropped());
        // p reconnects (same incarnation) and retransmits 3, which it had not seen acknowledged, then sends 4.
        EmbeddedChannel again = connection();
        again.writeInbound(encoded(hello("p"), ping(3), ping(4)));
        assertEquals(List.of(ping(1), ping(1_000_000), ping(2), ping(3), ping(4)), delivered);
        assertEquals(1, stats.duplicatesDropped(), "only the retransmitted 3");
        in.releaseOutbound();
        again.releaseOutbound();
    }

    @Test
    void theEncoderRefusesAFrameOverTheMaximum() {
        EmbeddedChannel out = new EmbeddedChannel(new FrameEncoder(64));
        var f = out.writeOneOutbound(ping(123_456_789));
        out.flushOutbound();
        assertFalse(f.isSuccess());
        assertInstanceOf(EncoderException.class, f.cause());
        assertTrue(f.cause().getMessage().contains("exceeds the maximum of 64"), f.cause().getMessage());
    }

    @Test
    void envelopeFieldsSurviveTheCodec() {
        Envelope e = new Envelope("p#7", new PingPong.Ping(PingPong.P, PingPong.Q, Long.MAX_VALUE), 9,
                Map.of("p", 7L, "q", 3L));
        in.writeInbound(encoded(hello("p"), e));
        Envelope got = delivered.get(0);
        assertEquals(e, got);
        assertEquals(NodeId.of("p"), got.message().src());
    }
}
