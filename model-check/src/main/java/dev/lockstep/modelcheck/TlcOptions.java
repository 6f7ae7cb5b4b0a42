package dev.lockstep.modelcheck;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * How to run TLC. {@code heap} is a JVM size such as {@code 2g} (null: TLC's JVM default); {@code timeout} null
 * means none; {@code keepTla} a directory that receives the module and .cfg (null: a temporary directory that is
 * deleted afterwards); {@code java} the java executable (null: the one running Lockstep).
 */
public record TlcOptions(int workers, String heap, Duration timeout, boolean checkDeadlock, Path keepTla, Path java,
                         Consumer<TlcProgress> progress) {

    public static TlcOptions defaults() {
        return new TlcOptions(1, null, null, true, null, null, p -> {});
    }

    public TlcOptions withWorkers(int n) { return new TlcOptions(n, heap, timeout, checkDeadlock, keepTla, java, progress); }

    public TlcOptions withHeap(String h) { return new TlcOptions(workers, h, timeout, checkDeadlock, keepTla, java, progress); }

    public TlcOptions withTimeout(Duration t) { return new TlcOptions(workers, heap, t, checkDeadlock, keepTla, java, progress); }

    public TlcOptions withDeadlock(boolean d) { return new TlcOptions(workers, heap, timeout, d, keepTla, java, progress); }

    public TlcOptions withKeepTla(Path dir) { return new TlcOptions(workers, heap, timeout, checkDeadlock, dir, java, progress); }

    public TlcOptions withJava(Path j) { return new TlcOptions(workers, heap, timeout, checkDeadlock, keepTla, j, progress); }

    public TlcOptions withProgress(Consumer<TlcProgress> p) {
        return new TlcOptions(workers, heap, timeout, checkDeadlock, keepTla, java, p);
    }

    /** One progress report of a running TLC (its message 2200): distinct, generated, queue, BFS depth so far. */
    public record TlcProgress(long distinct, long generated, long queue, int depth, Duration elapsed) {}
}
