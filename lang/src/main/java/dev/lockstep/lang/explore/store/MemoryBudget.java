package dev.lockstep.lang.explore.store;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes the state store may allocate ({@code --memory}); every table and block is reserved here before it is
 * allocated. A reservation beyond the limit throws {@link Exhausted}, which stops the search cleanly.
 */
public final class MemoryBudget {
    private final long limit;
    private final AtomicLong used = new AtomicLong();

    /** {@code limit} 0: no limit (reservations are still counted). */
    public MemoryBudget(long limit) { this.limit = limit; }

    public static MemoryBudget unlimited() { return new MemoryBudget(0); }

    public void reserve(long bytes) {
        long now = used.addAndGet(bytes);
        if (limit > 0 && now > limit) {
            used.addAndGet(-bytes);
            throw new Exhausted(limit, now - bytes, bytes);
        }
    }

    /** Returns bytes freed (a table replaced by a larger one). */
    public void release(long bytes) { used.addAndGet(-bytes); }

    public long used() { return used.get(); }

    public long limit() { return limit; }

    /** The store needed more than the budget. */
    public static final class Exhausted extends RuntimeException {
        public Exhausted(long limit, long used, long wanted) {
            super("the state store needs more than " + limit + " bytes (" + used + " in use, " + wanted
                    + " more wanted)", null, false, false);
        }
    }
}
