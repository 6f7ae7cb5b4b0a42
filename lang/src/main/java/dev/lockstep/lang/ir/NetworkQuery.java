package dev.lockstep.lang.ir;

/**
 * What a {@link Expr.NetworkRead} asks of the network, by its builtin's spelling: the copies of one message, or a
 * fifo channel's contents or length (docs/language.md, "Reading the network with multiplicity").
 */
public enum NetworkQuery {
    /** {@code Copies(m)}: how many copies of message {@code m} are in flight (0 or 1 on a set network). */
    COPIES("Copies", 1),
    /** {@code Channel(M, a, b)}: the messages of type M on fifo channel a to b, head first. */
    CHANNEL("Channel", 3),
    /** {@code ChannelLen(a, b)}: the number of messages (of every type) on fifo channel a to b. */
    CHANNEL_LEN("ChannelLen", 2);

    private final String spelling;
    private final int arity;

    NetworkQuery(String spelling, int arity) {
        this.spelling = spelling;
        this.arity = arity;
    }

    public String spelling() { return spelling; }

    /** Arguments as written, counting {@code Channel}'s message type. */
    public int arity() { return arity; }

    public static NetworkQuery byName(String name) {
        for (NetworkQuery q : values()) if (q.spelling.equals(name)) return q;
        return null;
    }
}
