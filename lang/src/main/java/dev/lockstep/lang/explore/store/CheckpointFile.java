package dev.lockstep.lang.explore.store;

import dev.lockstep.lang.explore.State;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * A breadth-first search saved at a level's end, so that a long run survives a restart: the {@link Identity} of what
 * was searched, the {@link Counters}, the {@link StateLog}, the {@link SeenStates} and the next level's states (the
 * frontier), in one file {@value #NAME} in the checkpoint directory.
 *
 * <p>Crash-safe: a checkpoint is written to a temporary file in the same directory, forced to disk and renamed over
 * the previous one, so the directory always holds a whole checkpoint (the last one completed) or none. A CRC-32 of
 * everything before it ends the file, so a damaged file is refused rather than resumed wrongly.
 *
 * <p>Layout (format 1), big-endian: the magic string, the format version, the identity (spec name, SHA-256 of its
 * text, model, exact, deadlock, {@link StateCodec#VERSION}), the counters, the log (size, then one discoverer per
 * state), the set (size, then per state its fingerprint, or for an exact set its encoding's length and bytes, and its
 * discoverer), the frontier (size, then each state's encoding's length and bytes), and the CRC.
 */
public final class CheckpointFile {
    public static final String NAME = "explore.checkpoint";
    private static final String MAGIC = "lockstep explore checkpoint";
    private static final int FORMAT = 1;

    private CheckpointFile() {}

    /**
     * What a checkpoint is a search of; a checkpoint resumes only a search with the same identity. The worker count
     * is not part of it: the search's result does not depend on it.
     */
    public record Identity(String spec, String specHash, String model, boolean exact, boolean deadlock) {

        /** The first component that differs from {@code other}, described for a user; null when none does. */
        String difference(Identity other) {
            if (!specHash.equals(other.specHash)) {
                return "the spec " + other.spec + " changed since the checkpoint was written (or is another spec: "
                        + "the checkpoint is of " + spec + ")";
            }
            if (!model.equals(other.model)) return "the checkpoint is of model " + model + ", not " + other.model;
            if (exact != other.exact) return "the checkpoint was written " + (exact ? "with" : "without") + " --exact";
            if (deadlock != other.deadlock) {
                return "the checkpoint was written with deadlock " + (deadlock ? "checked" : "not checked");
            }
            return null;
        }
    }

    /** The search's counters at the level's end. {@code depth} counts the levels found so far. */
    public record Counters(long distinct, long generated, int depth, long spilledStates) {}

    /** A checkpoint that cannot be resumed: missing, damaged, or of another search. */
    public static final class Invalid extends RuntimeException {
        public Invalid(String message) { super(message, null, false, false); }
    }

    public static Path file(Path dir) { return dir.resolve(NAME); }

    public static boolean exists(Path dir) { return Files.isRegularFile(file(dir)); }

    /**
     * Writes a checkpoint into {@code dir} (made if missing), replacing the one there only once the new one is
     * whole on disk. {@code frontier} gives the next level's states by position. Throws {@link UncheckedIOException}
     * naming the file when it cannot be written.
     */
    public static void write(Path dir, Identity id, Counters counters, StateLog log, SeenStates seen,
                             long frontierSize, LongFunction<State> frontier) {
        Path target = file(dir);
        Path temp = dir.resolve(NAME + ".partial");
        try {
            Files.createDirectories(dir);
            try (FileOutputStream file = new FileOutputStream(temp.toFile())) {
                CRC32 crc = new CRC32();
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                        new CheckedOutputStream(file, crc), 1 << 16));
                writeHeader(out, id, counters);
                out.writeLong(log.size());
                for (long i = 0; i < log.size(); i++) out.writeLong(log.discoverer(i));
                StateCodec.Writer codec = new StateCodec.Writer();
                out.writeLong(seen.size());
                seen.forEach((key, fingerprint, discoverer) -> {
                    if (key != null) writeState(out, codec, key);
                    else out.writeLong(fingerprint);
                    out.writeLong(discoverer);
                });
                out.writeLong(frontierSize);
                for (long i = 0; i < frontierSize; i++) writeState(out, codec, frontier.apply(i));
                out.flush();
                new DataOutputStream(file).writeLong(crc.getValue()); // after the checked bytes, not in them
                file.getFD().sync();
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
                d.force(true); // the rename itself survives a crash
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the write failure is the one to report
            }
            throw new UncheckedIOException("cannot write the checkpoint " + target + ": " + e.getMessage(), e);
        }
    }

    private static void writeHeader(DataOutputStream out, Identity id, Counters c) throws IOException {
        out.writeUTF(MAGIC);
        out.writeInt(FORMAT);
        out.writeUTF(id.spec());
        out.writeUTF(id.specHash());
        out.writeUTF(id.model());
        out.writeBoolean(id.exact());
        out.writeBoolean(id.deadlock());
        out.writeByte(StateCodec.VERSION);
        out.writeLong(c.distinct());
        out.writeLong(c.generated());
        out.writeInt(c.depth());
        out.writeLong(c.spilledStates());
    }

    private static void writeState(DataOutputStream out, StateCodec.Writer codec, State state) throws IOException {
        codec.encode(state);
        out.writeInt(codec.length());
        out.write(codec.buffer(), 0, codec.length());
    }

    /**
     * Reads the checkpoint in {@code dir} into the empty {@code log} and {@code seen}, and passes the frontier's
     * states, in order, to {@code frontier}; returns the counters. Throws {@link Invalid} when there is no
     * checkpoint, when it is damaged, or when it is not of {@code expected}; the caller then discards what was read.
     */
    public static Counters read(Path dir, Identity expected, StateLog log, SeenStates seen, Consumer<State> frontier) {
        Path path = file(dir);
        if (!Files.isRegularFile(path)) throw new Invalid("no checkpoint in " + dir + " (expected the file " + NAME + ")");
        try {
            long length = Files.size(path);
            if (length < 8) throw damaged(path, "it is too short");
            CRC32 crc = new CRC32();
            try (InputStream raw = Files.newInputStream(path)) {
                DataInputStream in = new DataInputStream(new BufferedInputStream(
                        new CheckedInputStream(new Bounded(raw, length - 8), crc), 1 << 16));
                Counters counters = readHeader(in, path, expected);
                long logSize = count(in, path, length / 8);
                for (long i = 0; i < logSize; i++) log.append(in.readLong());
                long seenSize = count(in, path, length / 8);
                for (long i = 0; i < seenSize; i++) {
                    if (expected.exact()) {
                        State key = readState(in, path, length);
                        seen.add(key, 0, in.readLong());
                    } else {
                        long fingerprint = in.readLong();
                        seen.add(null, fingerprint, in.readLong());
                    }
                }
                long frontierSize = count(in, path, length / 4);
                for (long i = 0; i < frontierSize; i++) frontier.accept(readState(in, path, length));
                if (in.read() != -1) throw damaged(path, "it has bytes after the frontier");
                long stored = new DataInputStream(raw).readLong();
                if (stored != crc.getValue()) throw damaged(path, "its checksum does not match its contents");
                if (logSize != counters.distinct() || seenSize != logSize) {
                    throw damaged(path, "its counts disagree (" + counters.distinct() + " distinct, " + logSize
                            + " logged, " + seenSize + " stored)");
                }
                return counters;
            }
        } catch (EOFException e) {
            throw damaged(path, "it ends early (an interrupted copy?)");
        } catch (IOException e) {
            throw new Invalid("cannot read the checkpoint " + path + ": " + e.getMessage());
        }
    }

    private static Counters readHeader(DataInputStream in, Path path, Identity expected) throws IOException {
        String magic;
        try {
            magic = in.readUTF();
        } catch (IOException | IllegalArgumentException e) {
            magic = null;
        }
        if (!MAGIC.equals(magic)) throw new Invalid(path + " is not a Lockstep explore checkpoint");
        int format = in.readInt();
        if (format != FORMAT) {
            throw new Invalid(path + " is a checkpoint of format " + format + "; this Lockstep reads format " + FORMAT);
        }
        Identity found = new Identity(in.readUTF(), in.readUTF(), in.readUTF(), in.readBoolean(), in.readBoolean());
        int codec = in.readByte();
        if (codec != StateCodec.VERSION) {
            throw new Invalid(path + " encodes states with version " + codec + "; this Lockstep uses version "
                    + StateCodec.VERSION);
        }
        String difference = found.difference(expected);
        if (difference != null) throw new Invalid("cannot resume " + path + ": " + difference);
        Counters c = new Counters(in.readLong(), in.readLong(), in.readInt(), in.readLong());
        if (c.distinct() < 0 || c.generated() < c.distinct() || c.depth() < 1 || c.spilledStates() < 0) {
            throw damaged(path, "its counters are impossible");
        }
        return c;
    }

    private static State readState(DataInputStream in, Path path, long fileLength) throws IOException {
        int n = in.readInt();
        if (n <= 0 || n > fileLength) throw damaged(path, "a state's length is " + n);
        byte[] bytes = new byte[n];
        in.readFully(bytes);
        try {
            return StateCodec.decode(bytes);
        } catch (IllegalArgumentException e) {
            throw damaged(path, "a state cannot be decoded (" + e.getMessage() + ")");
        }
    }

    /** A count read from the file, which cannot exceed {@code max} (the entries it counts must fit in the file). */
    private static long count(DataInputStream in, Path path, long max) throws IOException {
        long n = in.readLong();
        if (n < 0 || n > max) throw damaged(path, "a count is " + n);
        return n;
    }

    private static Invalid damaged(Path path, String why) {
        return new Invalid("the checkpoint " + path + " is damaged: " + why + "; resume from an intact copy or "
                + "start again");
    }

    /** The first {@code limit} bytes of a stream (the checked contents, before the CRC), leaving the rest unread. */
    private static final class Bounded extends InputStream {
        private final InputStream in;
        private long left;

        Bounded(InputStream in, long limit) {
            this.in = in;
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) return -1;
            int b = in.read();
            if (b >= 0) left--;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) return -1;
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n > 0) left -= n;
            return n;
        }
    }
}
