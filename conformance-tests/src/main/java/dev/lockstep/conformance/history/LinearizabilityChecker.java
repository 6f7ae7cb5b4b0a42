package dev.lockstep.conformance.history;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a history of concurrent operations is linearizable with respect to a {@link SequentialModel}:
 * whether some total order of the operations, consistent with real time (an operation that returned before another
 * was called comes first), explains every answer. This is Wing and Gong's search with Lowe's memoization of
 * (linearized set, state) configurations, as in Knossos and Porcupine: the events (calls and returns) sit in a
 * doubly-linked list in time order; the search repeatedly picks a call that can take effect now, lifts it and its
 * return out of the list, and backtracks when it meets a return whose call it could not place.
 */
public final class LinearizabilityChecker {
    private LinearizabilityChecker() {}

    /** Checks every independent part of {@code history}; stops at the first part that is not linearizable. */
    public static <S, I, O> Linearizability<I, O> check(SequentialModel<S, I, O> model, List<Operation<I, O>> history) {
        long configurations = 0;
        for (List<Operation<I, O>> part : model.partition(history)) {
            Linearizability<I, O> r = new Search<>(model, part).run();
            if (!r.linearizable()) return r;
            configurations += r.configurations();
        }
        return Linearizability.holds(configurations);
    }

    /** One call or return in the time-ordered list. */
    private static final class Event<I, O> {
        final Operation<I, O> op;
        final boolean isCall;
        final int index; // the operation's position in the part, its bit in the linearized set
        Event<I, O> match; // a call's return, a return's call
        Event<I, O> prev;
        Event<I, O> next;

        Event(Operation<I, O> op, boolean isCall, int index) {
            this.op = op;
            this.isCall = isCall;
            this.index = index;
        }

        long time() { return isCall ? op.call() : op.ret(); }
    }

    private record Configuration(BitSet linearized, Object state) {}

    private record Placed<S, I, O>(Event<I, O> call, S stateBefore) {}

    private static final class Search<S, I, O> {
        private final SequentialModel<S, I, O> model;
        private final List<Operation<I, O>> part;
        private final Event<I, O> head = new Event<>(null, false, -1);

        Search(SequentialModel<S, I, O> model, List<Operation<I, O>> part) {
            this.model = model;
            this.part = part;
            List<Event<I, O>> events = new ArrayList<>(2 * part.size());
            for (int i = 0; i < part.size(); i++) {
                Event<I, O> call = new Event<>(part.get(i), true, i);
                Event<I, O> ret = new Event<>(part.get(i), false, i);
                call.match = ret;
                ret.match = call;
                events.add(call);
                events.add(ret);
            }
            // At equal times calls come first: operations that touch at an instant count as concurrent.
            events.sort(Comparator.<Event<I, O>>comparingLong(Event::time).thenComparing(e -> !e.isCall));
            Event<I, O> last = head;
            for (Event<I, O> e : events) {
                last.next = e;
                e.prev = last;
                last = e;
            }
        }

        Linearizability<I, O> run() {
            S state = model.init();
            BitSet linearized = new BitSet(part.size());
            Set<Configuration> seen = new HashSet<>();
            Deque<Placed<S, I, O>> placed = new ArrayDeque<>();
            List<Operation<I, O>> longest = List.of();
            Operation<I, O> stuck = null;
            Event<I, O> entry = head.next;
            while (head.next != null) {
                if (entry.isCall) {
                    Optional<S> after = model.step(state, entry.op.input(), entry.op.output());
                    if (after.isPresent()) {
                        BitSet next = (BitSet) linearized.clone();
                        next.set(entry.index);
                        if (seen.add(new Configuration(next, after.get()))) {
                            placed.push(new Placed<>(entry, state));
                            state = after.get();
                            linearized = next;
                            lift(entry);
                            entry = head.next;
                            continue;
                        }
                    }
                    entry = entry.next;
                } else {
                    // A return whose call is not placed yet: no order of what is placed so far can go on. Backtrack.
                    if (stuck == null || placed.size() > longest.size()) {
                        longest = order(placed);
                        stuck = entry.op;
                    }
                    if (placed.isEmpty()) return new Linearizability<>(false, part, longest, stuck, seen.size());
                    Placed<S, I, O> top = placed.pop();
                    state = top.stateBefore();
                    linearized = (BitSet) linearized.clone();
                    linearized.clear(top.call().index);
                    unlift(top.call());
                    entry = top.call().next;
                }
            }
            return Linearizability.holds(seen.size());
        }

        /** The placed operations in linearization order (the stack holds them newest first). */
        private static <S, I, O> List<Operation<I, O>> order(Deque<Placed<S, I, O>> placed) {
            List<Operation<I, O>> ops = new ArrayList<>(placed.size());
            placed.descendingIterator().forEachRemaining(p -> ops.add(p.call().op));
            return ops;
        }

        /** Takes a call and its return out of the list. */
        private void lift(Event<I, O> call) {
            unlink(call);
            unlink(call.match);
        }

        /** Puts them back where they were; undone in the reverse order of {@link #lift}. */
        private void unlift(Event<I, O> call) {
            relink(call.match);
            relink(call);
        }

        private static <I, O> void unlink(Event<I, O> e) {
            e.prev.next = e.next;
            if (e.next != null) e.next.prev = e.prev;
        }

        private static <I, O> void relink(Event<I, O> e) {
            e.prev.next = e;
            if (e.next != null) e.next.prev = e;
        }
    }
}
