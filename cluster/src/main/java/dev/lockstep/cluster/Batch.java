package dev.lockstep.cluster;

import dev.lockstep.lang.explore.State;
import dev.lockstep.lang.explore.store.StateCodec;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * A batch of successors bound for one member: per successor its fingerprint, its parent's fingerprint, its ordinal
 * among the parent's successors, and the state in the explorer's byte encoding ({@link StateCodec}). One batch is
 * one executor task; states never travel one by one.
 */
final class Batch {
    /** A batch is sent once it holds this many bytes. */
    static final int TARGET_BYTES = 1 << 20;

    private final StateCodec.Writer writer = new StateCodec.Writer();
    private ByteBuffer buf = ByteBuffer.allocate(4096);
    private int count;

    void add(long fp, long parent, int ordinal, State state) {
        writer.encode(state);
        int len = writer.length();
        ensure(24 + len);
        buf.putLong(fp).putLong(parent).putInt(ordinal).putInt(len).put(writer.buffer(), 0, len);
        count++;
    }

    boolean full() { return buf.position() >= TARGET_BYTES; }

    boolean isEmpty() { return count == 0; }

    /** The bytes to send; the batch is empty afterwards. */
    byte[] take() {
        byte[] out = Arrays.copyOf(buf.array(), buf.position());
        buf.clear();
        count = 0;
        return out;
    }

    interface Entry {
        /** One successor; {@code state} decodes it (only called for the states the receiver keeps). */
        void accept(long fp, long parent, int ordinal, Supplier<State> state);
    }

    /** Reads every successor of a batch made by {@link #take}. */
    static void read(byte[] bytes, Entry entry) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        while (in.hasRemaining()) {
            long fp = in.getLong(), parent = in.getLong();
            int ordinal = in.getInt(), len = in.getInt();
            int at = in.position();
            in.position(at + len);
            entry.accept(fp, parent, ordinal, () -> StateCodec.decode(Arrays.copyOfRange(bytes, at, at + len)));
        }
    }

    private void ensure(int more) {
        if (buf.remaining() >= more) return;
        ByteBuffer bigger = ByteBuffer.allocate(Math.max(buf.capacity() * 2, buf.position() + more));
        buf.flip();
        bigger.put(buf);
        buf = bigger;
    }
}
