package dev.lockstep.lang.explore.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The kept states in the order the search numbered them, each as its discoverer (parent index and successor
 * ordinal, packed by the explorer): 8 bytes per state, in blocks, so growing never copies. A counterexample is the
 * chain of discoverers from a state back to an initial state, replayed forward (TLC keeps fingerprints and
 * re-executes the same way). Appends come from one thread at a time.
 */
public final class StateLog {
    private static final int BLOCK_BITS = 16;
    private static final int BLOCK = 1 << BLOCK_BITS;

    private final List<long[]> blocks = new ArrayList<>();
    private final MemoryBudget budget;
    private long size;

    public StateLog(MemoryBudget budget) { this.budget = budget; }

    /** Appends a state; returns its index. Throws {@link MemoryBudget.Exhausted} when a block does not fit. */
    public long append(long discoverer) {
        int at = (int) (size & (BLOCK - 1));
        if (at == 0) {
            budget.reserve(8L * BLOCK);
            blocks.add(new long[BLOCK]);
        }
        blocks.get(blocks.size() - 1)[at] = discoverer;
        return size++;
    }

    public long size() { return size; }

    public long discoverer(long index) {
        if (index < 0 || index >= size) throw new IndexOutOfBoundsException("state " + index + " of " + size);
        return blocks.get((int) (index >>> BLOCK_BITS))[(int) (index & (BLOCK - 1))];
    }
}
