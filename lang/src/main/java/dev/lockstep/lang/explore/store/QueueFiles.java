package dev.lockstep.lang.explore.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The temporary directory of one search's spilled queue, made on the first spill, and the {@link SpillFile}s in it.
 * {@link #close} deletes every file still open and the directory, whether the search ended normally, at a
 * violation or by an exception. Safe for concurrent use.
 */
public final class QueueFiles implements AutoCloseable {
    private final Path parent;
    private final List<SpillFile> open = new ArrayList<>();
    private Path dir;

    /** Files go in a new directory under {@code parent} ({@code null}: the JVM's {@code java.io.tmpdir}). */
    public QueueFiles(Path parent) {
        this.parent = parent != null ? parent : Path.of(System.getProperty("java.io.tmpdir"));
    }

    public synchronized SpillFile create() {
        if (dir == null) {
            try {
                dir = Files.createTempDirectory(parent, "lockstep-queue-");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a queue directory in " + parent + ": "
                        + e.getMessage(), e);
            }
        }
        SpillFile file = SpillFile.create(dir);
        open.add(file);
        return file;
    }

    /** Closes and deletes {@code file} (its level has been expanded). */
    public synchronized void delete(SpillFile file) {
        open.remove(file);
        file.close();
    }

    @Override
    public synchronized void close() {
        UncheckedIOException failure = null;
        for (SpillFile f : open) {
            try {
                f.close();
            } catch (UncheckedIOException e) {
                failure = e;
            }
        }
        open.clear();
        try {
            if (dir != null) Files.deleteIfExists(dir);
        } catch (IOException e) {
            failure = new UncheckedIOException("cannot delete the queue directory " + dir + ": " + e.getMessage(), e);
        }
        dir = null;
        if (failure != null) throw failure;
    }
}
