package dev.lockstep.runtime.durable;

import java.nio.file.Path;

/** A node's data directory or durable-state file cannot be used; the message names the file and the problem. */
public final class DurableStateException extends RuntimeException {
    private final Path file;

    public DurableStateException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public DurableStateException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    /** The file (or directory) at fault. */
    public Path file() { return file; }
}
