package dev.lockstep.runtime.netty;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.MalformedValueException;
import dev.lockstep.runtime.api.Message;
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
 * {"kind":"hello","node":"r1"}                                              first frame on every connection
 * {"kind":"msg","id":"r1#3","lamport":5,"vclock":{"r1":3,"tm":1},"msg":{ITF record of the message}}
 * </pre>
 * The message uses the same ITF encoding as traces, decoded by {@link ProtocolDescriptor#messageFromItf}.
 */
public final class Frames {
    private Frames() {}

    private static final JsonFactory JSON = new JsonFactory();

    /** A decoded frame: a hello or an envelope. */
    public sealed interface Frame permits HelloFrame, MessageFrame {}

    public record HelloFrame(String node) implements Frame {}

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

    public static void writeHello(ByteBuf out, String node) throws IOException {
        try (JsonGenerator g = JSON.createGenerator((OutputStream) new ByteBufOutputStream(out))) {
            g.writeStartObject();
            g.writeStringField("kind", "hello");
            g.writeStringField("node", node);
            g.writeEndObject();
        }
    }

    public static void writeEnvelope(ByteBuf out, Envelope e) throws IOException {
        try (JsonGenerator g = JSON.createGenerator((OutputStream) new ByteBufOutputStream(out))) {
            g.writeStartObject();
            g.writeStringField("kind", "msg");
            g.writeStringField("id", e.id());
            g.writeNumberField("lamport", e.lamport());
            g.writeObjectFieldStart("vclock");
            for (Map.Entry<String, Long> c : e.vectorClock().entrySet()) g.writeNumberField(c.getKey(), c.getValue());
            g.writeEndObject();
            g.writeFieldName("msg");
            ItfJson.write(g, e.message().toItf());
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
            return new HelloFrame(n);
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
            m = protocol.messageFromItf(f.msg());
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
