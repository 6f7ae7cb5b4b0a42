package dev.lockstep.runtime.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A message of the runtime's exchange protocol (docs/runtime.md, "Exchanges"), not of the spec: the request (msg1),
 * the reply (msg2), or a refusal (the receiver is busy in an exchange of its own, or its part of the guard is false).
 * It travels like any message (same envelope, ids and clocks), but no {@code on receive} action takes it: the node
 * loop hands it to the exchange runner. Its type is {@code <Exchange>.request}, {@code .reply} or {@code .refused};
 * a spec message type cannot contain a dot, so it never clashes.
 *
 * @param re      the id of the request a reply or refusal answers; null for a request
 * @param payload the ITF of msg1 or msg2; null for a refusal
 */
public record ExchangeMessage(String exchange, Kind kind, NodeId src, NodeId dst, String re, Object payload)
        implements Message {
    public enum Kind { REQUEST, REPLY, REFUSED }

    public ExchangeMessage {
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dst, "dst");
    }

    @Override
    public String type() { return exchange + "." + kind.name().toLowerCase(java.util.Locale.ROOT); }

    /** Whether a message type is an exchange message's. */
    public static boolean isExchangeType(Object type) {
        return type instanceof String s && s.indexOf('.') > 0;
    }

    @Override
    public Object toItf() {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("dst", dst.toItf());
        if (payload != null) r.put("payload", payload);
        if (re != null) r.put("re", re);
        r.put("src", src.toItf());
        r.put("type", type());
        return r;
    }

    /** Decodes the ITF of {@link #toItf()}; @throws MalformedValueException naming what is wrong. */
    public static ExchangeMessage fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        String type = String.valueOf(r.get("type"));
        int dot = type.lastIndexOf('.');
        Kind kind = null;
        for (Kind k : Kind.values()) if (type.substring(dot + 1).equals(k.name().toLowerCase(java.util.Locale.ROOT))) kind = k;
        if (dot <= 0 || kind == null) throw new MalformedValueException("not an exchange message type: " + type);
        Object re = r.get("re");
        if ((kind == Kind.REQUEST) != (re == null) || (re != null && !(re instanceof String))) {
            throw new MalformedValueException("exchange message " + type + ": \"re\" must name the request exactly for a reply or refusal");
        }
        if ((kind == Kind.REFUSED) != (r.get("payload") == null)) {
            throw new MalformedValueException("exchange message " + type + ": a payload is required except for a refusal");
        }
        return new ExchangeMessage(type.substring(0, dot), kind, Itf.asNode(r.get("src")), Itf.asNode(r.get("dst")),
                (String) re, r.get("payload"));
    }
}
