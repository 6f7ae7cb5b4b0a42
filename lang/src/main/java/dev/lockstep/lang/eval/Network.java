package dev.lockstep.lang.eval;

import dev.lockstep.lang.ir.CheckedSpec.NetworkKind;
import dev.lockstep.lang.value.FnV;
import dev.lockstep.lang.value.IntV;
import dev.lockstep.lang.value.RecordV;
import dev.lockstep.lang.value.SeqV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.StrV;
import dev.lockstep.lang.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The network as one value, following the declared kind:
 * {@code set}: a set of messages (delivery does not consume);
 * {@code bag}: a function from message to its number of copies (delivery consumes one);
 * {@code fifo}: a function from {@code <<src, dst>>} to the channel's sequence (only the head is deliverable).
 * Messages are records with fields {@code type}, {@code src}, {@code dst} and the payload.
 */
public final class Network {
    private Network() {}

    public static Value empty(NetworkKind kind) {
        return kind == NetworkKind.SET ? SetV.EMPTY : FnV.EMPTY;
    }

    public static Value add(NetworkKind kind, Value net, RecordV msg) {
        return switch (kind) {
            case SET -> ((SetV) net).with(msg);
            case BAG -> {
                FnV bag = (FnV) net;
                Value count = bag.get(msg);
                yield bag.with(msg, IntV.of(count == null ? 1 : ((IntV) count).value() + 1));
            }
            case FIFO -> {
                FnV channels = (FnV) net;
                SeqV key = SeqV.of(msg.src(), msg.dst());
                Value queue = channels.get(key);
                yield channels.with(key, queue == null ? SeqV.of(msg) : ((SeqV) queue).append(msg));
            }
        };
    }

    /** Consumes one delivered copy of {@code msg} (bag, fifo head); a set keeps it. */
    public static Value consume(NetworkKind kind, Value net, RecordV msg) {
        return switch (kind) {
            case SET -> net;
            case BAG, FIFO -> drop(kind, net, msg);
        };
    }

    /** Loses one copy of {@code msg}: a lossy network's environment step. For fifo, {@code msg} is a channel head. */
    public static Value drop(NetworkKind kind, Value net, RecordV msg) {
        return switch (kind) {
            case SET -> ((SetV) net).without(msg);
            case BAG -> {
                FnV bag = (FnV) net;
                long count = ((IntV) bag.get(msg)).value();
                yield count == 1 ? bag.without(msg) : bag.with(msg, IntV.of(count - 1));
            }
            case FIFO -> {
                FnV channels = (FnV) net;
                SeqV key = SeqV.of(msg.src(), msg.dst());
                SeqV queue = (SeqV) channels.get(key);
                yield queue.size() == 1 ? channels.without(key) : channels.with(key, queue.slice(1, queue.size()));
            }
        };
    }

    /**
     * Loses the message at {@code position} (1-based) of its channel: a {@code fifo lossy any} network's environment
     * step. Null when that position does not hold {@code msg}.
     */
    public static Value dropAt(Value net, RecordV msg, int position) {
        FnV channels = (FnV) net;
        SeqV key = SeqV.of(msg.src(), msg.dst());
        SeqV queue = (SeqV) channels.get(key);
        if (queue == null || position < 1 || position > queue.size() || !queue.get(position - 1).equals(msg)) {
            return null;
        }
        if (queue.size() == 1) return channels.without(key);
        return channels.with(key, queue.slice(0, position - 1).concat(queue.slice(position, queue.size())));
    }

    /** Every message of every fifo channel with its 1-based position: what {@code fifo lossy any} may lose. */
    public static void forEachQueued(Value net, java.util.function.ObjIntConsumer<RecordV> action) {
        FnV channels = (FnV) net;
        for (int i = 0; i < channels.size(); i++) {
            SeqV queue = (SeqV) channels.value(i);
            for (int k = 0; k < queue.size(); k++) action.accept((RecordV) queue.get(k), k + 1);
        }
    }

    /** Adds a second copy of {@code msg}: a duplicating network's environment step (a set is unchanged). */
    public static Value duplicate(NetworkKind kind, Value net, RecordV msg) {
        return switch (kind) {
            case SET -> net;
            case BAG -> add(kind, net, msg);
            case FIFO -> {
                FnV channels = (FnV) net;
                SeqV key = SeqV.of(msg.src(), msg.dst());
                SeqV queue = (SeqV) channels.get(key);
                yield channels.with(key, SeqV.of(msg).concat(queue));
            }
        };
    }

    /**
     * Every message that could be delivered next, once per distinct message: all of a set or bag; each
     * channel's head for fifo.
     */
    public static void forEachDeliverable(NetworkKind kind, Value net, Consumer<RecordV> action) {
        switch (kind) {
            case SET -> {
                SetV set = (SetV) net;
                for (int i = 0; i < set.size(); i++) action.accept((RecordV) set.get(i));
            }
            case BAG -> {
                FnV bag = (FnV) net;
                for (int i = 0; i < bag.size(); i++) action.accept((RecordV) bag.key(i));
            }
            case FIFO -> {
                FnV channels = (FnV) net;
                for (int i = 0; i < channels.size(); i++) action.accept((RecordV) ((SeqV) channels.value(i)).get(0));
            }
        }
    }

    /** {@code Msgs(T)}: the distinct messages of type T anywhere in the network. */
    public static SetV view(NetworkKind kind, Value net, String type) {
        StrV tag = new StrV(type);
        List<Value> out = new ArrayList<>();
        Consumer<Value> keep = v -> {
            if (tag.equals(((RecordV) v).messageType())) out.add(v);
        };
        switch (kind) {
            case SET -> ((SetV) net).elements().forEach(keep);
            case BAG -> ((FnV) net).keys().forEach(keep);
            case FIFO -> {
                FnV channels = (FnV) net;
                for (int i = 0; i < channels.size(); i++) ((SeqV) channels.value(i)).elements().forEach(keep);
            }
        }
        // A set's elements and a bag's keys are sorted and distinct, and so is every part of them, in order.
        return kind == NetworkKind.FIFO ? SetV.of(out) : SetV.ofSorted(out.toArray(Value[]::new));
    }

    /** {@code Copies(m)}: the copies of {@code msg} in flight (0 or 1 on a set; on fifo, in its channel). */
    public static int copies(NetworkKind kind, Value net, RecordV msg) {
        return switch (kind) {
            case SET -> ((SetV) net).contains(msg) ? 1 : 0;
            case BAG -> {
                Value count = ((FnV) net).get(msg);
                yield count == null ? 0 : (int) ((IntV) count).value();
            }
            case FIFO -> {
                SeqV queue = (SeqV) ((FnV) net).get(SeqV.of(msg.src(), msg.dst()));
                int n = 0;
                if (queue != null) for (int i = 0; i < queue.size(); i++) if (queue.get(i).equals(msg)) n++;
                yield n;
            }
        };
    }

    /** A fifo channel's messages, head first (empty when the channel is). */
    public static SeqV channel(Value net, Value src, Value dst) {
        SeqV queue = (SeqV) ((FnV) net).get(SeqV.of(src, dst));
        return queue == null ? SeqV.of() : queue;
    }

    /** {@code Channel(M, a, b)}: the messages of type {@code type} on fifo channel a to b, head first. */
    public static SeqV channel(Value net, String type, Value src, Value dst) {
        StrV tag = new StrV(type);
        List<Value> out = new ArrayList<>();
        for (Value m : channel(net, src, dst).elements()) if (tag.equals(((RecordV) m).messageType())) out.add(m);
        return SeqV.of(out);
    }

    /** Total number of message copies in flight. */
    public static int size(NetworkKind kind, Value net) {
        return switch (kind) {
            case SET -> ((SetV) net).size();
            case BAG -> {
                FnV bag = (FnV) net;
                int n = 0;
                for (int i = 0; i < bag.size(); i++) n += (int) ((IntV) bag.value(i)).value();
                yield n;
            }
            case FIFO -> {
                FnV channels = (FnV) net;
                int n = 0;
                for (int i = 0; i < channels.size(); i++) n += ((SeqV) channels.value(i)).size();
                yield n;
            }
        };
    }
}
