package dev.lockstep.runtime.api;

/**
 * A message of a spec. Generated code declares one sealed interface per spec that extends this one, with a record
 * per message type. Its ITF encoding is a record with the fields {@code type}, {@code src}, {@code dst} and the
 * payload fields, exactly as the spec's evaluator sees the message.
 */
public interface Message extends ItfEncodable {
    /** The spec's message type name, e.g. {@code "Prepared"}. */
    String type();

    NodeId src();

    NodeId dst();
}
