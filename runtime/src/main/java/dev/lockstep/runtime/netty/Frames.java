package dev.lockstep.runtime.netty;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.MalformedValueException;
import dev.lockstep.runtime.api.Message;
import dev.lockstep.runtime.api.MessageId;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.trace.ItfJson;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.TreeMap;

/**
 * The body of a frame (after the 4-byte length prefix) is one JSON object:
 * <pre>
 * {"kind":"hello","node":"r1","incarnation":8237461}                        first frame on every connection
 * {"kind":"msg","id":"r1#3","lamport":5,"vclock":{"r1":3,"tm":1},"msg":{ITF record of the message}}
 * {"kind":"ack","upTo":3}                                                  receiver to sender, same connection
 * </pre>
 * The message uses the same ITF encoding as traces, decoded by {@link ProtocolDescriptor#messageFromItf}. The
 * number after {@code #} in a message id grows with every message a node sends, so a receiver acknowledges
 * cumulatively ({@code upTo}) and recognizes a retransmitted message by it; {@code incarnation} tells a restarted
 * sender (whose numbers start again) from a reconnecting one.
 */
public final class Frames {
    private Frames() {}

    private static final JsonFactory JSON = new JsonFactory();

    /** A decoded frame: a hello, an envelope or an acknowledgement. */
    public sealed interface Frame permits HelloFrame, MessageFrame, AckFrame {}

    public record HelloFrame(String node, long incarnation) implements Frame {}

    public record AckFrame(long upTo) implements Frame {}

    /** What a node writes first on a connection. */
    public record Hello(String node, long incarnation) {}

    /** What a receiver writes back: every message from this sender numbered up to {@code upTo} has arrived. */
    public record Ack(long upTo) {}

    /** The number in a message id {@code sender#n}, or -1 when the id has another shape. */
    public static long number(String id) {
        MessageId parsed = MessageId.parse(id);
        return parsed == null ? -1 : parsed.counter();
    }

    /** The message type is kept apart so the receiver can reject unknown types before decoding the payload. */
    public record MessageFrame(String id, long lamport, Map<String, Long> vectorClock, Map<?, ?> msg, String type)
            implements Frame {}

    /** A frame that cannot be accepted, with the reason. */
    public static final class FrameException extends Exception {
        private final Rejection rejection;

        public FrameException(Rejection rejection, String reason) {
            super(reason, null, false, false);
            this.rejection = rejection;
        }

        public Rejection rejection() { return rejection; }
    }

    public static void writeHello(ByteBuf out, Hello hello) throws IOException {
        writeFrame(out, "hello", g -> {
            g.writeStringField("node", hello.node());
            g.writeNumberField("incarnation", hello.incarnation());
        });
    }

    public static void writeAck(ByteBuf out, Ack ack) throws IOException {
        writeFrame(out, "ack", g -> g.writeNumberField("upTo", ack.upTo()));
    }

    public static void writeEnvelope(ByteBuf out, Envelope e) throws IOException {
        writeFrame(out, "msg", g -> {
            g.writeStringField("id", e.id());
            g.writeNumberField("lamport", e.lamport());
            g.writeObjectFieldStart("vclock");
            for (Map.Entry<String, Long> c : e.vectorClock().entrySet()) g.writeNumberField(c.getKey(), c.getValue());
            g.writeEndObject();
            g.writeFieldName("msg");
            ItfJson.write(g, e.message().toItf());
        });
    }

    /** The fields of a frame after its {@code kind}. */
    private interface Fields {
        void write(JsonGenerator g) throws IOException;
    }

    /** One frame body: {@code {"kind": kind, ...fields}}. */
    private static void writeFrame(ByteBuf out, String kind, Fields fields) throws IOException {
        try (JsonGenerator g = JSON.createGenerator((OutputStream) new ByteBufOutputStream(out))) {
            g.writeStartObject();
            g.writeStringField("kind", kind);
            fields.write(g);
            g.writeEndObject();
        }
    }

    /** Reads a frame body; never throws anything but {@link FrameException}. */
    public static Frame read(ByteBuf body) throws FrameException {
        Object tree;
        byte[] bytes = new byte[body.readableBytes()];
        body.readBytes(bytes);
        try (JsonParser p = JSON.createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new FrameException(Rejection.MALFORMED, "not a JSON object");
            tree = ItfJson.read(p);
            if (p.nextToken() != null) throw new FrameException(Rejection.MALFORMED, "data after the JSON object");
        } catch (IOException e) {
            throw new FrameException(Rejection.MALFORMED, "not valid JSON: " + firstLine(e.getMessage()));
        }
        Map<?, ?> f = (Map<?, ?>) tree;
        Object kind = f.get("kind");
        if ("hello".equals(kind)) {
            if (!(f.get("node") instanceof String n) || n.isEmpty()) {
                throw new FrameException(Rejection.MALFORMED, "a hello frame needs a non-empty \"node\"");
            }
            Object inc = f.get("incarnation");
            if (inc != null && !(inc instanceof Long || inc instanceof Integer)) {
                throw new FrameException(Rejection.MALFORMED, "a hello's \"incarnation\" must be an integer");
            }
            return new HelloFrame(n, inc == null ? 0 : ((Number) inc).longValue());
        }
        if ("ack".equals(kind)) {
            if (!(f.get("upTo") instanceof Number upTo) || !isIntegral(upTo) || upTo.longValue() < 0) {
                throw new FrameException(Rejection.MALFORMED, "an ack needs a non-negative integer \"upTo\"");
            }
            return new AckFrame(upTo.longValue());
        }
        if (!"msg".equals(kind)) throw new FrameException(Rejection.MALFORMED, "unknown frame kind " + kind);
        if (!(f.get("id") instanceof String id) || id.isEmpty()) throw new FrameException(Rejection.MALFORMED, "missing \"id\"");
        if (!(f.get("lamport") instanceof Number lamport) || lamport.longValue() < 0 || !isIntegral(lamport)) {
            throw new FrameException(Rejection.MALFORMED, "\"lamport\" must be a non-negative integer");
        }
        if (!(f.get("vclock") instanceof Map<?, ?> vc)) throw new FrameException(Rejection.MALFORMED, "missing \"vclock\" object");
        Map<String, Long> clock = new TreeMap<>();
        for (Map.Entry<?, ?> c : vc.entrySet()) {
            if (!(c.getValue() instanceof Number n) || !isIntegral(n) || n.longValue() < 0) {
                throw new FrameException(Rejection.MALFORMED, "vclock entry " + c.getKey() + " is not a non-negative integer");
            }
            clock.put((String) c.getKey(), n.longValue());
        }
        if (!(f.get("msg") instanceof Map<?, ?> msg)) throw new FrameException(Rejection.MALFORMED, "missing \"msg\" object");
        if (!(msg.get("type") instanceof String type)) throw new FrameException(Rejection.MALFORMED, "the message has no \"type\"");
        return new MessageFrame(id, lamport.longValue(), clock, msg, type);
    }

    /** Decodes a message frame's payload with the protocol's decoder. */
    public static Envelope envelope(MessageFrame f, ProtocolDescriptor protocol) throws FrameException {
        Message m;
        try {
            m = dev.lockstep.runtime.api.ExchangeMessage.isExchangeType(f.type())
                    ? dev.lockstep.runtime.api.ExchangeMessage.fromItf(f.msg()) : protocol.messageFromItf(f.msg());
        } catch (MalformedValueException | ClassCastException e) {
            throw new FrameException(Rejection.MALFORMED, "message " + f.id() + " does not decode: " + e.getMessage());
        }
        return new Envelope(f.id(), m, f.lamport(), f.vectorClock());
    }

    private static boolean isIntegral(Number n) {
        return n instanceof Integer || n instanceof Long;
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
