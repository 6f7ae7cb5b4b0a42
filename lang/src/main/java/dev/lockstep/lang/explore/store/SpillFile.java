package dev.lockstep.lang.explore.store;

import dev.lockstep.lang.explore.State;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * States of one BFS level that did not fit in the queue's memory share, each written as a 4-byte length and its
 * {@link StateCodec} encoding. One worker appends (buffered); once {@link #finishWriting} has run, any thread reads
 * a state back by the offset {@link #append} returned (positional reads, no shared file pointer). Closing deletes
 * the file. I/O failures are thrown as {@link UncheckedIOException}.
 */
public final class SpillFile implements AutoCloseable {
    private static final int BUFFER = 1 << 16;

    private final Path path;
    private final FileChannel channel;
    private final StateCodec.Writer writer = new StateCodec.Writer();
    private final ByteBuffer out = ByteBuffer.allocate(BUFFER);
    /** Bytes appended so far, buffered ones included: the offset of the next record. */
    private long size;

    private SpillFile(Path path, FileChannel channel) {
        this.path = path;
        this.channel = channel;
    }

    /** A new, empty file in {@code dir}. */
    public static SpillFile create(Path dir) {
        try {
            Path path = Files.createTempFile(dir, "level-", ".states");
            return new SpillFile(path, FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a queue file in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Appends {@code state}; returns its offset. */
    public long append(State state) {
        writer.encode(state);
        int length = writer.length();
        try {
            if (out.remaining() < 4 + length) flush();
            long at = size;
            if (4 + length > out.capacity()) { // larger than the buffer: written through
                ByteBuffer record = ByteBuffer.allocate(4 + length).putInt(length).put(writer.buffer(), 0, length);
                writeFully(record.flip());
            } else {
                out.putInt(length).put(writer.buffer(), 0, length);
            }
            size += 4 + length;
            return at;
        } catch (IOException e) {
            throw failure("write to", e);
        }
    }

    /** Writes what is buffered; call before the first {@link #read}. */
    public void finishWriting() {
        try {
            flush();
        } catch (IOException e) {
            throw failure("write to", e);
        }
    }

    /** The state appended at {@code offset}. */
    public State read(long offset) {
        try {
            ByteBuffer header = ByteBuffer.allocate(4);
            readFully(header, offset);
            ByteBuffer body = ByteBuffer.allocate(header.flip().getInt());
            readFully(body, offset + 4);
            return StateCodec.decode(body.array());
        } catch (IOException e) {
            throw failure("read from", e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw failure("delete", e);
        }
    }

    private void flush() throws IOException {
        writeFully(out.flip());
        out.clear();
    }

    private void writeFully(ByteBuffer b) throws IOException {
        long at = channel.size();
        while (b.hasRemaining()) at += channel.write(b, at);
    }

    private void readFully(ByteBuffer b, long at) throws IOException {
        while (b.hasRemaining()) {
            int n = channel.read(b, at);
            if (n < 0) throw new IOException("unexpected end of file at " + at);
            at += n;
        }
    }

    private UncheckedIOException failure(String what, IOException e) {
        return new UncheckedIOException("cannot " + what + " the queue file " + path + ": " + e.getMessage(), e);
    }
}
